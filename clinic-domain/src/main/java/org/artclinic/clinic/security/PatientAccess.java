package org.artclinic.clinic.security;

import java.time.Instant;

/**
 * Which patients a practitioner may open (issue 13, decision 0039): the HIPAA Privacy Rule's
 * minimum necessary standard (45 CFR 164.502(b), 164.514(d)) asks that a member of the workforce
 * reach the records their job needs, and the Security Rule's access control (45 CFR
 * 164.312(a)(1)) asks for an emergency access procedure for the rest. A practitioner's job covers:
 *
 * <ol>
 * <li>their own patients: anyone who has, or had, an appointment or a treatment plan with them;</li>
 * <li>the patients of the places they work: anyone booked, now or before, at a location where
 *     they have working hours (a colleague's patient they may cover for);</li>
 * <li>a patient not yet booked anywhere (just registered, being assessed before the first
 *     booking), who belongs to no location yet.</li>
 * </ol>
 * Anyone else only through break-glass: a stated reason, recorded in the audit trail, for
 * {@link BreakGlassGrant#LASTS} from the moment it is given. Applies to what a practitioner may
 * do only as a practitioner: a user who also works the front desk reads demographics as the desk.
 * It keeps people to their patients; the application's own identities (a run-as role of a start-up
 * or scheduled job, which no one can sign in as) are not people and are not kept ({@link #RUN_AS}).
 */
public enum PatientAccess {
    OWN_PATIENT,
    AT_MY_LOCATION,
    NOT_YET_BOOKED,
    BREAK_GLASS,
    /** The caller is no user account: the application itself, running as a role (EJB run-as). */
    RUN_AS,
    NONE;

    /** Whether this basis lets the record be opened. */
    public boolean allows() {
        return this != NONE;
    }

    /**
     * The basis the facts give, in the order above.
     *
     * @param breakGlassUntil when the caller's latest break-glass for this patient ends, or null
     */
    public static PatientAccess of(boolean ownPatient, boolean bookedAtMyLocation, boolean bookedAnywhere,
            Instant breakGlassUntil, Instant now) {
        if (ownPatient) {
            return OWN_PATIENT;
        }
        if (bookedAtMyLocation) {
            return AT_MY_LOCATION;
        }
        if (!bookedAnywhere) {
            return NOT_YET_BOOKED;
        }
        return breakGlassUntil != null && breakGlassUntil.isAfter(now) ? BREAK_GLASS : NONE;
    }
}
