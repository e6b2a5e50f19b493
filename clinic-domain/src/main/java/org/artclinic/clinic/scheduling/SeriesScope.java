package org.artclinic.clinic.scheduling;

/** Which visits of a series a change or cancellation applies to. */
public enum SeriesScope {
    /** only the chosen visit */
    THIS,
    /** the chosen visit and every later one */
    THIS_AND_FOLLOWING,
    /** every visit of the series that has not happened yet */
    ALL
}
