-- PostgreSQL only (see DatabaseMigrator): H2 has no partial indexes, and the embedded demo clinic is
-- small. The A/R aging sums the open claims (not paid, not written off) by payer or patient
-- (ReportService.arAging). After ten years almost every claim is closed: 10,138 of 1.2 million at
-- scale 1. Without this index PostgreSQL read the whole table for them (133 ms of three processes'
-- time per report); the index holds only the open claims with what the report sums, and answers
-- in 6 ms (bench/RESULTS.md, the tenth session).
CREATE INDEX ix_claim_open ON claim (payer_id, date_of_service) INCLUDE (balance, patient_id, sheet_id)
    WHERE status NOT IN ('PAID', 'WRITTEN_OFF');
