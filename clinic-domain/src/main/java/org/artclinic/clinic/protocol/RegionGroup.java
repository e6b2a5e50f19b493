package org.artclinic.clinic.protocol;

import org.artclinic.clinic.intake.BodyRegion;

/**
 * The four groups ART's provider courses are organised by. A protocol belongs to one group, and a
 * practitioner may chart a protocol only while a current certification covers its group
 * (issue 11). Nerve entrapment protocols lie in the limbs and the spine alike (the median nerve at
 * the wrist, the sciatic nerve at the hip), so the group of a protocol is chosen per protocol;
 * {@link #ofRegion} gives the group a region's muscles and tendons usually belong to.
 */
public enum RegionGroup {
    SPINE,
    UPPER_EXTREMITY,
    LOWER_EXTREMITY,
    NERVE_ENTRAPMENT;

    /** The soft-tissue group of a body region: head, neck and back to the spine; arm; leg. */
    public static RegionGroup ofRegion(BodyRegion region) {
        return switch (region) {
            case HEAD, NECK, UPPER_BACK, LOW_BACK -> SPINE;
            case SHOULDER, ELBOW, WRIST_HAND -> UPPER_EXTREMITY;
            case HIP, KNEE, ANKLE_FOOT -> LOWER_EXTREMITY;
        };
    }
}
