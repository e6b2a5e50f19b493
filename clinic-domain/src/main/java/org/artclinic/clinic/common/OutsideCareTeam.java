package org.artclinic.clinic.common;

/**
 * A practitioner asked for the record of a patient who is not one of theirs (see
 * {@code org.artclinic.clinic.security.PatientAccess}); they may open it only through break-glass,
 * with a reason. Carries the patient, so that the denial is audited against them.
 */
public class OutsideCareTeam extends NotYours {

    private static final long serialVersionUID = 1L;

    private final long patientId;

    public OutsideCareTeam(long patientId) {
        super("This patient is not one of yours: you have no appointment or plan with them, and they are not "
                + "booked at a location where you work. To open their record, give the reason (break-glass); "
                + "it is recorded and reviewed.");
        this.patientId = patientId;
    }

    public long getPatientId() {
        return patientId;
    }
}
