-- Billing, part two (issue 12, decision 0034): claims (one per visit per payer, a secondary after
-- the primary has paid), their status history, and payments from payers (with the adjustments of
-- their remittance) and from patients (the copay at check-in). A claim keeps its money on the row
-- (charged, paid, adjusted, patient share, balance) for lists and the A/R aging to add up.

CREATE TABLE claim (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    sheet_id         BIGINT         NOT NULL,
    patient_id       BIGINT         NOT NULL,
    payer_id         BIGINT         NOT NULL,
    policy_id        BIGINT,
    primary_claim_id BIGINT,
    date_of_service  DATE           NOT NULL,
    status           VARCHAR(15)    NOT NULL,
    charged          NUMERIC(12, 2) NOT NULL,
    paid             NUMERIC(12, 2) NOT NULL,
    adjusted         NUMERIC(12, 2) NOT NULL,
    patient_share    NUMERIC(12, 2) NOT NULL,
    balance          NUMERIC(12, 2) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_claim_sheet FOREIGN KEY (sheet_id) REFERENCES charge_sheet (id),
    CONSTRAINT fk_claim_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_claim_payer FOREIGN KEY (payer_id) REFERENCES payer (id),
    CONSTRAINT fk_claim_policy FOREIGN KEY (policy_id) REFERENCES insurance_policy (id),
    CONSTRAINT fk_claim_primary FOREIGN KEY (primary_claim_id) REFERENCES claim (id),
    -- one claim per visit per payer
    CONSTRAINT uk_claim_sheet_payer UNIQUE (sheet_id, payer_id),
    CONSTRAINT ck_claim_status CHECK (status IN ('DRAFT', 'READY', 'SUBMITTED', 'PAID', 'PARTIALLY_PAID', 'DENIED',
        'APPEALED', 'WRITTEN_OFF')),
    CONSTRAINT ck_claim_money CHECK (charged >= 0 AND paid >= 0 AND adjusted >= 0 AND patient_share >= 0
        AND balance >= 0 AND balance = charged - paid - adjusted)
);
-- the claim list by status, the A/R aging by payer and by patient (open claims by date of service)
CREATE INDEX ix_claim_status ON claim (status, date_of_service);
CREATE INDEX ix_claim_payer ON claim (payer_id, status, date_of_service);
CREATE INDEX ix_claim_patient ON claim (patient_id, status);
CREATE INDEX ix_claim_primary ON claim (primary_claim_id);

CREATE TABLE claim_event (
    claim_id    BIGINT      NOT NULL,
    position    INTEGER     NOT NULL,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    done_by     VARCHAR(50) NOT NULL,
    from_status VARCHAR(15),
    to_status   VARCHAR(15) NOT NULL,
    note        VARCHAR(300),
    CONSTRAINT fk_claim_event_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_event_claim ON claim_event (claim_id);

CREATE TABLE payment (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    source         VARCHAR(10)    NOT NULL,
    patient_id     BIGINT         NOT NULL,
    payer_id       BIGINT,
    claim_id       BIGINT,
    appointment_id BIGINT,
    amount         NUMERIC(12, 2) NOT NULL,
    received_on    DATE           NOT NULL,
    method         VARCHAR(12)    NOT NULL,
    reference      VARCHAR(50),
    posted_by      VARCHAR(50)    NOT NULL,
    posted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_payment_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_payment_payer FOREIGN KEY (payer_id) REFERENCES payer (id),
    CONSTRAINT fk_payment_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT fk_payment_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT ck_payment_source CHECK ((source = 'PAYER') = (claim_id IS NOT NULL AND payer_id IS NOT NULL)),
    CONSTRAINT ck_payment_amount CHECK (amount >= 0)
);
CREATE INDEX ix_payment_claim ON payment (claim_id);
CREATE INDEX ix_payment_patient ON payment (patient_id, received_on);
-- a check-in's copay is taken once
CREATE UNIQUE INDEX ux_payment_appointment ON payment (appointment_id);
CREATE INDEX ix_payment_received ON payment (received_on);

CREATE TABLE payment_adjustment (
    payment_id       BIGINT         NOT NULL,
    position         INTEGER        NOT NULL,
    adjustment_group VARCHAR(2)     NOT NULL,
    reason_code      VARCHAR(5)     NOT NULL,
    amount           NUMERIC(12, 2) NOT NULL,
    CONSTRAINT pk_payment_adjustment PRIMARY KEY (payment_id, position),
    CONSTRAINT fk_payment_adjustment_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT ck_payment_adjustment_group CHECK (adjustment_group IN ('CO', 'PR', 'OA', 'PI'))
);
