package org.artclinic.clinic.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.artclinic.clinic.common.DomainException;

/**
 * Whether a patient may be treated now, and where: the rule charting checks before a treatment is
 * recorded (issue 4, "the system blocks charting of treatment for that patient until a practitioner
 * records a clearance"; "treatment charting also requires a current consent").
 *
 * <p>A patient may be treated when all of these hold:
 * <ol>
 * <li>an intake with red-flag screening is recorded (the safe path: nobody is treated unscreened);</li>
 * <li>no intake's screening asked for a referral that no practitioner has cleared: a red flag
 *     holds treatment "until a practitioner records a clearance" (issue 4), so a later intake
 *     that answers "no" does not lift it on its own;</li>
 * <li>the patient's consent to manual therapy is current ({@link PatientConsent#isCurrent});</li>
 * </ol>
 * and then every region except those the latest intake blocked for a local contraindication,
 * which a clearance does not lift.
 *
 * @param intakeRecorded an intake with screening exists
 * @param decision the latest intake's recorded decision; null when there is none
 * @param clearance who cleared the latest intake's referral and on what evidence; null when nobody did
 * @param consent the state of the patient's consent
 * @param earlierReferral the decision of an earlier intake whose referral nobody has cleared yet;
 *        null when there is none
 */
public record TreatmentGate(boolean intakeRecorded, ScreeningDecision decision, String clearance,
        ConsentState consent, ScreeningDecision earlierReferral) {

    /** Where the patient's informed consent to manual therapy stands. */
    public enum ConsentState {
        CURRENT("The patient's consent to manual therapy is current."),
        MISSING("The patient has not signed the informed consent for manual therapy. Record their consent "
                + "before treating."),
        WITHDRAWN("The patient withdrew their consent to manual therapy. Record a new consent before treating."),
        OUTDATED("The consent text changed since the patient signed it, and the change needs a new signature. "
                + "Record their consent to the current text before treating.");

        private final String words;

        ConsentState(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    static final String NO_INTAKE = "No intake assessment with red-flag screening is recorded for this patient. "
            + "Record the intake before treating.";

    public static TreatmentGate noIntake(ConsentState consent) {
        return new TreatmentGate(false, null, null, consent, null);
    }

    public static TreatmentGate of(ScreeningDecision decision, String clearance, ConsentState consent) {
        return new TreatmentGate(true, decision, clearance, consent, null);
    }

    /** The same gate, also held by an earlier intake's referral that is still waiting for its clearance. */
    public TreatmentGate withEarlierReferral(ScreeningDecision uncleared) {
        return new TreatmentGate(intakeRecorded, decision, clearance, consent, uncleared);
    }

    /** The latest intake's own referral waits for a clearance. */
    private boolean latestReferralPending() {
        return intakeRecorded && !decision.treatmentAllowed() && clearance == null;
    }

    /** The red flags still waiting for a clearance, a few words each (for the patient header). */
    public List<String> pendingReferralFlags() {
        List<String> flags = new ArrayList<>();
        if (latestReferralPending()) {
            flags.addAll(decision.referralFlags());
        }
        if (earlierReferral != null) {
            earlierReferral.referralFlags().stream().filter(flag -> !flags.contains(flag)).forEach(flags::add);
        }
        return flags;
    }

    /** A red flag of the latest intake, or of an earlier one, still waits for a clearance. */
    public boolean referralPending() {
        return latestReferralPending() || (intakeRecorded && earlierReferral != null);
    }

    public boolean consentMissing() {
        return consent != ConsentState.CURRENT;
    }

    /** May the patient be treated at all (some region, at least)? */
    public boolean treatmentAllowed() {
        return intakeRecorded && !referralPending() && !consentMissing();
    }

    /** Reasons to see a doctor first, in the patient's words; still listed after a clearance. */
    public List<String> referralReasons() {
        if (!intakeRecorded) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>(decision.referralReasons());
        if (earlierReferral != null) {
            earlierReferral.referralReasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        }
        return reasons;
    }

    public Map<BodyRegion, String> blockedRegions() {
        return intakeRecorded ? decision.blockedRegions() : Map.of();
    }

    public List<DecisionLine> precautions() {
        return intakeRecorded ? decision.precautions() : List.of();
    }

    /** Everything that stops treatment now, in the order to fix it; empty when treatment may go ahead. */
    public List<String> blockers() {
        List<String> blockers = new ArrayList<>();
        if (!intakeRecorded) {
            blockers.add(NO_INTAKE);
        } else if (referralPending()) {
            blockers.add("Treatment is on hold until a practitioner records a clearance: "
                    + (latestReferralPending() ? "the intake found " : "an earlier intake found ")
                    + String.join("; ", pendingReferralFlags())
                    + ". Refer the patient for a medical evaluation first.");
        }
        if (consentMissing()) {
            blockers.add(consent.words());
        }
        return blockers;
    }

    /** Why this region may not be treated now; empty when it may. */
    public Optional<String> refusal(BodyRegion region) {
        List<String> reasons = blockers();
        if (reasons.isEmpty() && region != null && decision.isRegionBlocked(region)) {
            return Optional.of(decision.blockedRegionNote(region));
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", reasons));
    }

    public boolean allows(BodyRegion region) {
        return refusal(region).isEmpty();
    }

    /**
     * @param region the region about to be treated; null checks only what blocks every region
     * @throws DomainException explaining what stops the treatment and what to do about it
     */
    public void requireAllowed(BodyRegion region) {
        Optional<String> refusal = refusal(region);
        if (refusal.isPresent()) {
            throw new DomainException(refusal.get());
        }
    }
}
