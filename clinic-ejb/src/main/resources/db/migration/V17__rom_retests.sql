-- Range of motion re-tested at a visit (decision 0033): the objective's re-tests of a visit note,
-- one row per movement and side, and the movement an ART entry's before/after degrees measure.
-- Both are fixed with the note once it is signed (V17.1 on PostgreSQL and on H2).
CREATE TABLE visit_note_rom (
    visit_note_id   BIGINT      NOT NULL,
    position        INTEGER,
    movement        VARCHAR(40) NOT NULL,
    side            VARCHAR(10) NOT NULL,
    degrees         INTEGER     NOT NULL,
    normal_degrees  INTEGER     NOT NULL,
    CONSTRAINT fk_visit_note_rom_note FOREIGN KEY (visit_note_id) REFERENCES visit_note (id),
    CONSTRAINT ck_visit_note_rom_side CHECK (side IN ('LEFT', 'RIGHT', 'MIDLINE')),
    CONSTRAINT ck_visit_note_rom_degrees CHECK (degrees BETWEEN 0 AND 360)
);
-- the re-tests of a note (loading a note; the progress chart reads the notes of a period)
CREATE INDEX ix_visit_note_rom_note ON visit_note_rom (visit_note_id);

ALTER TABLE art_entry ADD COLUMN movement VARCHAR(40);
ALTER TABLE art_entry ADD CONSTRAINT ck_art_entry_rom_movement
    CHECK (movement IS NOT NULL OR (rom_before IS NULL AND rom_after IS NULL));
