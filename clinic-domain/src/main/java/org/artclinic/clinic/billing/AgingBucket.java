package org.artclinic.clinic.billing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The A/R aging buckets, by days since the date of service (the usual convention of practice
 * management reports; a claim's age starts when the service was given, not when it was sent):
 * 0-30, 31-60, 61-90, 91-120 and over 120 days.
 */
public enum AgingBucket {
    DAYS_0_30(0, 30, "0-30"),
    DAYS_31_60(31, 60, "31-60"),
    DAYS_61_90(61, 90, "61-90"),
    DAYS_91_120(91, 120, "91-120"),
    OVER_120(121, Integer.MAX_VALUE, "over 120");

    private final int fromDays;
    private final int toDays;
    private final String label;

    AgingBucket(int fromDays, int toDays, String label) {
        this.fromDays = fromDays;
        this.toDays = toDays;
        this.label = label;
    }

    /** The bucket of a service on {@code dateOfService} seen on {@code today} (a future date counts as 0 days). */
    public static AgingBucket of(LocalDate dateOfService, LocalDate today) {
        long days = Math.max(0, ChronoUnit.DAYS.between(dateOfService, today));
        for (AgingBucket bucket : values()) {
            if (days <= bucket.toDays) {
                return bucket;
            }
        }
        return OVER_120;
    }

    /**
     * The earliest date of service in this bucket on {@code today} (inclusive); null for the open-ended
     * last bucket. A query sums {@code dateOfService >= earliest} in buckets from the youngest.
     */
    public LocalDate earliest(LocalDate today) {
        return toDays == Integer.MAX_VALUE ? null : today.minusDays(toDays);
    }

    /** The latest date of service in this bucket on {@code today} (inclusive). */
    public LocalDate latest(LocalDate today) {
        return today.minusDays(fromDays);
    }

    public String label() {
        return label;
    }
}
