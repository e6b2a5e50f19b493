-- PostgreSQL only (decision 0031). A signed visit note never changes: besides the service's
-- refusal, the database refuses UPDATE and DELETE of a signed note, and INSERT, UPDATE and DELETE
-- of the services (and their regions and diagnoses) of a signed note, whoever sends the SQL.
-- Addenda are rows of their own and are never updated or deleted either.

CREATE FUNCTION refuse_change_of_signed_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'SIGNED' THEN
        RAISE EXCEPTION 'visit note % is signed and cannot be changed; add an addendum', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER visit_note_signed_is_fixed BEFORE UPDATE OR DELETE ON visit_note
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_signed_note();

-- the note a changed row belongs to must be a draft (for INSERT the new row, else the old one)
CREATE FUNCTION refuse_change_under_signed_note() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    note_id BIGINT;
    row_data RECORD;
BEGIN
    IF TG_OP = 'INSERT' THEN
        row_data := NEW;
    ELSE
        row_data := OLD;
    END IF;
    IF TG_TABLE_NAME = 'visit_service' THEN
        note_id := row_data.visit_note_id;
    ELSE
        SELECT s.visit_note_id INTO note_id FROM visit_service s WHERE s.id = row_data.visit_service_id;
    END IF;
    IF EXISTS (SELECT 1 FROM visit_note n WHERE n.id = note_id AND n.status = 'SIGNED') THEN
        RAISE EXCEPTION 'visit note % is signed: its services cannot be changed; add an addendum', note_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER visit_service_signed_is_fixed BEFORE INSERT OR UPDATE OR DELETE ON visit_service
    FOR EACH ROW EXECUTE FUNCTION refuse_change_under_signed_note();
CREATE TRIGGER visit_service_region_signed_is_fixed BEFORE INSERT OR UPDATE OR DELETE ON visit_service_region
    FOR EACH ROW EXECUTE FUNCTION refuse_change_under_signed_note();
CREATE TRIGGER visit_service_diagnosis_signed_is_fixed BEFORE INSERT OR UPDATE OR DELETE ON visit_service_diagnosis
    FOR EACH ROW EXECUTE FUNCTION refuse_change_under_signed_note();

CREATE FUNCTION refuse_change_of_addendum() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an addendum is never changed or removed; add another'
        USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER visit_addendum_is_fixed BEFORE UPDATE OR DELETE ON visit_addendum
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_addendum();
