-- Staff accounts managed in the application (issue 10, decision 0024): an optional e-mail address,
-- and whether the password is a one-time password that must be replaced at the next sign-in.
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);
ALTER TABLE user_account ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
