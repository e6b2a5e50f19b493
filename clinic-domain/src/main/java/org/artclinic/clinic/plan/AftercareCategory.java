package org.artclinic.clinic.plan;

/**
 * The five kinds of home work after an ART visit, as the domain article lists them ("What to Do After
 * an ART Session: Recovery &amp; Aftercare", points 1 to 5): use the new range, targeted mobility work,
 * progressive strengthening, adjusted load and ergonomics, tracking meaningful progress. Shown
 * in this order on the handout.
 */
public enum AftercareCategory {
    USE_NEW_RANGE("Use the new range", "Move through the range you gained today, gently and often, so it stays."),
    MOBILITY("Short mobility work", "A few minutes of easy movement, several times a day, rather than one long session."),
    STRENGTHENING("Progressive strengthening",
            "Build strength in the treated area step by step; add load only when the last step felt easy."),
    LOAD_AND_ERGONOMICS("Load and set-up changes",
            "Change what keeps irritating the tissue: training load, desk and screen, tools, sleeping position."),
    TRACKING("Track your progress", "Note pain and what you can do each day, and bring it to your next visit.");

    private final String title;
    private final String why;

    AftercareCategory(String title, String why) {
        this.title = title;
        this.why = why;
    }

    public String title() {
        return title;
    }

    /** One sentence for the patient, in our own words. */
    public String why() {
        return why;
    }
}
