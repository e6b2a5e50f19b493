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

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.patient.Patient;

/**
 * Money received: from a payer against a claim (with the adjustments of its remittance), or from the
 * patient (the copay taken at check-in, a payment at the desk). Payments are only ever added: a
 * mistake is put right by another entry, never by changing one.
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = Payment.OF_CLAIM, query = "SELECT p FROM Payment p WHERE p.claim.id = :claim ORDER BY p.id")
@NamedQuery(name = Payment.OF_PATIENT,
        query = "SELECT p FROM Payment p WHERE p.patient.id = :patient ORDER BY p.receivedOn DESC, p.id DESC")
public class Payment extends BaseEntity {

    public static final String OF_CLAIM = "Payment.ofClaim";
    public static final String OF_PATIENT = "Payment.ofPatient";

    /** Who paid. */
    public enum Source {
        PAYER, PATIENT
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_id")
    private Payer payer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    /** The visit whose check-in took the copay, if this is one. */
    @Column(name = "appointment_id")
    private Long appointmentId;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, precision = 12, scale = 2))
    private Money amount;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PaymentMethod method;

    @Column(length = 50)
    private String reference;

    @Column(name = "posted_by", nullable = false, length = 50)
    private String postedBy;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_adjustment", joinColumns = @JoinColumn(name = "payment_id"))
    @OrderColumn(name = "position")
    private List<Adjustment> adjustments = new ArrayList<>();

    protected Payment() {
    }

    private Payment(Source source, Patient patient, Money amount, LocalDate receivedOn, PaymentMethod method,
            String reference, String by, Instant at) {
        this.source = source;
        this.patient = Objects.requireNonNull(patient, "patient");
        if (amount == null) {
            throw new DomainException("Give the amount received.");
        }
        if (receivedOn == null) {
            throw new DomainException("Give the day the money was received.");
        }
        if (method == null) {
            throw new DomainException("Say how it was paid: EFT, CHECK, CARD or CASH.");
        }
        this.amount = Money.of(amount.amount());
        this.receivedOn = receivedOn;
        this.method = method;
        this.reference = Text.optional(reference, 50, "The reference");
        this.postedBy = by;
        this.postedAt = at;
    }

    /** A payer's payment of a claim, with the adjustments its remittance gives (posted by the claim). */
    public static Payment fromPayer(Claim claim, Money amount, List<Adjustment> adjustments, LocalDate receivedOn,
            PaymentMethod method, String reference, String by, Instant at) {
        Payment payment = new Payment(Source.PAYER, claim.getPatient(), amount, receivedOn, method, reference, by, at);
        payment.payer = claim.getPayer();
        payment.claim = claim;
        payment.adjustments = new ArrayList<>(adjustments == null ? List.of() : adjustments);
        if (payment.amount.isZero() && payment.adjustments.isEmpty()) {
            throw new DomainException("A payment of $0.00 needs the adjustments that explain it.");
        }
        return payment;
    }

    /** A patient's payment (the copay at check-in, a payment of their balance). */
    public static Payment fromPatient(Patient patient, Money amount, LocalDate receivedOn, PaymentMethod method,
            String reference, Long appointmentId, String by, Instant at) {
        Payment payment = new Payment(Source.PATIENT, patient, amount, receivedOn, method, reference, by, at);
        if (payment.amount.isZero()) {
            throw new DomainException("A patient's payment is more than $0.00.");
        }
        payment.appointmentId = appointmentId;
        return payment;
    }

    public Source getSource() {
        return source;
    }

    public Patient getPatient() {
        return patient;
    }

    public Payer getPayer() {
        return payer;
    }

    public Claim getClaim() {
        return claim;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public List<Adjustment> getAdjustments() {
        return Collections.unmodifiableList(adjustments);
    }
}
