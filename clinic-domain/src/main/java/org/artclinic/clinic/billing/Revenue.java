package org.artclinic.clinic.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.artclinic.clinic.common.Money;

/**
 * One row of the revenue report: what was charged for a practitioner, code, payer or month (charges
 * of signed visits by date of service), in how many visits and units, and what payers have paid of
 * it so far (null by code: a payer pays a claim, not a line). Units per visit with two decimals.
 */
public record Revenue(String key, String name, long visits, long units, Money charged, Money paid) {

    public BigDecimal unitsPerVisit() {
        return visits == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(units).divide(BigDecimal.valueOf(visits), 2, RoundingMode.HALF_EVEN);
    }
}
