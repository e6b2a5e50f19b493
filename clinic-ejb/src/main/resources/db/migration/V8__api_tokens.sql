-- Personal access tokens for the REST API (issue 10, decision 0025). Only the SHA-256 digest of a
-- token is kept (hex), unique, and a call finds its token by it. A revoked token's row is deleted.
CREATE TABLE api_token (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    user_account_id BIGINT       NOT NULL,
    name            VARCHAR(80)  NOT NULL,
    digest          VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_api_token_digest UNIQUE (digest),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);

-- a user's own tokens, newest first
CREATE INDEX ix_api_token_user ON api_token (user_account_id, created_at);

-- The roles a token is limited to; none: all of its owner's roles at each call.
CREATE TABLE api_token_role (
    api_token_id BIGINT      NOT NULL,
    role         VARCHAR(20) NOT NULL,
    CONSTRAINT pk_api_token_role PRIMARY KEY (api_token_id, role),
    CONSTRAINT fk_api_token_role_token FOREIGN KEY (api_token_id) REFERENCES api_token (id) ON DELETE CASCADE,
    CONSTRAINT ck_api_token_role_role CHECK (role IN ('FRONT_DESK', 'PRACTITIONER', 'MANAGER', 'ADMIN'))
);
