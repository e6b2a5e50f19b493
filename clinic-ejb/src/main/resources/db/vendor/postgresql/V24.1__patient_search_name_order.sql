-- PostgreSQL only (see DatabaseMigrator). The patient search reads a page of one name prefix in name
-- order (family, given, id). Under the database's collation a B-tree can serve either the prefix
-- (the varchar_pattern_ops indexes of V3.1) or the order, not both, so PostgreSQL read every match
-- and sorted it, or walked the whole name index: 388 ms per search at 200,000 patients
-- (bench/RESULTS.md). The search columns hold only lower-case letters, digits and spaces
-- (SearchText.name), so the "C" collation orders them as a reader expects, and one index then
-- serves the prefix and the order together; with the id in it, the count reads only the index.
DROP INDEX ix_patient_search_family_pattern;
DROP INDEX ix_patient_search_given_pattern;
DROP INDEX ix_patient_search_family;
DROP INDEX ix_patient_search_given;
ALTER TABLE patient
    ALTER COLUMN search_family TYPE VARCHAR(80) COLLATE "C",
    ALTER COLUMN search_given TYPE VARCHAR(80) COLLATE "C";
CREATE INDEX ix_patient_search_family ON patient (search_family, search_given, id);
CREATE INDEX ix_patient_search_given ON patient (search_given, id);
