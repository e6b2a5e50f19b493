-- PostgreSQL only (decision 0033): the range-of-motion re-tests of a signed note are fixed like its
-- ART entries (V15.1), whoever sends the SQL.
CREATE FUNCTION refuse_change_of_rom_under_signed_note() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    note_id BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        note_id := NEW.visit_note_id;
    ELSE
        note_id := OLD.visit_note_id;
    END IF;
    IF EXISTS (SELECT 1 FROM visit_note n WHERE n.id = note_id AND n.status = 'SIGNED') THEN
        RAISE EXCEPTION 'visit note % is signed: its range-of-motion re-tests cannot be changed; add an addendum',
            note_id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER visit_note_rom_signed_is_fixed BEFORE INSERT OR UPDATE OR DELETE ON visit_note_rom
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_rom_under_signed_note();
