package org.artclinic.clinic.billing;

import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;

/**
 * An amount of a claim the payer did not pay, with who bears it (group) and why: a Claim Adjustment
 * Reason Code (CARC) as the payer's remittance gives it, e.g. CO-45 (charge above the fee schedule),
 * PR-1 (deductible), PR-2 (coinsurance), PR-3 (copay).
 */
@Embeddable
public class Adjustment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CARC = Pattern.compile("[A-Z]?[0-9]{1,3}");

    @Enumerated(EnumType.STRING)
    @Column(name = "adjustment_group", nullable = false, length = 2)
    private AdjustmentGroup group;

    @Column(name = "reason_code", nullable = false, length = 5)
    private String reasonCode;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, precision = 12, scale = 2))
    private Money amount;

    protected Adjustment() {
    }

    public Adjustment(AdjustmentGroup group, String reasonCode, Money amount) {
        if (group == null) {
            throw new DomainException("Say who bears the adjustment: CO, PR, OA or PI.");
        }
        String code = reasonCode == null ? "" : reasonCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CARC.matcher(code).matches()) {
            throw new DomainException("\"" + code + "\" is not a claim adjustment reason code (like 45, 1, 2 or 3).");
        }
        if (amount == null || amount.isZero()) {
            throw new DomainException("An adjustment needs an amount above zero.");
        }
        this.group = group;
        this.reasonCode = code;
        this.amount = Money.of(amount.amount());
    }

    public AdjustmentGroup getGroup() {
        return group;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public Money getAmount() {
        return amount;
    }

    /** "PR-1" */
    public String label() {
        return group.name() + "-" + reasonCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Adjustment a && group == a.group && reasonCode.equals(a.reasonCode)
                && amount.equals(a.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, reasonCode, amount);
    }
}
