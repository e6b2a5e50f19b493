package org.artclinic.clinic.billing;

import java.time.LocalDate;

import org.artclinic.clinic.common.Money;

/**
 * What the billing overview shows at a glance: charges waiting for review (and how many of them have
 * open warnings), charges approved and waiting for a claim, and what the visits of a period charged
 * (every status, by date of service).
 */
public record ChargeOverview(long toReview, long withWarnings, long approved, LocalDate from, LocalDate to,
        long visitsCharged, Money charged) implements java.io.Serializable {
}
