-- The audit report pages events newest first with the id breaking ties (ORDER BY occurred_at DESC,
-- id DESC; AuditReport). Without the id in the index, PostgreSQL's generic plan for the prepared
-- statement (chosen after five executions, decision 0064) read every event of the patient and
-- sorted them all for a page of 50: 4.4 ms against 0.2 ms for the patient with the most events at
-- 1/100, and the page cost grew with the patient's history. With the id the index gives the order,
-- and the scan stops at the page's last row whatever plan is used. The counts still read the index
-- alone (decision 0061). On a large trail this rebuilds three indexes once, at the start after an
-- upgrade; audit rows wait while it runs.
DROP INDEX ix_audit_event_at;
DROP INDEX ix_audit_event_patient;
DROP INDEX ix_audit_event_user;
CREATE INDEX ix_audit_event_at ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_patient ON audit_event (patient_id, occurred_at, id);
CREATE INDEX ix_audit_event_user ON audit_event (username, occurred_at, id);
