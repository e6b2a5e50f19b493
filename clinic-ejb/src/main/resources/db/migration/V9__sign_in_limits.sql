-- Failed sign-ins per user name (known or not) and per source address (issue 10, decision 0026).
-- One row per subject, e.g. 'user:frontdesk' or 'address:203.0.113.7'; a sign-in locks its rows
-- (SELECT ... FOR UPDATE) while it counts the attempt, so parallel guesses are counted one by one.
CREATE TABLE sign_in_limit (
    subject                VARCHAR(140) NOT NULL PRIMARY KEY,
    failures               INTEGER      NOT NULL DEFAULT 0,
    last_failure_at        TIMESTAMP WITH TIME ZONE,
    locked_until           TIMESTAMP WITH TIME ZONE,
    held_for_administrator BOOLEAN      NOT NULL DEFAULT FALSE
);
