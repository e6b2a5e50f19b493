-- Shared id sequence for every entity (see BaseEntity and docs/decisions/0003).
-- EclipseLink pre-allocates 50 ids per call, so the increment must match allocationSize.
CREATE SEQUENCE clinic_id_seq START WITH 50 INCREMENT BY 50;

-- People who can log in. Jakarta Security's database identity store reads this table directly.
CREATE TABLE user_account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(50)  NOT NULL,
    full_name     VARCHAR(120) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_account_role_user FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_account_role_role CHECK (role IN ('FRONT_DESK', 'PRACTITIONER', 'MANAGER', 'ADMIN'))
);
