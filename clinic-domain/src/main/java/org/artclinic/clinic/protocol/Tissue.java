package org.artclinic.clinic.protocol;

/**
 * The kind of soft tissue a protocol works on. A nerve is not stretched but made to slide through
 * the tissue around it, so nerve protocols belong to the nerve entrapment group.
 */
public enum Tissue {
    MUSCLE,
    TENDON,
    LIGAMENT,
    FASCIA,
    NERVE
}
