-- Billing, part one (issue 12, decision 0034): the code sets, payers with their claim rules and
-- fee schedules, and the charges made when a visit note is signed. Written once for H2
-- (PostgreSQL mode) and PostgreSQL. Codes are closed by effective_to, never deleted.

CREATE TABLE procedure_code (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    code           VARCHAR(5)   NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    timed          BOOLEAN      NOT NULL,
    description    VARCHAR(120) NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    CONSTRAINT uk_procedure_code UNIQUE (code),
    CONSTRAINT ck_procedure_code_kind CHECK (kind IN ('THERAPY', 'EVALUATION', 'SPINAL_MANIPULATION',
        'EXTRASPINAL_MANIPULATION', 'EVALUATION_AND_MANAGEMENT'))
);

CREATE TABLE diagnosis_code (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    code           VARCHAR(8)   NOT NULL,
    billable       BOOLEAN      NOT NULL,
    description    VARCHAR(120) NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    CONSTRAINT uk_diagnosis_code UNIQUE (code)
);

CREATE TABLE payer (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    name             VARCHAR(120) NOT NULL,
    kind             VARCHAR(25)  NOT NULL,
    self_pay         BOOLEAN      NOT NULL,
    edi_payer_id     VARCHAR(20),
    unit_rule        VARCHAR(20)  NOT NULL,
    requires_gp      BOOLEAN      NOT NULL,
    uses_x_modifiers BOOLEAN      NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_payer_name UNIQUE (name),
    CONSTRAINT ck_payer_kind CHECK (kind IN ('MEDICARE', 'MEDICAID', 'COMMERCIAL', 'WORKERS_COMPENSATION', 'SELF_PAY')),
    CONSTRAINT ck_payer_self_pay CHECK (self_pay = (kind = 'SELF_PAY')),
    CONSTRAINT ck_payer_unit_rule CHECK (unit_rule IN ('CMS_8_MINUTE', 'PER_SERVICE'))
);

CREATE TABLE payer_kx_threshold (
    payer_id       BIGINT        NOT NULL,
    threshold_year INTEGER       NOT NULL,
    amount         NUMERIC(12, 2) NOT NULL,
    CONSTRAINT pk_payer_kx_threshold PRIMARY KEY (payer_id, threshold_year),
    CONSTRAINT fk_payer_kx_threshold_payer FOREIGN KEY (payer_id) REFERENCES payer (id),
    CONSTRAINT ck_payer_kx_threshold_amount CHECK (amount >= 0)
);

