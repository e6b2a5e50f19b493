package org.artclinic.clinic.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How often a practitioner's (or a location's) patients did not come: no-shows and late
 * cancellations as a share of the visits that were due, that is every appointment of the period
 * that had begun, except those cancelled in time (a cancellation within the notice period counts as
 * due: the slot was lost). Rates in percent with one decimal, half-even; none when nothing was due.
 */
public record Attendance(long id, String name, long due, long noShows, long lateCancellations) {

    public BigDecimal noShowRate() {
        return rate(noShows);
    }

    public BigDecimal lateCancellationRate() {
        return rate(lateCancellations);
    }

    private BigDecimal rate(long count) {
        if (due == 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_EVEN);
    }
}
