-- Visit notes (issue 11, decision 0031): one note per appointment, SOAP, the services given with
-- their minutes, regions and diagnosis codes, and addenda to signed notes.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL; V14.1 (PostgreSQL only) keeps signed rows fixed.

CREATE TABLE visit_note (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    appointment_id  BIGINT        NOT NULL,
    patient_id      BIGINT        NOT NULL,
    practitioner_id BIGINT        NOT NULL,
    visit_starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    visit_ends_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    subjective      VARCHAR(8000),
    objective       VARCHAR(8000),
    assessment      VARCHAR(8000),
    care_plan       VARCHAR(8000),
    pain_today      INTEGER,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by       VARCHAR(50)   NOT NULL,
    signed_at       TIMESTAMP WITH TIME ZONE,
    signed_by       VARCHAR(50),
    late            BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_visit_note_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_visit_note_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_visit_note_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_visit_note_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT ck_visit_note_status CHECK (status IN ('DRAFT', 'SIGNED')),
    CONSTRAINT ck_visit_note_pain CHECK (pain_today BETWEEN 0 AND 10),
    CONSTRAINT ck_visit_note_signed CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL AND signed_by IS NOT NULL))
);
-- a patient's notes, newest first (the Charting tab, GET /api/visits?patientId=)
CREATE INDEX ix_visit_note_patient ON visit_note (patient_id, visit_starts_at);
-- a practitioner's unsigned notes (the My day to-do)
CREATE INDEX ix_visit_note_practitioner_status ON visit_note (practitioner_id, status, visit_ends_at);

CREATE TABLE visit_service (
    id            BIGINT     NOT NULL PRIMARY KEY,
    version       BIGINT     NOT NULL DEFAULT 0,
    visit_note_id BIGINT     NOT NULL,
    position      INTEGER,
    code          VARCHAR(5) NOT NULL,
    minutes       INTEGER,
    CONSTRAINT fk_visit_service_note FOREIGN KEY (visit_note_id) REFERENCES visit_note (id),
    CONSTRAINT ck_visit_service_minutes CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 240)
);
CREATE INDEX ix_visit_service_note ON visit_service (visit_note_id);

CREATE TABLE visit_service_region (
    visit_service_id BIGINT      NOT NULL,
    position         INTEGER     NOT NULL,
    region           VARCHAR(20) NOT NULL,
    CONSTRAINT pk_visit_service_region PRIMARY KEY (visit_service_id, position),
    CONSTRAINT fk_visit_service_region FOREIGN KEY (visit_service_id) REFERENCES visit_service (id)
);

CREATE TABLE visit_service_diagnosis (
    visit_service_id BIGINT     NOT NULL,
    position         INTEGER    NOT NULL,
    code             VARCHAR(8) NOT NULL,
    CONSTRAINT pk_visit_service_diagnosis PRIMARY KEY (visit_service_id, position),
    CONSTRAINT fk_visit_service_diagnosis FOREIGN KEY (visit_service_id) REFERENCES visit_service (id)
);

CREATE TABLE visit_addendum (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    visit_note_id BIGINT        NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    written_by    VARCHAR(50)   NOT NULL,
    written_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_visit_addendum_note FOREIGN KEY (visit_note_id) REFERENCES visit_note (id)
);
CREATE INDEX ix_visit_addendum_note ON visit_addendum (visit_note_id, written_at);
