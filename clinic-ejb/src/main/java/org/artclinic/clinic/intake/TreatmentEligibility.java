package org.artclinic.clinic.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Whether a patient may be treated now and where, with everything a page or an API client needs to
 * show why: the gate's verdict ({@link TreatmentGate}) plus the records it rests on.
 *
 * @param intakeId the latest intake, whose screening decides; null when none is recorded
 * @param assessedAt when that intake was recorded; null when none is
 * @param clearance the clearance of that intake's referral; null when none is recorded
 * @param consentVersion the version of the consent text the patient's latest consent names; null when none
 */
public record TreatmentEligibility(long patientId, TreatmentGate gate, Long intakeId, Instant assessedAt,
        TreatmentClearance clearance, Integer consentVersion) {

    public boolean treatmentAllowed() {
        return gate.treatmentAllowed();
    }

    public boolean intakeRecorded() {
        return gate.intakeRecorded();
    }

    public boolean referralPending() {
        return gate.referralPending();
    }

    public boolean consentMissing() {
        return gate.consentMissing();
    }

    public TreatmentGate.ConsentState consent() {
        return gate.consent();
    }

    /** Why the patient was referred, in words a patient can read; kept after a clearance. */
    public List<String> referralReasons() {
        return gate.referralReasons();
    }

    /** Regions that may not be treated, with the reason in the patient's words. */
    public Map<BodyRegion, String> blockedRegions() {
        return gate.blockedRegions();
    }

    public List<DecisionLine> precautions() {
        return gate.precautions();
    }

    /** What stops every treatment now, in words staff can act on; empty when treatment may go ahead. */
    public List<String> blockers() {
        return gate.blockers();
    }

    public boolean allows(BodyRegion region) {
        return gate.allows(region);
    }

    /** The latest intake's decision in the patient's words; empty before the first intake. */
    public List<String> explanation() {
        return gate.intakeRecorded() ? gate.decision().explanation() : List.of();
    }
}
