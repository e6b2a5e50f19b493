package org.artclinic.clinic.intake;

/**
 * Why one region may not be treated while the rest of the body may.
 *
 * <p>Source: the article "Active Release Treatment: Benefits and What to Expect" (BodySpec), list
 * "Use caution or get evaluated first if you have": "Active infection, open wounds, or unhealed
 * surgical sites near the treatment area". The same article's comparison table notes that
 * instrument-assisted work is "not appropriate over open wounds/active infections".
 */
public enum ContraindicationReason {
    ACTIVE_INFECTION("an active infection"),
    OPEN_WOUND("an open wound"),
    UNHEALED_SURGICAL_SITE("a surgical site that has not healed yet");

    private final String words;

    ContraindicationReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
