-- PostgreSQL only (see V3.1 and docs/decisions/0002). The patient search looks a typed phone number
-- up as the beginning of its E.164 form (phone_e164 LIKE '+13125550100%'), which a plain B-tree
-- index serves only under the "C" collation. H2 uses ix_patient_phone_e164 of V4_1.
CREATE INDEX ix_patient_phone_e164_pattern ON patient (phone_e164 varchar_pattern_ops);
