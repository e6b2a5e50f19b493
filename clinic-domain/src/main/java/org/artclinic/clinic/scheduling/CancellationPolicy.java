package org.artclinic.clinic.scheduling;

import java.time.Duration;
import java.time.Instant;

import org.artclinic.clinic.common.DomainException;

/**
 * When a cancellation counts as late: inside the clinic's notice period before the start
 * (24 hours unless the clinic sets another, {@code clinic.scheduling.late-cancel-notice-hours}).
 *
 * <p>Source: a clinic policy, not a law. CMS allows practices to charge Medicare patients for
 * missed appointments only under a policy that applies equally to all patients (CMS MLN Matters
 * MM5613, Medicare Claims Processing Manual chapter 1, section 30.3.13); the policy therefore lives
 * in one place and treats every patient alike.
 */
public record CancellationPolicy(Duration noticePeriod) {

    public static final CancellationPolicy DEFAULT = new CancellationPolicy(Duration.ofHours(24));

    public CancellationPolicy {
        if (noticePeriod == null || noticePeriod.isNegative()) {
            throw new DomainException("The notice period for cancellations cannot be negative.");
        }
    }

    public static CancellationPolicy ofHours(int hours) {
        return new CancellationPolicy(Duration.ofHours(hours));
    }

    /** Late when cancelled less than the notice period before the start (or after it). */
    public boolean isLate(Instant appointmentStart, Instant cancelledAt) {
        return cancelledAt.isAfter(appointmentStart.minus(noticePeriod));
    }
}
