package org.artclinic.clinic.charting;

/** How much contact tension the patient tolerated during an ART pass. */
public enum Tension {
    LIGHT,
    MODERATE,
    FIRM
}
