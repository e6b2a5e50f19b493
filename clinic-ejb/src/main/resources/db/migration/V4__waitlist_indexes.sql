-- The waitlist page reads a page at a time, longest waiting first, of the waiting entries (or of
-- all of them), and may narrow it to one patient's; a cancellation looks up the waiting entries
-- that prefer its practitioner. The id breaks ties of the same creation time, so paging is stable.
DROP INDEX ix_waitlist_entry_status;
CREATE INDEX ix_waitlist_entry_status_created ON waitlist_entry (status, created_at, id);
CREATE INDEX ix_waitlist_entry_created ON waitlist_entry (created_at, id);
CREATE INDEX ix_waitlist_entry_patient ON waitlist_entry (patient_id, created_at);
CREATE INDEX ix_waitlist_practitioner_practitioner ON waitlist_practitioner (practitioner_id, waitlist_entry_id);
