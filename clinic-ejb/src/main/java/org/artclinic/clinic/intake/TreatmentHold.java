package org.artclinic.clinic.intake;

/**
 * Why a patient in a list (e.g. the practitioner's day) may not be treated now, without the
 * details the patient page shows; see {@link IntakeService#holds}.
 *
 * @param intakeMissing no intake with red-flag screening is recorded
 * @param referralPending the latest intake's red flag still waits for a clearance
 * @param consent where the patient's consent stands (anything but CURRENT holds treatment)
 */
public record TreatmentHold(boolean intakeMissing, boolean referralPending, TreatmentGate.ConsentState consent)
        implements java.io.Serializable {

    static TreatmentHold of(TreatmentGate gate) {
        return new TreatmentHold(!gate.intakeRecorded(), gate.referralPending(), gate.consent());
    }

    public boolean consentMissing() {
        return consent != TreatmentGate.ConsentState.CURRENT;
    }
}
