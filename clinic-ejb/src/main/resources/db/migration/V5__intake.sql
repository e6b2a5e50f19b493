-- Practitioner intake: assessment with red-flag screening and its recorded decision, clearances,
-- the suitability self-check, and versioned informed consent (issue 4; docs/decisions/0011).
-- Written once for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE suitability_self_check (
    id                              BIGINT      NOT NULL PRIMARY KEY,
    version                         BIGINT      NOT NULL DEFAULT 0,
    patient_id                      BIGINT      NOT NULL,
    muscle_or_tendon                BOOLEAN,
    worse_with_repeated_use         BOOLEAN,
    restriction_despite_stretching  BOOLEAN,
    longer_than_four_to_six_weeks   BOOLEAN,
    accepts_brief_discomfort        BOOLEAN,
    open_to_exercises               BOOLEAN,
    answered_at                     TIMESTAMP WITH TIME ZONE NOT NULL,
    entered_by                      VARCHAR(80) NOT NULL,
    CONSTRAINT fk_self_check_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
CREATE INDEX ix_self_check_patient ON suitability_self_check (patient_id, answered_at);

CREATE TABLE intake_assessment (
    id                          BIGINT        NOT NULL PRIMARY KEY,
    version                     BIGINT        NOT NULL DEFAULT 0,
    patient_id                  BIGINT        NOT NULL,
    reassessment_of_id          BIGINT,
    assessed_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    assessed_by                 VARCHAR(80)   NOT NULL,
    chief_complaint             VARCHAR(500)  NOT NULL,
    onset_type                  VARCHAR(30),
    onset_date                  DATE,
    duration_weeks              INTEGER,
    aggravating_activities      VARCHAR(1000),
    easing_activities           VARCHAR(1000),
    training_load               VARCHAR(1000),
    work_setup                  VARCHAR(1000),
    prior_injuries_surgeries    VARCHAR(1000),
    medications                 VARCHAR(1000),
    goals                       VARCHAR(1000),
    posture_observations        VARCHAR(1000),
    pain_now                    INTEGER,
    pain_best                   INTEGER,
    pain_worst                  INTEGER,
    recent_trauma               BOOLEAN       NOT NULL,
    weight_loss_fever_night_pain BOOLEAN      NOT NULL,
    progressive_neuro_deficit   BOOLEAN       NOT NULL,
    bleeding_risk               BOOLEAN       NOT NULL,
    pregnancy                   BOOLEAN       NOT NULL,
    decision_treatment_allowed  BOOLEAN       NOT NULL,
    self_check_id               BIGINT,
    CONSTRAINT fk_intake_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_intake_reassessment_of FOREIGN KEY (reassessment_of_id) REFERENCES intake_assessment (id),
    CONSTRAINT fk_intake_self_check FOREIGN KEY (self_check_id) REFERENCES suitability_self_check (id),
    CONSTRAINT ck_intake_onset_type CHECK (onset_type IN ('ACUTE_INJURY', 'REPETITIVE_MICROTRAUMA', 'INSIDIOUS')),
    CONSTRAINT ck_intake_pain CHECK ((pain_now IS NULL OR pain_now BETWEEN 0 AND 10)
        AND (pain_best IS NULL OR pain_best BETWEEN 0 AND 10) AND (pain_worst IS NULL OR pain_worst BETWEEN 0 AND 10))
);
-- the latest intake of a patient gates treatment
CREATE INDEX ix_intake_patient ON intake_assessment (patient_id, assessed_at);
CREATE INDEX ix_intake_reassessment_of ON intake_assessment (reassessment_of_id);

CREATE TABLE intake_region (
    intake_id   BIGINT      NOT NULL,
    item_order  INTEGER     NOT NULL,
    region      VARCHAR(20) NOT NULL,
    side        VARCHAR(10) NOT NULL,
    CONSTRAINT pk_intake_region PRIMARY KEY (intake_id, item_order),
    CONSTRAINT fk_intake_region_intake FOREIGN KEY (intake_id) REFERENCES intake_assessment (id)
);

CREATE TABLE intake_range_of_motion (
    intake_id       BIGINT      NOT NULL,
    item_order      INTEGER     NOT NULL,
    movement        VARCHAR(40) NOT NULL,
    side            VARCHAR(10) NOT NULL,
    degrees         INTEGER     NOT NULL,
    normal_degrees  INTEGER     NOT NULL,
    CONSTRAINT pk_intake_rom PRIMARY KEY (intake_id, item_order),
    CONSTRAINT fk_intake_rom_intake FOREIGN KEY (intake_id) REFERENCES intake_assessment (id),
    CONSTRAINT ck_intake_rom_degrees CHECK (degrees BETWEEN 0 AND 360)
);

CREATE TABLE intake_neuro_finding (
    intake_id     BIGINT      NOT NULL,
    item_order    INTEGER     NOT NULL,
    spinal_level  VARCHAR(3)  NOT NULL,
    side          VARCHAR(10) NOT NULL,
    strength      VARCHAR(12) NOT NULL,
    sensation     VARCHAR(12) NOT NULL,
    reflex        VARCHAR(12) NOT NULL,
    CONSTRAINT pk_intake_neuro PRIMARY KEY (intake_id, item_order),
    CONSTRAINT fk_intake_neuro_intake FOREIGN KEY (intake_id) REFERENCES intake_assessment (id)
);

CREATE TABLE intake_palpation (
    intake_id                  BIGINT       NOT NULL,
    item_order                 INTEGER      NOT NULL,
    structure                  VARCHAR(120) NOT NULL,
    region                     VARCHAR(20)  NOT NULL,
    side                       VARCHAR(10)  NOT NULL,
    tight_ropey_band           BOOLEAN      NOT NULL,
    thickened_gritty_tissue    BOOLEAN      NOT NULL,
    tender_reproduces_symptom  BOOLEAN      NOT NULL,
    note                       VARCHAR(500),
    CONSTRAINT pk_intake_palpation PRIMARY KEY (intake_id, item_order),
    CONSTRAINT fk_intake_palpation_intake FOREIGN KEY (intake_id) REFERENCES intake_assessment (id)
);

CREATE TABLE intake_local_contraindication (
    intake_id   BIGINT      NOT NULL,
    item_order  INTEGER     NOT NULL,
    region      VARCHAR(20) NOT NULL,
    reason      VARCHAR(30) NOT NULL,
    CONSTRAINT pk_intake_local_ci PRIMARY KEY (intake_id, item_order),
    CONSTRAINT fk_intake_local_ci_intake FOREIGN KEY (intake_id) REFERENCES intake_assessment (id)
);

-- the decision as made when the intake was recorded, line by line, in the words shown then
CREATE TABLE intake_decision_line (
    intake_id          BIGINT       NOT NULL,
    item_order         INTEGER      NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    code               VARCHAR(60)  NOT NULL,
    region             VARCHAR(20),
    practitioner_text  VARCHAR(500) NOT NULL,
    patient_text       VARCHAR(500) NOT NULL,
    CONSTRAINT pk_intake_decision_line PRIMARY KEY (intake_id, item_order),
    CONSTRAINT fk_intake_decision_intake FOREIGN KEY (intake_id) REFERENCES intake_assessment (id),
    CONSTRAINT ck_intake_decision_kind CHECK (kind IN ('REFERRAL', 'BLOCKED_REGION', 'PRECAUTION', 'SUMMARY'))
);

CREATE TABLE treatment_clearance (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    patient_id       BIGINT        NOT NULL,
    intake_id        BIGINT        NOT NULL,
    cleared_by       VARCHAR(80)   NOT NULL,
    cleared_by_name  VARCHAR(120)  NOT NULL,
    cleared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    evidence_kind    VARCHAR(40)   NOT NULL,
    evidence         VARCHAR(1000) NOT NULL,
    evidence_date    DATE,
    CONSTRAINT fk_clearance_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_clearance_intake FOREIGN KEY (intake_id) REFERENCES intake_assessment (id)
);
CREATE INDEX ix_clearance_intake ON treatment_clearance (intake_id);
CREATE INDEX ix_clearance_patient ON treatment_clearance (patient_id);

CREATE TABLE consent_text (
    id                      BIGINT         NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL DEFAULT 0,
    version_number          INTEGER        NOT NULL,
    body                    VARCHAR(10000) NOT NULL,
    requires_new_signature  BOOLEAN        NOT NULL,
    published_by            VARCHAR(80)    NOT NULL,
    published_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_consent_text_number UNIQUE (version_number)
);

CREATE TABLE patient_consent (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    patient_id       BIGINT       NOT NULL,
    consent_text_id  BIGINT       NOT NULL,
    signed_on        DATE         NOT NULL,
    witnessed_by     VARCHAR(120) NOT NULL,
    recorded_by      VARCHAR(80)  NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    withdrawn_by     VARCHAR(80),
    CONSTRAINT fk_patient_consent_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_patient_consent_text FOREIGN KEY (consent_text_id) REFERENCES consent_text (id)
);
CREATE INDEX ix_patient_consent_patient ON patient_consent (patient_id, recorded_at);
