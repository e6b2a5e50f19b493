package org.artclinic.clinic.intake;

/**
 * The six statements of the suitability self-check, in our own words, close to the meaning of the
 * article's "Quick Self-Check: Is ART Worth Exploring for You?" (BodySpec, "Active Release
 * Treatment: Benefits and What to Expect"). Kept in the article's order, which is the order they
 * are stored and shown in.
 */
public enum SelfCheckStatement {
    MUSCLE_OR_TENDON("My pain or tightness seems to come from particular muscles or tendons rather than "
            + "from deep inside a joint."),
    WORSE_WITH_REPEATED_USE("It gets worse when I repeat an activity (running, lifting, typing) and settles "
            + "when I rest."),
    RESTRICTION_DESPITE_STRETCHING("I feel a lasting stiffness or restriction that stretching or foam rolling "
            + "has not changed."),
    LONGER_THAN_FOUR_TO_SIX_WEEKS("I have had these symptoms for more than 4 to 6 weeks, even though I have "
            + "looked after them myself."),
    ACCEPTS_BRIEF_DISCOMFORT("I am fine with some discomfort during treatment as long as it is brief and "
            + "under control."),
    OPEN_TO_EXERCISES("I am willing to do exercises after treatment, not only receive hands-on care.");

    private final String words;

    SelfCheckStatement(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
