-- The audit report filters by action (AuditReport): an administrator asks for every emergency access,
-- refused sign-in or export of a long period. No index held the action, so the page (ORDER BY
-- occurred_at DESC, id DESC) and the total walked the period's whole time index and read each event
-- to check its action: for an action with few events or none over ten years of the scale-1 trail
-- (28 million events) 3.9 s. With the action first, both read the action's own range, in the page's
-- order, and stop at the page or at the report's count limit (decision 0065). On a large trail this
-- builds one index once, at the start after an upgrade; audit rows wait while it runs.
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at, id);
