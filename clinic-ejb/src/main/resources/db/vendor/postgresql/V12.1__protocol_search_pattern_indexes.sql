-- PostgreSQL only (see V3.1 and docs/decisions/0002): the protocol library's prefix searches
-- (name, structure, indication code LIKE 'm54%') use a plain B-tree index only under the "C"
-- collation; these pattern-ops indexes serve them under any collation. H2 uses the indexes of V12.
CREATE INDEX ix_protocol_search_name_pattern ON protocol (search_name varchar_pattern_ops);
CREATE INDEX ix_protocol_search_structure_pattern ON protocol (search_structure varchar_pattern_ops);
CREATE INDEX ix_protocol_indication_code_pattern ON protocol_indication (code varchar_pattern_ops);
