-- ART entries of a visit note (issue 11, decision 0031): one per protocol applied, with side,
-- passes, tension, pain and range of motion before and after. Fixed with the note once it is
-- signed (V15.1 on PostgreSQL and on H2).
CREATE TABLE art_entry (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    visit_note_id BIGINT       NOT NULL,
    position      INTEGER,
    protocol_id   BIGINT       NOT NULL,
    side          VARCHAR(10)  NOT NULL,
    passes        INTEGER      NOT NULL,
    tension       VARCHAR(10)  NOT NULL,
    pain_before   INTEGER,
    pain_after    INTEGER,
    rom_before    INTEGER,
    rom_after     INTEGER,
    response      VARCHAR(500),
    CONSTRAINT fk_art_entry_note FOREIGN KEY (visit_note_id) REFERENCES visit_note (id),
    CONSTRAINT fk_art_entry_protocol FOREIGN KEY (protocol_id) REFERENCES protocol (id),
    CONSTRAINT ck_art_entry_side CHECK (side IN ('LEFT', 'RIGHT', 'BOTH', 'MIDLINE')),
    CONSTRAINT ck_art_entry_passes CHECK (passes BETWEEN 1 AND 10),
    CONSTRAINT ck_art_entry_tension CHECK (tension IN ('LIGHT', 'MODERATE', 'FIRM')),
    CONSTRAINT ck_art_entry_pain CHECK (pain_before BETWEEN 0 AND 10 AND pain_after BETWEEN 0 AND 10)
);
CREATE INDEX ix_art_entry_note ON art_entry (visit_note_id);
-- which notes used a protocol (a protocol used in a signed note is never deleted; progress per protocol)
CREATE INDEX ix_art_entry_protocol ON art_entry (protocol_id);
