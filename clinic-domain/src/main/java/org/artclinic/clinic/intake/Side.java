package org.artclinic.clinic.intake;

/** Which side of the body a complaint, a measurement or a finding is on. */
public enum Side {
    LEFT("left"),
    RIGHT("right"),
    BOTH("both sides"),
    /** On the midline (e.g. central low back pain), or a movement without a side (neck flexion). */
    MIDLINE("midline");

    private final String words;

    Side(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
