-- Optional two-factor sign-in with time-based one-time passwords (issue 10, decision 0028): the
-- shared secret (Base32, set from the start of the set-up until turned off), whether it is on, and
-- the time step of the last code accepted, so that no code is accepted twice.
ALTER TABLE user_account ADD COLUMN two_factor_secret VARCHAR(64);
ALTER TABLE user_account ADD COLUMN two_factor_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_account ADD COLUMN two_factor_last_step BIGINT;

-- Clinic-wide settings that administrators change on a page, one row per setting; a missing row
-- means the setting's default. The first: "administrators must use two-factor sign-in".
CREATE TABLE clinic_setting (
    name          VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(500) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);
