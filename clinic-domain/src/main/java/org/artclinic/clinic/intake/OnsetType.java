package org.artclinic.clinic.intake;

/** How the complaint began (issue 4, intake history). */
public enum OnsetType {
    /** A pull, strain or tear at a moment the patient can name. */
    ACUTE_INJURY("acute injury (pull, strain or tear)"),
    /** Built up through repeated small loads: running, lifting, typing. */
    REPETITIVE_MICROTRAUMA("repetitive micro-trauma"),
    /** No clear cause or moment. */
    INSIDIOUS("insidious, without a clear cause");

    private final String words;

    OnsetType(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
