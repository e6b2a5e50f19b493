package org.artclinic.clinic.outcome;

/** Which way a score moves when the patient gets better. */
public enum Direction {
    /** Pain and disability scores: NPRS, NDI, ODI, QuickDASH. */
    LOWER_IS_BETTER,
    /** Function scores: LEFS. */
    HIGHER_IS_BETTER
}
