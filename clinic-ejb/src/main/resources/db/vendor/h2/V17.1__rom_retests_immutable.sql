-- H2 only: the twin of db/vendor/postgresql/V17.1 (decision 0033), run by H2SignedNoteTrigger.
CREATE TRIGGER visit_note_rom_signed_is_fixed BEFORE INSERT, UPDATE, DELETE ON visit_note_rom
    FOR EACH ROW CALL 'org.artclinic.clinic.charting.H2SignedNoteTrigger';
