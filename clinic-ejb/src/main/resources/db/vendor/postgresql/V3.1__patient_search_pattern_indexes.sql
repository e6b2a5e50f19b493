-- PostgreSQL only (see DatabaseMigrator and docs/decisions/0002). Prefix searches
-- (search_family LIKE 'smi%') use a plain B-tree index only under the "C" collation; databases
-- created with another collation (en_US.UTF-8, C.UTF-8 on PostgreSQL 15) need pattern-ops indexes,
-- or every patient search reads the whole table. H2 uses the ordinary indexes of V2.
CREATE INDEX ix_patient_search_family_pattern ON patient (search_family varchar_pattern_ops, search_given varchar_pattern_ops);
CREATE INDEX ix_patient_search_given_pattern ON patient (search_given varchar_pattern_ops);
CREATE INDEX ix_patient_phone_digits_pattern ON patient (phone_digits varchar_pattern_ops);
