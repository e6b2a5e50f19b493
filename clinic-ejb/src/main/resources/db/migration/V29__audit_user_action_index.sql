-- The audit report filters by a user and an action together (AuditReport): "the emergency accesses
-- of this practitioner", "the exports of this front-desk account" over years. Neither the user's
-- index nor the action's holds both columns, so PostgreSQL read one of the two ranges in full and
-- checked the other column on each event's row: a user with none of an action that others do every
-- day took 3.7 s over ten years of the scale-1 trail (28 million events), almost all of it the
-- count. With both first, the page and the total read only the events that match, in the page's
-- order, and stop at the page or at the report's count limit (decision 0065). On a large trail this
-- builds one index once, at the start after an upgrade; audit rows wait while it runs.
CREATE INDEX ix_audit_event_user_action ON audit_event (username, action, occurred_at, id);