CREATE TABLE fee_schedule (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    payer_id       BIGINT         NOT NULL,
    code           VARCHAR(5)     NOT NULL,
    fee            NUMERIC(12, 2) NOT NULL,
    effective_from DATE           NOT NULL,
    effective_to   DATE,
    CONSTRAINT uk_fee_schedule UNIQUE (payer_id, code, effective_from),
    CONSTRAINT fk_fee_schedule_payer FOREIGN KEY (payer_id) REFERENCES payer (id),
    CONSTRAINT ck_fee_schedule_fee CHECK (fee >= 0),
    CONSTRAINT ck_fee_schedule_dates CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- the policy's payer from the payer list; policies written before billing are linked by name at
-- start-up (BillingSetUp), so it is null only until then
ALTER TABLE insurance_policy ADD COLUMN payer_id BIGINT;
ALTER TABLE insurance_policy ADD CONSTRAINT fk_insurance_policy_payer FOREIGN KEY (payer_id) REFERENCES payer (id);
CREATE INDEX ix_insurance_policy_payer ON insurance_policy (payer_id);

CREATE TABLE charge_sheet (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    visit_note_id   BIGINT         NOT NULL,
    patient_id      BIGINT         NOT NULL,
    practitioner_id BIGINT         NOT NULL,
    location_id     BIGINT         NOT NULL,
    payer_id        BIGINT         NOT NULL,
    policy_id       BIGINT,
    date_of_service DATE           NOT NULL,
    status          VARCHAR(10)    NOT NULL,
    diagnoses       VARCHAR(120)   NOT NULL,
    total           NUMERIC(12, 2) NOT NULL,
    open_warnings   INTEGER        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by     VARCHAR(50),
    approved_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_charge_sheet_note UNIQUE (visit_note_id),
    CONSTRAINT fk_charge_sheet_note FOREIGN KEY (visit_note_id) REFERENCES visit_note (id),
    CONSTRAINT fk_charge_sheet_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_charge_sheet_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_charge_sheet_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT fk_charge_sheet_payer FOREIGN KEY (payer_id) REFERENCES payer (id),
    CONSTRAINT fk_charge_sheet_policy FOREIGN KEY (policy_id) REFERENCES insurance_policy (id),
    CONSTRAINT ck_charge_sheet_status CHECK (status IN ('TO_REVIEW', 'APPROVED', 'BILLED')),
    CONSTRAINT ck_charge_sheet_approved CHECK ((status = 'TO_REVIEW') = (approved_at IS NULL))
);
-- the review queue: what waits, oldest first, filtered by location, practitioner or payer
CREATE INDEX ix_charge_sheet_queue ON charge_sheet (status, date_of_service);
CREATE INDEX ix_charge_sheet_location ON charge_sheet (location_id, status, date_of_service);
CREATE INDEX ix_charge_sheet_practitioner ON charge_sheet (practitioner_id, status, date_of_service);
CREATE INDEX ix_charge_sheet_payer ON charge_sheet (payer_id, status, date_of_service);
-- a patient's charges of a year to a payer (the KX threshold), and the revenue by month
CREATE INDEX ix_charge_sheet_patient ON charge_sheet (patient_id, payer_id, date_of_service);
CREATE INDEX ix_charge_sheet_date ON charge_sheet (date_of_service);

CREATE TABLE charge_fix (
    sheet_id BIGINT       NOT NULL,
    position INTEGER      NOT NULL,
    fixed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    fixed_by VARCHAR(50)  NOT NULL,
    reason   VARCHAR(300) NOT NULL,
    change_made VARCHAR(600) NOT NULL,
    CONSTRAINT pk_charge_fix PRIMARY KEY (sheet_id, position),
    CONSTRAINT fk_charge_fix_sheet FOREIGN KEY (sheet_id) REFERENCES charge_sheet (id)
);

CREATE TABLE charge_line (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL DEFAULT 0,
    sheet_id           BIGINT         NOT NULL,
    code               VARCHAR(5)     NOT NULL,
    units              INTEGER        NOT NULL,
    diagnosis_pointers VARCHAR(12)    NOT NULL,
    unit_fee           NUMERIC(12, 2) NOT NULL,
    amount             NUMERIC(12, 2) NOT NULL,
    CONSTRAINT fk_charge_line_sheet FOREIGN KEY (sheet_id) REFERENCES charge_sheet (id),
    CONSTRAINT ck_charge_line_units CHECK (units BETWEEN 0 AND 24),
    CONSTRAINT ck_charge_line_amount CHECK (unit_fee >= 0 AND amount = unit_fee * units)
);
CREATE INDEX ix_charge_line_sheet ON charge_line (sheet_id);
-- revenue by code
CREATE INDEX ix_charge_line_code ON charge_line (code);

CREATE TABLE charge_line_modifier (
    line_id  BIGINT       NOT NULL,
    position INTEGER      NOT NULL,
    modifier VARCHAR(5)   NOT NULL,
    reason   VARCHAR(400) NOT NULL,
    CONSTRAINT fk_charge_line_modifier_line FOREIGN KEY (line_id) REFERENCES charge_line (id)
);
-- no primary key on (line_id, position): EclipseLink rewrites an ordered element collection row by
-- row, and a key on the position would trip over its own intermediate state
CREATE INDEX ix_charge_line_modifier_line ON charge_line_modifier (line_id);

CREATE TABLE charge_line_warning (
    line_id  BIGINT       NOT NULL,
    position INTEGER      NOT NULL,
    code     VARCHAR(30)  NOT NULL,
    message  VARCHAR(400) NOT NULL,
    CONSTRAINT fk_charge_line_warning_line FOREIGN KEY (line_id) REFERENCES charge_line (id)
);
CREATE INDEX ix_charge_line_warning_line ON charge_line_warning (line_id);
-- the queue's warning filter
CREATE INDEX ix_charge_line_warning_code ON charge_line_warning (code);
