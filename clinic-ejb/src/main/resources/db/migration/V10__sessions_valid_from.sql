-- Open page sessions of an account that signed in before this instant are ended at their next
-- re-check (decision 0027): set when an administrator deactivates the account or resets its
-- password. Null: no session has been revoked.
ALTER TABLE user_account ADD COLUMN sessions_valid_from TIMESTAMP WITH TIME ZONE;
