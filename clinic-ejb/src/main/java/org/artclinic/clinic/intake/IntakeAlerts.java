package org.artclinic.clinic.intake;

import java.util.List;
import java.util.Set;

/**
 * What the patient header shows about screening on every patient page and session: the referral
 * that holds treatment (until cleared), the precautions, the regions not to treat, and whether
 * consent or an intake is missing.
 *
 * @param referralReasons short names of the red flags still waiting for a clearance, e.g. "recent
 *        trauma (a fall, a collision or a suspected fracture)"; empty once cleared
 * @param precautions the practitioner's words of each precaution, e.g. "Pregnancy: use modified
 *        positioning; ..." with its code
 */
public record IntakeAlerts(boolean intakeRecorded, boolean referralPending, List<String> referralReasons,
        List<DecisionLine> precautions, Set<BodyRegion> blockedRegions, boolean consentMissing) {

    /** The red flags waiting for a clearance, joined for a banner; empty when none. */
    public String getReferralText() {
        return String.join("; ", referralReasons);
    }

    /** The regions not to treat in plain words, e.g. "knee, low back"; empty when none. */
    public String getBlockedRegionText() {
        return String.join(", ", blockedRegions.stream().map(RegionWords::of).toList());
    }

    public List<DecisionLine> getPrecautions() {
        return precautions;
    }

    public boolean isEmpty() {
        return intakeRecorded && !referralPending && precautions.isEmpty() && blockedRegions.isEmpty()
                && !consentMissing;
    }
}
