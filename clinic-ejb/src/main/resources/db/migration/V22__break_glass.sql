-- Break-glass (issue 13, decision 0039): a practitioner's stated reason to open a patient outside
-- their care team, for a few hours. Rows are never changed; the audit trail holds the same facts.
CREATE TABLE break_glass_grant (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    username    VARCHAR(100)  NOT NULL,
    patient_id  BIGINT        NOT NULL REFERENCES patient (id),
    reason      VARCHAR(500)  NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- "does this user hold a current grant for this patient", asked on each of their calls
CREATE INDEX ix_break_glass_user_patient ON break_glass_grant (username, patient_id, expires_at);

-- "is this patient one of mine" reads the patient's appointments through ix_appointment_patient_start (V2)
