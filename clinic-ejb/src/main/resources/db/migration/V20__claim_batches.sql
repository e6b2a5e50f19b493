-- The 837P files as they were sent (issue 12, decision 0036). Making a file submits its claims, so
-- the file is kept: a failed download or a clearinghouse asking again gets the same file back.
-- VARCHAR(1000000) rather than CLOB/TEXT: one type both H2 and PostgreSQL accept; a file holds at
-- most 200 claims, far below the limit.
CREATE TABLE claim_batch (
    id             BIGINT          NOT NULL PRIMARY KEY,
    version        BIGINT          NOT NULL DEFAULT 0,
    control_number INTEGER         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100)    NOT NULL,
    claim_count    INTEGER         NOT NULL,
    held           VARCHAR(4000),
    x12            VARCHAR(1000000) NOT NULL,
    CONSTRAINT ck_claim_batch_count CHECK (claim_count > 0)
);
-- newest first on the claims page
CREATE INDEX ix_claim_batch_created ON claim_batch (created_at);
