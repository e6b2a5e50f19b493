package org.artclinic.clinic.billing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim is, and where a manager may move it by hand. Payments move a claim to paid or
 * partially paid themselves ({@link Claim#post}); a claim is never deleted.
 */
public enum ClaimStatus {
    DRAFT, READY, SUBMITTED, PAID, PARTIALLY_PAID, DENIED, APPEALED, WRITTEN_OFF;

    /** The statuses a manager may move a claim in this status to (payments aside). */
    public Set<ClaimStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(READY, WRITTEN_OFF);
            case READY -> EnumSet.of(DRAFT, SUBMITTED);
            case SUBMITTED -> EnumSet.of(DENIED, READY);
            case PARTIALLY_PAID -> EnumSet.of(DENIED, APPEALED, WRITTEN_OFF);
            case DENIED -> EnumSet.of(APPEALED, WRITTEN_OFF, READY);
            case APPEALED -> EnumSet.of(DENIED, WRITTEN_OFF);
            case PAID, WRITTEN_OFF -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    /** Whether a payer's payment can be posted to a claim in this status (it was sent to the payer). */
    public boolean takesPayments() {
        return this == SUBMITTED || this == PARTIALLY_PAID || this == DENIED || this == APPEALED;
    }

    /** Whether the claim still waits for money (counts in the A/R). */
    public boolean isOpen() {
        return this != PAID && this != WRITTEN_OFF;
    }
}
