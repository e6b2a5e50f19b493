package org.artclinic.clinic.billing;

/** Why a charge line needs a manager's attention before it is billed. */
public enum WarningCode {
    /** A therapy code paired with spinal manipulation (NCCI) that no modifier can separate. */
    NCCI_PAIR,
    /** A line that points to no diagnosis (CMS-1500 item 24E needs one). */
    MISSING_POINTER,
    /** A diagnosis that is not billable on the date of service. */
    INVALID_DIAGNOSIS,
    /** The visit is past the visits the payer authorized for the period. */
    AUTHORIZATION_USED_UP,
    /** Timed services under 8 minutes: nothing (or this code) bills a unit. */
    UNDER_EIGHT_MINUTES,
    /** The payer's fee schedule has no fee for the code on the date of service. */
    NO_FEE,
    /** The code is not in the code set, or not in effect on the date of service. */
    UNKNOWN_CODE,
    /** An E/M with a manipulation: 25 applied; it needs its own documentation. */
    EVALUATION_DOCUMENTATION,
    /** ART entries charted but no manual therapy minutes to bill them under. */
    ART_WITHOUT_MINUTES,
    /** Medicare manipulation without an active treatment plan: not active treatment, no AT. */
    NO_ACTIVE_PLAN,
    /** More than twelve diagnoses for one claim (837P HI segment, CMS-1500 item 21). */
    TOO_MANY_DIAGNOSES
}
