package org.artclinic.clinic.audit;

/** How the audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused by a rule of the clinic (bad input, a state that does not allow it). */
    REFUSED,
    /** Refused for the caller: role, patient not theirs, wrong password. */
    DENIED,
    /** Failed for another reason (a fault). */
    FAILED
}
