-- Outcome measures: one row per administration of an instrument (NPRS, NDI, ODI, QuickDASH, LEFS)
-- with its score or the reason it could not be scored, and one row per answered item.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE outcome_measure (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    patient_id        BIGINT        NOT NULL,
    instrument        VARCHAR(12)   NOT NULL,
    administered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    administered_by   VARCHAR(50)   NOT NULL,
    score             NUMERIC(6, 2),
    unscorable_reason VARCHAR(400),
    CONSTRAINT fk_outcome_measure_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_outcome_measure_instrument CHECK (instrument IN ('NPRS', 'NDI', 'ODI', 'QUICKDASH', 'LEFS')),
    CONSTRAINT ck_outcome_measure_result CHECK ((score IS NOT NULL AND unscorable_reason IS NULL)
        OR (score IS NULL AND unscorable_reason IS NOT NULL)),
    CONSTRAINT ck_outcome_measure_score CHECK (score IS NULL OR (score >= 0 AND score <= 100))
);
-- a patient's history of one instrument, newest first, and the previous or first scored one
CREATE INDEX ix_outcome_measure_patient_instrument ON outcome_measure (patient_id, instrument, administered_at);
-- a patient's history of every instrument
CREATE INDEX ix_outcome_measure_patient ON outcome_measure (patient_id, administered_at);

CREATE TABLE outcome_answer (
    outcome_measure_id BIGINT  NOT NULL,
    item_number        INTEGER NOT NULL,
    answer             INTEGER NOT NULL,
    CONSTRAINT pk_outcome_answer PRIMARY KEY (outcome_measure_id, item_number),
    CONSTRAINT fk_outcome_answer_measure FOREIGN KEY (outcome_measure_id) REFERENCES outcome_measure (id),
    CONSTRAINT ck_outcome_answer_item CHECK (item_number BETWEEN 1 AND 20),
    CONSTRAINT ck_outcome_answer_range CHECK (answer BETWEEN 0 AND 10)
);
