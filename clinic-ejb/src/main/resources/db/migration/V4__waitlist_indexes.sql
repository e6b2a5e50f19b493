-- The waitlist page reads a page at a time, longest waiting first, of the waiting entries (or of
-- all of them), and may narrow it to one patient's; a cancellation looks up the waiting entries
-- that prefer its practitioner. The id breaks ties of the same creation time, so paging is stable.
DROP INDEX ix_waitlist_entry_status;
CREATE INDEX ix_waitlist_entry_status_created ON waitlist_entry (status, created_at, id);
CREATE INDEX ix_waitlist_entry_created ON waitlist_entry (created_at, id);
CREATE INDEX ix_waitlist_entry_patient ON waitlist_entry (patient_id, created_at);
CREATE INDEX ix_waitlist_practitioner_practitioner ON waitlist_practitioner (practitioner_id, waitlist_entry_id);

-- "Any time" entries were saved with LocalTime.MAX as the latest time, which PostgreSQL rounds to
-- 00:00 (midnight), so they were never offered a slot. A latest time must be after the earliest,
-- so 00:00 can only be that: it means the end of the day (WaitlistEntry.END_OF_DAY).
UPDATE waitlist_entry SET latest = TIME '23:59:59' WHERE latest = TIME '00:00:00';
