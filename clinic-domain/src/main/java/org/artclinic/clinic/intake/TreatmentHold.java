package org.artclinic.clinic.intake;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.artclinic.clinic.intake.TreatmentGate.ConsentState;

/**
 * What the front desk may know of a patient's screening: whether treatment is on hold and which
 * paperwork is missing, and nothing of why. This is the "minimum necessary" standard of the HIPAA
 * Privacy Rule (45 CFR 164.502(b) and 164.514(d)(2): a workforce member's access limited to what
 * their job needs): the desk chases a clearance letter or a signature, it does not need the red
 * flags, the blocked regions, the precautions or the letter's text, which stay with practitioners
 * ({@link TreatmentGate}). See docs/decisions/0038-minimum-necessary-access.md.
 *
 * @param onHold treatment may not start: no intake, a referral waiting for its clearance letter, or
 *        no current consent
 * @param consent the state of the patient's consent to manual therapy (paperwork the desk handles)
 * @param consentVersion the version of the consent text the patient's latest consent names; null when none
 */
public record TreatmentHold(long patientId, boolean onHold, List<Paperwork> missing, ConsentState consent,
        Integer consentVersion)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A piece of paperwork that holds treatment, in words for the desk. */
    public enum Paperwork {
        /** No intake assessment yet: book the patient with a practitioner for one. */
        INTAKE("An intake assessment with a practitioner is needed before treatment: book one."),
        /** A practitioner referred the patient: the desk collects the physician's clearance letter. */
        CLEARANCE_LETTER("A clearance letter from the patient's physician is needed: ask the patient to bring it, "
                + "and give it to the practitioner."),
        /** Consent never signed, or withdrawn. */
        CONSENT("The patient's signed consent to manual therapy is needed."),
        /** The consent text changed in a way that needs a new signature. */
        CONSENT_RENEWAL("The patient needs to sign the new version of the consent to manual therapy.");

        private final String words;

        Paperwork(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public TreatmentHold {
        missing = List.copyOf(missing);
    }

    /** The desk's view of a gate: the same verdict, only the paperwork named. */
    public static TreatmentHold of(long patientId, TreatmentGate gate, Integer consentVersion) {
        List<Paperwork> missing = new ArrayList<>();
        if (!gate.intakeRecorded()) {
            missing.add(Paperwork.INTAKE);
        } else if (gate.referralPending()) {
            missing.add(Paperwork.CLEARANCE_LETTER);
        }
        switch (gate.consent()) {
            case MISSING, WITHDRAWN -> missing.add(Paperwork.CONSENT);
            case OUTDATED -> missing.add(Paperwork.CONSENT_RENEWAL);
            case CURRENT -> { }
        }
        return new TreatmentHold(patientId, !gate.treatmentAllowed(), missing, gate.consent(), consentVersion);
    }

    public boolean intakeMissing() {
        return missing.contains(Paperwork.INTAKE);
    }

    public boolean clearanceLetterMissing() {
        return missing.contains(Paperwork.CLEARANCE_LETTER);
    }

    /** What to collect, in the order to do it; empty when treatment may go ahead. */
    public List<String> words() {
        return missing.stream().map(Paperwork::words).toList();
    }
}
