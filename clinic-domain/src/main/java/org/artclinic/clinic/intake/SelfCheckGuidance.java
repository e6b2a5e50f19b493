package org.artclinic.clinic.intake;

import java.util.Map;

/**
 * What the suitability self-check tells the patient. Never a diagnosis, and never used by the
 * treatment gate: it helps a patient decide whether to talk about ART with a clinician.
 *
 * <p>Source: the article's "Quick Self-Check" (BodySpec, "Active Release Treatment: Benefits and
 * What to Expect"): "This isn't a diagnosis" and "If several apply, ART may be worth discussing as
 * part of a bigger plan." The article does not say how many is "several"; we read it as
 * {@value #SEVERAL} or more of the six (more than a couple, half of them), an interpretation of
 * our own (docs/decisions/0011-treatment-gate.md).
 */
public final class SelfCheckGuidance {

    /** How many "yes" answers count as "several" (our interpretation, see above). */
    public static final int SEVERAL = 3;

    public static final String NOT_A_DIAGNOSIS = "This self-check is not a diagnosis; it only helps you decide "
            + "what to talk about with your practitioner.";

    static final String SEVERAL_APPLY = "Several of these apply to you: ART may be worth discussing with your "
            + "practitioner as part of a bigger plan that includes exercise and changes in load.";

    static final String FEW_APPLY = "Few of these apply to you: ART may not be the best fit on its own. Your "
            + "practitioner can talk through the options with you.";

    static final String UNANSWERED = "The self-check has not been answered.";

    private SelfCheckGuidance() {
    }

    /** How many statements the patient said apply to them. */
    public static int applying(Map<SelfCheckStatement, Boolean> answers) {
        return (int) answers.values().stream().filter(Boolean.TRUE::equals).count();
    }

    /** The guidance for these answers, followed by the reminder that it is not a diagnosis. */
    public static String guidance(Map<SelfCheckStatement, Boolean> answers) {
        if (answers.values().stream().allMatch(answer -> answer == null)) {
            return UNANSWERED;
        }
        return (applying(answers) >= SEVERAL ? SEVERAL_APPLY : FEW_APPLY) + " " + NOT_A_DIAGNOSIS;
    }
}
