package org.artclinic.clinic.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.patient.InsurancePolicy;
import org.artclinic.clinic.patient.Patient;

/**
 * A claim for one visit to one payer: the primary payer's for the approved charges, then, once the
 * primary has paid, a secondary payer's for what the primary left to the patient. Its money is kept
 * on the row (charged, paid, adjusted, the patient's share, the balance) so that lists and the A/R
 * aging add it up in the database; every status change is recorded with who and when. Payments are
 * posted with the row locked, so two managers posting at once both count.
 */
@Entity
@Table(name = "claim")
@NamedQuery(name = Claim.OF_SHEET, query = "SELECT c FROM Claim c WHERE c.sheet.id = :sheet ORDER BY c.id")
public class Claim extends BaseEntity {

    public static final String OF_SHEET = "Claim.ofSheet";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sheet_id", nullable = false)
    private ChargeSheet sheet;

    /**
     * The charges' id as stored, read with the claim (the column {@link #sheet} writes): a list of
     * claims names each one's charges without loading them and their lines, one query each.
     */
    @Column(name = "sheet_id", insertable = false, updatable = false)
    private Long sheetId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_id", nullable = false)
    private Payer payer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "policy_id")
    private InsurancePolicy policy;

    /** The primary payer's claim this secondary claim follows; null for a primary claim. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "primary_claim_id")
    private Claim primaryClaim;

    @Column(name = "date_of_service", nullable = false)
    private LocalDate dateOfService;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private ClaimStatus status = ClaimStatus.DRAFT;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "charged", nullable = false, precision = 12, scale = 2))
    private Money charged;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "paid", nullable = false, precision = 12, scale = 2))
    private Money paid = Money.ZERO;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "adjusted", nullable = false, precision = 12, scale = 2))
    private Money adjusted = Money.ZERO;

    /** The part of the adjustments the patient bears (group PR). */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "patient_share", nullable = false, precision = 12,
            scale = 2))
    private Money patientShare = Money.ZERO;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "balance", nullable = false, precision = 12, scale = 2))
    private Money balance;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "claim_event", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    private List<ClaimEvent> events = new ArrayList<>();

    protected Claim() {
    }

    private Claim(ChargeSheet sheet, Payer payer, InsurancePolicy policy, Claim primaryClaim, Money charged, Instant at,
            String by, String note) {
        this.sheet = sheet;
        this.patient = sheet.getPatient();
        this.payer = payer;
        this.policy = policy;
        this.primaryClaim = primaryClaim;
        this.dateOfService = sheet.getDateOfService();
        this.charged = charged;
        this.balance = charged;
        this.createdAt = at;
        events.add(new ClaimEvent(at, by, null, ClaimStatus.DRAFT, note));
    }

    /**
     * The primary payer's claim for a visit's approved charges.
     *
     * @throws StateConflict when the charges are not approved, are the patient's (self-pay), or bill nothing
     */
    public static Claim primary(ChargeSheet sheet, Instant at, String by) {
        Objects.requireNonNull(sheet, "sheet");
        if (sheet.getStatus() != ChargeStatus.APPROVED) {
            throw new StateConflict(sheet.getStatus() == ChargeStatus.BILLED ? "These charges are on a claim already."
                    : "Approve the charges on the review queue first.");
        }
        if (sheet.getPayer().isSelfPay()) {
            throw new StateConflict("The patient pays these charges (self-pay): there is no claim to send.");
        }
        if (sheet.getTotal().isZero()) {
            throw new StateConflict("These charges bill nothing (no line has units and a fee).");
        }
        Claim claim = new Claim(sheet, sheet.getPayer(), sheet.getPolicy(), null, sheet.getTotal(), at, by,
                "Claim made from the approved charges");
        sheet.billed();
        return claim;
    }

    /**
     * The secondary payer's claim for what this (primary) claim left to the patient, once the primary
     * has paid.
     */
    public Claim secondary(InsurancePolicy secondaryPolicy, Instant at, String by) {
        if (primaryClaim != null) {
            throw new StateConflict("This is a secondary claim already.");
        }
        if (status != ClaimStatus.PAID && status != ClaimStatus.PARTIALLY_PAID) {
            throw new StateConflict("The secondary payer is billed after the primary has paid.");
        }
        if (patientShare.isZero()) {
            throw new StateConflict("The primary payer left nothing to the patient: there is nothing for a secondary"
                    + " payer to pay.");
        }
        if (secondaryPolicy == null || secondaryPolicy.getPayer() == null
                || secondaryPolicy.getPriority() != InsurancePolicy.Priority.SECONDARY || !secondaryPolicy.isActive()) {
            throw new StateConflict("The patient has no active secondary policy.");
        }
        return new Claim(sheet, secondaryPolicy.getPayer(), secondaryPolicy, this, patientShare, at, by,
                "Secondary claim for what " + payer.getName() + " left to the patient");
    }

    /** A manager moves the claim by hand (ready, submitted, denied, appealed, written off). */
    public void moveTo(ClaimStatus next, String note, Instant at, String by) {
        if (next == null || !status.next().contains(next)) {
            throw new StateConflict("A claim that is " + words(status) + " cannot become " + words(next) + "; it can"
                    + " become " + (status.next().isEmpty() ? "nothing else" : String.join(", ",
                            status.next().stream().map(Claim::words).toList())) + ".");
        }
        String why = Text.optional(note, 300, "The note");
        if ((next == ClaimStatus.DENIED || next == ClaimStatus.WRITTEN_OFF || next == ClaimStatus.APPEALED)
                && why == null) {
            throw new DomainException("Say why the claim is " + words(next) + ".");
        }
        if (next == ClaimStatus.SUBMITTED) {
            submittedAt = at;
        }
        events.add(new ClaimEvent(at, by, status, next, why));
        status = next;
    }

    /**
     * Posts a payer's payment with its adjustments: the claim's paid, adjusted, patient share and
     * balance follow, and it becomes paid (nothing left) or partially paid.
     */
    public void post(Payment payment, Instant at, String by) {
        if (!status.takesPayments()) {
            throw new StateConflict("A claim that is " + words(status) + " takes no payment"
                    + (status == ClaimStatus.DRAFT || status == ClaimStatus.READY ? ": it was not sent yet." : "."));
        }
        Money adjustments = payment.getAdjustments().stream().map(Adjustment::getAmount).reduce(Money.ZERO, Money::plus);
        Money applied = payment.getAmount().plus(adjustments);
        if (applied.compareTo(balance) > 0) {
            throw new DomainException("The payment and its adjustments (" + applied.format() + ") are more than the"
                    + " claim's balance (" + balance.format() + ").");
        }
        paid = paid.plus(payment.getAmount());
        adjusted = adjusted.plus(adjustments);
        patientShare = patientShare.plus(payment.getAdjustments().stream()
                .filter(a -> a.getGroup() == AdjustmentGroup.PR).map(Adjustment::getAmount)
                .reduce(Money.ZERO, Money::plus));
        balance = balance.minus(applied);
        ClaimStatus next = !balance.isZero() ? ClaimStatus.PARTIALLY_PAID
                : paid.isZero() && patientShare.isZero() ? ClaimStatus.WRITTEN_OFF : ClaimStatus.PAID;
        events.add(new ClaimEvent(at, by, status, next, "Payment " + payment.getAmount().format()
                + (adjustments.isZero() ? "" : ", adjustments " + adjustments.format()) + "; balance "
                + balance.format()));
        status = next;
    }

    static String words(ClaimStatus s) {
        return s == null ? "nothing" : s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public ChargeSheet getSheet() {
        return sheet;
    }

    /** The charges' id, without loading the charges (a claim just made has not read its column yet). */
    public long getSheetId() {
        return sheetId != null ? sheetId : sheet.getId();
    }

    public Patient getPatient() {
        return patient;
    }

    public Payer getPayer() {
        return payer;
    }

    public InsurancePolicy getPolicy() {
        return policy;
    }

    public Claim getPrimaryClaim() {
        return primaryClaim;
    }

    public LocalDate getDateOfService() {
        return dateOfService;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public Money getCharged() {
        return charged;
    }

    public Money getPaid() {
        return paid;
    }

    public Money getAdjusted() {
        return adjusted;
    }

    public Money getPatientShare() {
        return patientShare;
    }

    public Money getBalance() {
        return balance;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<ClaimEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
