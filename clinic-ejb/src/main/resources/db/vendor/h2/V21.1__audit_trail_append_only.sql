-- H2 only: the embedded database's twin of db/vendor/postgresql/V21.1 (decision 0037), run by
-- org.artclinic.clinic.audit.H2AppendOnlyTrigger.
CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event
    FOR EACH ROW CALL 'org.artclinic.clinic.audit.H2AppendOnlyTrigger';
CREATE TRIGGER audit_seal_append_only BEFORE UPDATE, DELETE ON audit_seal
    FOR EACH ROW CALL 'org.artclinic.clinic.audit.H2AppendOnlyTrigger';
