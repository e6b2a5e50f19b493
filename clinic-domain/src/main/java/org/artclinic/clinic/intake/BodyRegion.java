package org.artclinic.clinic.intake;

/**
 * The body regions a complaint, a local contraindication or a treated structure is recorded
 * against. A fixed list, so screening rules, outcome-measure suggestions and (later) ART
 * protocols can all refer to the same region; the names are the ones the REST API uses.
 */
public enum BodyRegion {
    HEAD,
    NECK,
    UPPER_BACK,
    LOW_BACK,
    SHOULDER,
    ELBOW,
    WRIST_HAND,
    HIP,
    KNEE,
    ANKLE_FOOT;

    /** Regions of the arm, where an upper-limb instrument such as QuickDASH applies. */
    public boolean isUpperLimb() {
        return this == SHOULDER || this == ELBOW || this == WRIST_HAND;
    }

    /** Regions of the leg, where a lower-limb instrument such as LEFS applies. */
    public boolean isLowerLimb() {
        return this == HIP || this == KNEE || this == ANKLE_FOOT;
    }
}
