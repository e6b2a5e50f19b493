-- The audit events waiting for their seal (issue 14, decision 0047): the sealer reads this queue
-- instead of an anti-join of the whole trail with its seals, which grew with ten years of events.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL; the events unsealed at upgrade join the queue.
CREATE TABLE audit_pending (
    event_id BIGINT NOT NULL PRIMARY KEY
);
INSERT INTO audit_pending (event_id)
    SELECT e.id FROM audit_event e WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id);
