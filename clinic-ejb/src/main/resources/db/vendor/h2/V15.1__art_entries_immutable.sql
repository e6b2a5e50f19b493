-- H2 only: the twin of db/vendor/postgresql/V15.1 (decision 0031), run by H2SignedNoteTrigger.
CREATE TRIGGER art_entry_signed_is_fixed BEFORE INSERT, UPDATE, DELETE ON art_entry
    FOR EACH ROW CALL 'org.artclinic.clinic.charting.H2SignedNoteTrigger';
