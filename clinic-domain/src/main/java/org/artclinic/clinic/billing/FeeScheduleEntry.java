package org.artclinic.clinic.billing;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;

/**
 * A payer's fee for one unit of a procedure code from a date: the fee of a date of service is the
 * entry in effect that day. A new fee closes the one before it the day before it starts, so a
 * payer's schedule has no gaps or overlaps and old charges keep the fee of their day.
 */
@Entity
@Table(name = "fee_schedule")
@NamedQuery(name = FeeScheduleEntry.OF_PAYER,
        query = "SELECT f FROM FeeScheduleEntry f WHERE f.payer.id = :payer ORDER BY f.code, f.effectiveFrom DESC")
@NamedQuery(name = FeeScheduleEntry.IN_EFFECT,
        query = "SELECT f FROM FeeScheduleEntry f WHERE f.payer.id = :payer AND f.effectiveFrom <= :day"
                + " AND (f.effectiveTo IS NULL OR f.effectiveTo >= :day)")
@NamedQuery(name = FeeScheduleEntry.OF_PAYER_AND_CODE,
        query = "SELECT f FROM FeeScheduleEntry f WHERE f.payer.id = :payer AND f.code = :code"
                + " ORDER BY f.effectiveFrom DESC")
public class FeeScheduleEntry extends BaseEntity {

    public static final String OF_PAYER = "FeeScheduleEntry.ofPayer";
    public static final String IN_EFFECT = "FeeScheduleEntry.inEffect";
    public static final String OF_PAYER_AND_CODE = "FeeScheduleEntry.ofPayerAndCode";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_id", nullable = false)
    private Payer payer;

    @Column(nullable = false, length = 5)
    private String code;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "fee", nullable = false, precision = 12, scale = 2))
    private Money fee;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected FeeScheduleEntry() {
    }

    public FeeScheduleEntry(Payer payer, String code, Money fee, LocalDate effectiveFrom) {
        this.payer = Objects.requireNonNull(payer, "payer");
        this.code = ProcedureCode.checkedCode(code);
        if (fee == null) {
            throw new DomainException("Give the fee for " + this.code + ".");
        }
        if (effectiveFrom == null) {
            throw new DomainException("Give the date the fee for " + this.code + " takes effect.");
        }
        this.fee = Money.of(fee.amount());
        this.effectiveFrom = effectiveFrom;
    }

    /**
     * Ends this fee the day before {@code next} starts.
     *
     * @throws DomainException when the next fee does not start after this one
     */
    public void closeBefore(FeeScheduleEntry next) {
        if (!next.effectiveFrom.isAfter(effectiveFrom)) {
            throw new DomainException(payer.getName() + " already has a fee for " + code + " from " + effectiveFrom
                    + "; a new fee must start after it.");
        }
        effectiveTo = next.effectiveFrom.minusDays(1);
    }

    public boolean inEffectOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public Payer getPayer() {
        return payer;
    }

    public String getCode() {
        return code;
    }

    public Money getFee() {
        return fee;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }
}
