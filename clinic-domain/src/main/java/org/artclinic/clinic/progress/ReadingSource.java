package org.artclinic.clinic.progress;

/** Where a point of a progress series was measured; a visit's points keep this order. */
public enum ReadingSource {
    /** The intake (or a re-assessment): the baseline. */
    INTAKE("Intake"),
    /** The visit note: pain today, or the objective's range-of-motion re-test. */
    VISIT("Visit"),
    /** The ART entries of the visit, before treatment (the first entry that measured it). */
    BEFORE_ART("Before ART"),
    /** The ART entries of the visit, after treatment (the last entry that measured it). */
    AFTER_ART("After ART");

    private final String words;

    ReadingSource(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
