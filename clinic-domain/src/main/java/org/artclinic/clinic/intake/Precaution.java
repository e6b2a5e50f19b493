package org.artclinic.clinic.intake;

/**
 * Conditions that do not stop treatment but change how it is given; shown as a banner on every
 * session of the patient. The code is stable (the REST API and stored decisions use it); the words
 * may be reworded.
 *
 * <p>Source: the article "Active Release Treatment: Benefits and What to Expect" (BodySpec), list
 * "Use caution or get evaluated first if you have": "Bleeding disorders or use of blood-thinning
 * medications" and "Pregnancy, especially for treatment around the abdomen/pelvis/low back
 * (requires modified positioning)". The article asks for a medical evaluation in these cases too;
 * the clinic (issue 4) treats them as precautions the practitioner must see, not as a referral,
 * because the practitioner asks about them at intake and adapts the technique.
 */
public enum Precaution {

    BLEEDING_RISK("BLEEDING_RISK", "a bleeding disorder or blood thinners",
            "Bleeding disorder or blood thinners: reduce pressure and watch for bruising.",
            "Because you may bleed or bruise more easily, we will use lighter pressure and check for "
                    + "bruising."),

    PREGNANCY("PREGNANCY", "pregnancy",
            "Pregnancy: use modified positioning; take care around the abdomen, pelvis and low back.",
            "Because you are pregnant, we will position you so that you are comfortable and take extra "
                    + "care around your abdomen, pelvis and low back.");

    private final String code;
    private final String question;
    private final String practitionerWords;
    private final String patientWords;

    Precaution(String code, String question, String practitionerWords, String patientWords) {
        this.code = code;
        this.question = question;
        this.practitionerWords = practitionerWords;
        this.patientWords = patientWords;
    }

    public String code() {
        return code;
    }

    /** What the intake asks about, in a few words, e.g. when the question was left unanswered. */
    public String question() {
        return question;
    }

    /** What the practitioner sees on the session banner. */
    public String practitionerWords() {
        return practitionerWords;
    }

    /** The same precaution explained to the patient. */
    public String patientWords() {
        return patientWords;
    }
}
