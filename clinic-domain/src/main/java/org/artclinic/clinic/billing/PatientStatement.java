package org.artclinic.clinic.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;

/**
 * A patient statement: the bill a practice sends the patient for what they owe, unlike the superbill
 * (which lists codes for the patient's insurer). It starts from the balance brought forward, lists
 * the period's visits (what each charged, what insurance paid, what the payer's contract wrote off,
 * what insurance has not settled yet, and the patient's part) and the patient's payments, each line
 * with the running balance, and ends with the amount due and the day it is due.
 *
 * <p>How a visit's money splits, so that every dollar charged is in exactly one column: for a
 * self-pay visit the patient's part is the whole charge. For an insured visit, each claim's payments
 * count as paid, its adjustments other than the patient's responsibility (group PR) as written off,
 * the balance of a claim still open with the payer (not paid, not written off) as pending, and the
 * patient responsibility of each claim that no secondary payer took over as the patient's part (a
 * secondary claim is billed the primary's patient responsibility, so it is counted there once). A
 * written-off claim's remaining balance is written off too. An approved visit not yet claimed is all
 * pending. The source of the PR/CO split is the X12 835 claim adjustment group codes (CARC groups),
 * as {@link AdjustmentGroup} names them.
 */
public record PatientStatement(LocalDate from, LocalDate to, LocalDate issuedOn, LocalDate dueOn,
        BigDecimal broughtForward, List<Entry> entries, Money pendingInsurance, BigDecimal closing) {

    /** Days a patient has to pay a statement. */
    public static final int DAYS_TO_PAY = 30;

    public PatientStatement {
        entries = List.copyOf(entries);
    }

    /** A visit of the period, as its charges and claims stand. */
    public record Visit(LocalDate dateOfService, String description, Money charged, boolean selfPay,
            List<ClaimMoney> claims) {
        public Visit {
            Objects.requireNonNull(dateOfService);
            claims = List.copyOf(claims);
        }
    }

    /**
     * A claim's money: paid, adjusted (all groups), of which the patient's responsibility (PR), the
     * balance, whether the payer still owes an answer, and whether a secondary claim took over the
     * patient's part.
     */
    public record ClaimMoney(Money paid, Money adjusted, Money patientShare, Money balance, boolean open,
            boolean takenOver) {
        /** The money of a claim as it stands; {@code takenOver} when a secondary claim bills its PR. */
        public static ClaimMoney of(Claim claim, boolean takenOver) {
            ClaimStatus s = claim.getStatus();
            return new ClaimMoney(claim.getPaid(), claim.getAdjusted(), claim.getPatientShare(), claim.getBalance(),
                    s != ClaimStatus.PAID && s != ClaimStatus.WRITTEN_OFF, takenOver);
        }
    }

    /** A payment the patient made. */
    public record PatientPayment(LocalDate receivedOn, String description, Money amount) {
    }

    /**
     * One line: a visit (charged, insurance paid, written off, pending, the patient's part) or a
     * payment (paid), and the balance after it.
     */
    public record Entry(LocalDate on, String description, Money charged, Money insurancePaid, Money writtenOff,
            Money pending, Money patientPart, Money patientPaid, BigDecimal balance) {

        public boolean isPayment() {
            return charged == null;
        }
    }

    /**
     * The statement of the period, visits and payments in date order (a day's visits before its
     * payments), from the balance brought forward (positive: owed; negative: credit).
     */
    public static PatientStatement of(LocalDate from, LocalDate to, LocalDate issuedOn, BigDecimal broughtForward,
            List<Visit> visits, List<PatientPayment> payments) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("Give the period of the statement: from a day to the same or a later day.");
        }
        record Dated(LocalDate on, int order, Object item) {
        }
        List<Dated> dated = new ArrayList<>();
        visits.forEach(v -> dated.add(new Dated(v.dateOfService(), 0, v)));
        payments.forEach(p -> dated.add(new Dated(p.receivedOn(), 1, p)));
        dated.sort(Comparator.comparing(Dated::on).thenComparingInt(Dated::order));
        BigDecimal balance = broughtForward;
        Money pendingTotal = Money.ZERO;
        List<Entry> entries = new ArrayList<>();
        for (Dated d : dated) {
            if (d.item() instanceof Visit v) {
                Entry e = visit(v, balance);
                balance = e.balance();
                pendingTotal = pendingTotal.plus(e.pending());
                entries.add(e);
            } else {
                PatientPayment p = (PatientPayment) d.item();
                balance = balance.subtract(p.amount().amount());
                entries.add(new Entry(p.receivedOn(), p.description(), null, null, null, null, null, p.amount(),
                        balance));
            }
        }
        return new PatientStatement(from, to, issuedOn, issuedOn.plusDays(DAYS_TO_PAY), broughtForward, entries,
                pendingTotal, balance);
    }

    private static Entry visit(Visit v, BigDecimal before) {
        Money paid = Money.ZERO;
        Money writtenOff = Money.ZERO;
        Money pending = Money.ZERO;
        Money part = Money.ZERO;
        if (v.selfPay()) {
            part = v.charged();
        } else if (v.claims().isEmpty()) {
            pending = v.charged();
        } else {
            for (ClaimMoney c : v.claims()) {
                paid = paid.plus(c.paid());
                writtenOff = writtenOff.plus(c.adjusted().minus(c.patientShare()));
                if (c.open()) {
                    pending = pending.plus(c.balance());
                } else {
                    writtenOff = writtenOff.plus(c.balance());
                }
                if (!c.takenOver()) {
                    part = part.plus(c.patientShare());
                }
            }
        }
        return new Entry(v.dateOfService(), v.description(), v.charged(), paid, writtenOff, pending, part, null,
                before.add(part.amount()));
    }

    /** What the patient is asked to pay now: the closing balance when owed, else nothing. */
    public Money amountDue() {
        return closing.signum() > 0 ? Money.of(closing) : Money.ZERO;
    }

    /** "$45.00 owed", "$10.00 credit", "$0.00": the closing balance in words. */
    public String closingWords() {
        return PatientBalance.words(closing);
    }

    /** The balance brought forward in words. */
    public String broughtForwardWords() {
        return PatientBalance.words(broughtForward);
    }
}
