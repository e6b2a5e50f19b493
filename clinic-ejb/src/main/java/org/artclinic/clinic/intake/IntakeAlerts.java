package org.artclinic.clinic.intake;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the patient header shows about screening on every patient page and session: the referral
 * that holds treatment (until cleared), the precautions, the regions not to treat, and whether
 * consent or an intake is missing. Lists such as the practitioner's day show the same, read for
 * all their patients at once ({@link IntakeService#alerts(java.util.Collection)}).
 *
 * @param referralReasons short names of the red flags still waiting for a clearance, e.g. "recent
 *        trauma (a fall, a collision or a suspected fracture)"; empty once cleared
 * @param precautions the practitioner's words of each precaution, e.g. "Pregnancy: use modified
 *        positioning; ..." with its code
 */
public record IntakeAlerts(boolean intakeRecorded, boolean referralPending, List<String> referralReasons,
        List<DecisionLine> precautions, Set<BodyRegion> blockedRegions, boolean consentMissing)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The alerts of the gate's verdict: only the red flags still waiting for a clearance are named. */
    static IntakeAlerts of(TreatmentGate gate) {
        List<String> pending = gate.referralPending() ? gate.pendingReferralFlags() : List.of();
        return new IntakeAlerts(gate.intakeRecorded(), gate.referralPending(), pending, gate.precautions(),
                new LinkedHashSet<>(gate.blockedRegions().keySet()), gate.consentMissing());
    }

    /**
     * The same alerts as the front desk may see them (minimum necessary, {@link TreatmentHold}):
     * on hold or not, the intake, the referral and the consent as paperwork; no red flags, precautions
     * or regions.
     */
    public IntakeAlerts paperworkOnly() {
        return new IntakeAlerts(intakeRecorded, referralPending, List.of(), List.of(), Set.of(), consentMissing);
    }

    /** Treatment may not start at all: no intake, a referral waiting for its clearance, or no current consent. */
    public boolean isOnHold() {
        return !intakeRecorded || referralPending || consentMissing;
    }

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
