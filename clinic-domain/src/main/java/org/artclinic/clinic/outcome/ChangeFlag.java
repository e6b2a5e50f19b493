package org.artclinic.clinic.outcome;

/** How a score moved between two administrations, judged against the instrument's MCID. */
public enum ChangeFlag {
    /** Better by at least the minimal clinically important difference. */
    IMPROVED,
    /** Worse by at least the minimal clinically important difference. */
    WORSENED,
    /** Moved by less than the minimal clinically important difference either way. */
    NO_IMPORTANT_CHANGE
}
