package org.artclinic.clinic.charting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.scheduling.AppointmentStatus;

/**
 * When a visit note may be opened and when its signature is late.
 *
 * <ul>
 * <li>A note belongs to a visit that took place or takes place today: never to a future day,
 * never to a cancelled visit or a no-show (nothing was done). A note for an earlier day is a
 * late entry, allowed and marked by its dates.</li>
 * <li>A note signed more than 24 hours after the visit ended is late (issue 11). Documentation
 * should be completed promptly after the service; a delayed entry stays valid but must show when it
 * was made: CMS Medicare Program Integrity Manual, chapter 3, section 3.3.2.5 (amendments,
 * corrections and delayed entries).</li>
 * </ul>
 */
public final class VisitNoteRules {

    /** After this long past the visit's end, a signature is late. */
    public static final Duration SIGN_WITHIN = Duration.ofHours(24);

    private VisitNoteRules() {
    }

    /**
     * @param visitDay the visit's day in its location's time zone
     * @param today today in the same zone
     * @throws StateConflict naming why there can be no note
     */
    public static void requireMayOpen(AppointmentStatus status, LocalDate visitDay, LocalDate today) {
        if (status == AppointmentStatus.CANCELLED) {
            throw new StateConflict("The visit of " + visitDay + " was cancelled: there is nothing to chart.");
        }
        if (status == AppointmentStatus.NO_SHOW) {
            throw new StateConflict("The patient did not come to the visit of " + visitDay
                    + " (no-show): there is nothing to chart.");
        }
        if (visitDay.isAfter(today)) {
            throw new StateConflict("The visit of " + visitDay + " has not taken place yet; its note opens on the day.");
        }
    }

    /** Whether a note signed at {@code signedAt} for a visit that ended at {@code visitEndedAt} is late. */
    public static boolean isLate(Instant visitEndedAt, Instant signedAt) {
        return signedAt.isAfter(visitEndedAt.plus(SIGN_WITHIN));
    }

    /** Whether an unsigned note of a visit that ended at {@code visitEndedAt} is overdue at {@code now} (a to-do). */
    public static boolean isOverdue(Instant visitEndedAt, Instant now) {
        return isLate(visitEndedAt, now);
    }
}
