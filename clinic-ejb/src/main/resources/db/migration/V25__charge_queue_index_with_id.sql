-- The charge queue counts the sheets of a status and pages them by date of service and id
-- (ChargeService.count and queue). With the id in the index both read only the index: COUNT(id)
-- of the 85,794 sheets to review at scale 1 visited every one of their table pages (147 to 257 ms
-- per look at the queue, bench/RESULTS.md), and the page needed a sort on the id.
DROP INDEX ix_charge_sheet_queue;
CREATE INDEX ix_charge_sheet_queue ON charge_sheet (status, date_of_service, id);
