package org.artclinic.clinic.intake;

/**
 * The nerve-root levels of the basic neurological screen, with the muscle that tests each level's
 * strength and the reflex commonly tested there (null where no routine reflex belongs to the level).
 *
 * <p>Key muscles: the International Standards for Neurological Classification of Spinal Cord Injury
 * (ISNCSCI, American Spinal Injury Association), which name one key muscle group per level from C5
 * to T1 and from L2 to S1. Reflex levels: the usual clinical attribution (biceps C5, brachioradialis
 * C6, triceps C7, patellar L4, Achilles S1).
 */
public enum SpinalLevel {
    C5("elbow flexors", "biceps"),
    C6("wrist extensors", "brachioradialis"),
    C7("elbow extensors", "triceps"),
    C8("finger flexors", null),
    T1("small finger abductors", null),
    L2("hip flexors", null),
    L3("knee extensors", null),
    L4("ankle dorsiflexors", "patellar"),
    L5("long toe extensors", null),
    S1("ankle plantar flexors", "Achilles");

    private final String keyMuscle;
    private final String reflex;

    SpinalLevel(String keyMuscle, String reflex) {
        this.keyMuscle = keyMuscle;
        this.reflex = reflex;
    }

    public String keyMuscle() {
        return keyMuscle;
    }

    /** The reflex usually tested for this level; null when none is. */
    public String reflex() {
        return reflex;
    }

    public boolean isCervical() {
        return ordinal() <= T1.ordinal();
    }
}
