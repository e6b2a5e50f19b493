-- Treatment plans (issue 11, decision 0032): diagnoses, goals, frequency and duration, planned
-- visits, the re-evaluation point and the home program. At most one ACTIVE plan per patient is
-- kept by the service (with the patient's row locked); H2 has no partial unique index to back it.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE treatment_plan (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL DEFAULT 0,
    patient_id               BIGINT       NOT NULL,
    practitioner_id          BIGINT       NOT NULL,
    status                   VARCHAR(15)  NOT NULL,
    starts_on                DATE         NOT NULL,
    visits_per_week          INTEGER      NOT NULL,
    weeks                    INTEGER      NOT NULL,
    planned_visits           INTEGER      NOT NULL,
    re_evaluate_after_visits INTEGER,
    re_evaluate_on           DATE,
    created_by               VARCHAR(50)  NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by               VARCHAR(50)  NOT NULL,
    changed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_on                 DATE,
    end_reason               VARCHAR(300),
    CONSTRAINT fk_treatment_plan_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_treatment_plan_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT ck_treatment_plan_status CHECK (status IN ('ACTIVE', 'COMPLETED', 'DISCONTINUED')),
    CONSTRAINT ck_treatment_plan_frequency CHECK (visits_per_week BETWEEN 1 AND 5 AND weeks BETWEEN 1 AND 12
        AND planned_visits BETWEEN 1 AND 60),
    CONSTRAINT ck_treatment_plan_re_evaluation CHECK (re_evaluate_after_visits IS NOT NULL OR re_evaluate_on IS NOT NULL),
    CONSTRAINT ck_treatment_plan_ended CHECK ((status = 'ACTIVE') = (ended_on IS NULL))
);
-- a patient's plans, newest first, and the active one (the Charting tab, the visit note's header)
CREATE INDEX ix_treatment_plan_patient ON treatment_plan (patient_id, status, starts_on);
CREATE INDEX ix_treatment_plan_practitioner ON treatment_plan (practitioner_id);

CREATE TABLE treatment_plan_diagnosis (
    plan_id  BIGINT      NOT NULL,
    position INTEGER     NOT NULL,
    code     VARCHAR(10) NOT NULL,
    CONSTRAINT pk_treatment_plan_diagnosis PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_treatment_plan_diagnosis_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id)
);

CREATE TABLE treatment_plan_goal (
    plan_id        BIGINT       NOT NULL,
    position       INTEGER      NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    description    VARCHAR(200),
    movement       VARCHAR(40),
    side           VARCHAR(10),
    target_degrees INTEGER,
    instrument     VARCHAR(20),
    target_score   NUMERIC(6, 1),
    CONSTRAINT pk_treatment_plan_goal PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_treatment_plan_goal_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id),
    CONSTRAINT ck_treatment_plan_goal_kind CHECK (kind IN ('RANGE_OF_MOTION', 'OUTCOME_SCORE', 'FUNCTIONAL'))
);

CREATE TABLE treatment_plan_exercise (
    plan_id      BIGINT       NOT NULL,
    position     INTEGER      NOT NULL,
    category     VARCHAR(30)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    dose         VARCHAR(120) NOT NULL,
    instructions VARCHAR(600),
    CONSTRAINT pk_treatment_plan_exercise PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_treatment_plan_exercise_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id)
);
