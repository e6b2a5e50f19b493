package org.artclinic.clinic.billing;

import java.util.List;
import java.util.Map;

import org.artclinic.clinic.common.Money;

/** The A/R aging: open claim balances by payer or by patient, in the buckets of {@link AgingBucket}. */
public record ArAging(java.time.LocalDate asOf, List<Row> rows, Map<AgingBucket, Money> totals, Money total)
        implements java.io.Serializable {

    /** One payer's (or patient's) open balances by bucket. */
    public record Row(long id, String name, Map<AgingBucket, Money> buckets, Money total) implements java.io.Serializable {
    }
}
