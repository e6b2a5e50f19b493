package org.artclinic.clinic.patient;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.billing.Payer;
import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.Text;

/**
 * A patient's insurance policy: who pays, the member and group numbers, the copay collected at
 * check-in, and the visits the payer authorized for a period.
 */
@Entity
@Table(name = "insurance_policy")
@NamedQuery(name = InsurancePolicy.OF_PATIENT,
        query = "SELECT i FROM InsurancePolicy i WHERE i.patient = :patient ORDER BY i.priority, i.payerName")
public class InsurancePolicy extends BaseEntity {

    public static final String OF_PATIENT = "InsurancePolicy.ofPatient";

    public enum Priority {
        PRIMARY, SECONDARY
    }

    /** The patient's relationship to the subscriber (the policy holder), as in X12 837 loop 2000B/C. */
    public enum Relationship {
        SELF, SPOUSE, CHILD, OTHER
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "payer_name", nullable = false, length = 120)
    private String payerName;

    /** The payer of the payer list the policy bills (its rules and fee schedule); its name is kept above. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_id")
    private Payer payer;

    @Column(name = "member_id", nullable = false, length = 40)
    private String memberId;

    @Column(name = "group_number", length = 40)
    private String groupNumber;

    @Column(name = "subscriber_name", length = 120)
    private String subscriberName;

    @Enumerated(EnumType.STRING)
    @Column(name = "subscriber_relationship", nullable = false, length = 10)
    private Relationship relationship;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "copay_amount", precision = 12, scale = 2))
    private Money copay;

    @Column(name = "authorized_visits")
    private Integer authorizedVisits;

    @Column(name = "authorization_start")
    private LocalDate authorizationStart;

    @Column(name = "authorization_end")
    private LocalDate authorizationEnd;

    @Column(nullable = false)
    private boolean active = true;

    protected InsurancePolicy() {
    }

    public InsurancePolicy(Patient patient, PolicyDetails details) {
        this.patient = Objects.requireNonNull(patient, "patient");
        update(details);
    }

    public final void update(PolicyDetails d) {
        priority = d.priority() == null ? Priority.PRIMARY : d.priority();
        payerName = Text.required(d.payerName(), 120, "The payer");
        memberId = Text.required(d.memberId(), 40, "The member id");
        groupNumber = Text.optional(d.groupNumber(), 40, "The group number");
        relationship = d.relationship() == null ? Relationship.SELF : d.relationship();
        subscriberName = Text.optional(d.subscriberName(), 120, "The subscriber's name");
        if (relationship != Relationship.SELF && subscriberName == null) {
            throw new DomainException("Name the subscriber when the patient is not the policy holder.");
        }
        copay = d.copay();
        if (d.authorizedVisits() != null && (d.authorizedVisits() < 0 || d.authorizedVisits() > 365)) {
            throw new DomainException("Authorized visits are between 0 and 365.");
        }
        if (d.authorizedVisits() != null && (d.authorizationStart() == null || d.authorizationEnd() == null)) {
            throw new DomainException("Authorized visits need the authorization period (from and to).");
        }
        if (d.authorizationStart() != null && d.authorizationEnd() != null
                && d.authorizationEnd().isBefore(d.authorizationStart())) {
            throw new DomainException("The authorization period ends before it starts.");
        }
        authorizedVisits = d.authorizedVisits();
        authorizationStart = d.authorizationStart();
        authorizationEnd = d.authorizationEnd();
    }

    /** Whether visits on {@code day} count against (and are covered by) this authorization. */
    public boolean authorizationCovers(LocalDate day) {
        return authorizedVisits != null && !day.isBefore(authorizationStart) && !day.isAfter(authorizationEnd);
    }

    /**
     * Visits left in the authorization, given the visits already used or booked in its period;
     * never below zero. Empty when the policy has no visit limit.
     */
    public java.util.OptionalInt remainingVisits(long visitsUsedOrBooked) {
        if (authorizedVisits == null) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of((int) Math.max(0, authorizedVisits - visitsUsedOrBooked));
    }

    /**
     * Visits left in the authorization, given when each visit booked or held starts, in the time
     * zone of its location. A visit counts against the authorization when the day it happens,
     * where it happens, lies in the authorized period: a payer's authorization letter names
     * calendar days (e.g. "12 visits from 2026-01-05 through 2026-03-31"), and the claim for the
     * visit carries the local date of service (CMS-1500 item 24A). A visit at 22:00 in Denver on
     * the last authorized day counts, although it is already the next day in UTC.
     */
    public java.util.OptionalInt remainingVisits(java.util.Collection<java.time.ZonedDateTime> visitStarts) {
        return remainingVisits(visitStarts.stream().filter(start -> authorizationCovers(start.toLocalDate())).count());
    }

    /**
     * The earliest instant a visit on the first authorized day can start anywhere on earth, for a
     * query that {@link #remainingVisits(java.util.Collection)} then narrows to local days.
     */
    public java.time.Instant authorizationSearchStart() {
        return authorizationStart.atStartOfDay(java.time.ZoneOffset.MAX).toInstant();
    }

    /** The latest instant (exclusive) a visit on the last authorized day can start anywhere. */
    public java.time.Instant authorizationSearchEnd() {
        return authorizationEnd.plusDays(1).atStartOfDay(java.time.ZoneOffset.MIN).toInstant();
    }

    public PolicyDetails details() {
        return new PolicyDetails(priority, payerName, memberId, groupNumber, subscriberName, relationship, copay,
                authorizedVisits, authorizationStart, authorizationEnd);
    }

    /** Links the policy to a payer of the payer list; the policy shows the payer's name. */
    public void billTo(Payer listed) {
        if (listed.isSelfPay()) {
            throw new DomainException("Self-pay is not an insurance policy: a patient without a policy pays"
                    + " their own visits.");
        }
        this.payer = listed;
        this.payerName = listed.getName();
    }

    public Payer getPayer() {
        return payer;
    }

    public void deactivate() {
        active = false;
    }

    public Patient getPatient() {
        return patient;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getPayerName() {
        return payerName;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getGroupNumber() {
        return groupNumber;
    }

    public String getSubscriberName() {
        return subscriberName;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public Money getCopay() {
        return copay;
    }

    public Integer getAuthorizedVisits() {
        return authorizedVisits;
    }

    public LocalDate getAuthorizationStart() {
        return authorizationStart;
    }

    public LocalDate getAuthorizationEnd() {
        return authorizationEnd;
    }

    public boolean isActive() {
        return active;
    }
}
