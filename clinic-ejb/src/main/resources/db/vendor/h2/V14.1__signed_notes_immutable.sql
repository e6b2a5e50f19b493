-- H2 only: the embedded database's twin of db/vendor/postgresql/V14.1 (decision 0031), run by
-- org.artclinic.clinic.charting.H2SignedNoteTrigger.
CREATE TRIGGER visit_note_signed_is_fixed BEFORE UPDATE, DELETE ON visit_note
    FOR EACH ROW CALL 'org.artclinic.clinic.charting.H2SignedNoteTrigger';
CREATE TRIGGER visit_service_signed_is_fixed BEFORE INSERT, UPDATE, DELETE ON visit_service
    FOR EACH ROW CALL 'org.artclinic.clinic.charting.H2SignedNoteTrigger';
CREATE TRIGGER visit_service_region_signed_is_fixed BEFORE INSERT, UPDATE, DELETE ON visit_service_region
    FOR EACH ROW CALL 'org.artclinic.clinic.charting.H2SignedNoteTrigger';
CREATE TRIGGER visit_service_diagnosis_signed_is_fixed BEFORE INSERT, UPDATE, DELETE ON visit_service_diagnosis
    FOR EACH ROW CALL 'org.artclinic.clinic.charting.H2SignedNoteTrigger';
CREATE TRIGGER visit_addendum_is_fixed BEFORE UPDATE, DELETE ON visit_addendum
    FOR EACH ROW CALL 'org.artclinic.clinic.charting.H2SignedNoteTrigger';
