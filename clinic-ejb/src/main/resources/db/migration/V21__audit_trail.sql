-- The audit trail (issue 13, decision 0037): every view and change of patient data, sign-ins and
-- denials, one row each, fields after ASTM E2147-18. Rows are only inserted: the vendor scripts
-- (V21.1) make the database refuse UPDATE and DELETE of audit_event and audit_seal whoever sends
-- the SQL. A sealer links the events into a SHA-256 hash chain (audit_seal, in position order) whose
-- end is kept in audit_chain_head, so a changed, removed or cut-off row shows.
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    username     VARCHAR(100)  NOT NULL,
    roles        VARCHAR(100),
    address      VARCHAR(64),
    patient_id   BIGINT,
    action       VARCHAR(20)   NOT NULL,
    record_type  VARCHAR(60),
    record_id    VARCHAR(60),
    source       VARCHAR(120)  NOT NULL,
    outcome      VARCHAR(10)   NOT NULL,
    detail       VARCHAR(4000),
    before_value VARCHAR(4000),
    after_value  VARCHAR(4000),
    CONSTRAINT ck_audit_event_outcome CHECK (outcome IN ('SUCCESS', 'REFUSED', 'DENIED', 'FAILED'))
);
-- the report: a period, by patient, by user (each newest first)
CREATE INDEX ix_audit_event_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_patient ON audit_event (patient_id, occurred_at);
CREATE INDEX ix_audit_event_user ON audit_event (username, occurred_at);

CREATE TABLE audit_seal (
    position      BIGINT       NOT NULL PRIMARY KEY,
    event_id      BIGINT       NOT NULL,
    previous_hash VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    sealed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- no foreign key to audit_event: a removed event must leave its seal behind, to be found
    CONSTRAINT uk_audit_seal_event UNIQUE (event_id)
);

CREATE TABLE audit_chain_head (
    id            BIGINT       NOT NULL PRIMARY KEY,
    last_position BIGINT       NOT NULL,
    last_hash     VARCHAR(64)  NOT NULL,
    CONSTRAINT ck_audit_chain_head_one CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_position, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
