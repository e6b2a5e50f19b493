package org.artclinic.clinic.audit;

/**
 * What a user did, as the access types of ASTM E2147-18 (section 7, "type of action") name them,
 * plus the sign-in events ONC 170.315(d)(2) adds (via ASTM E2147-18 and the HIPAA Security Rule's
 * audit controls, 45 CFR 164.312(b)).
 */
public enum AuditAction {
    /** A record read: a chart opened, a note read, an API read. */
    VIEW,
    /** A search or list that may show patients. */
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    /** A note or document signed. */
    SIGN,
    /** A PDF or other document made for printing. */
    PRINT,
    /** Data leaving the system: a file export, a feed fetched. */
    EXPORT,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    TIME_OUT,
    LOCK_OUT,
    /** A request refused for the caller's role or for the patient. */
    ACCESS_DENIED,
    /** A record opened outside the caller's usual access, with a reason (break-glass). */
    EMERGENCY_ACCESS
}
