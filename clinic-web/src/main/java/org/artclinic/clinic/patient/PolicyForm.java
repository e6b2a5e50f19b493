package org.artclinic.clinic.patient;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.artclinic.clinic.common.Money;

/** The insurance policy dialog's fields, as typed; the copay is a {@link BigDecimal}, never a double. */
public class PolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private InsurancePolicy.Priority priority = InsurancePolicy.Priority.PRIMARY;
    private String payerName;
    private String memberId;
    private String groupNumber;
    private String subscriberName;
    private InsurancePolicy.Relationship relationship = InsurancePolicy.Relationship.SELF;
    private BigDecimal copay;
    private Integer authorizedVisits;
    private LocalDate authorizationStart;
    private LocalDate authorizationEnd;

    static PolicyForm of(PolicyDetails d) {
        PolicyForm form = new PolicyForm();
        form.priority = d.priority();
        form.payerName = d.payerName();
        form.memberId = d.memberId();
        form.groupNumber = d.groupNumber();
        form.subscriberName = d.subscriberName();
        form.relationship = d.relationship();
        form.copay = d.copay() == null ? null : d.copay().amount();
        form.authorizedVisits = d.authorizedVisits();
        form.authorizationStart = d.authorizationStart();
        form.authorizationEnd = d.authorizationEnd();
        return form;
    }

    /** @throws org.artclinic.clinic.common.DomainException when the copay is not an amount of money */
    PolicyDetails toDetails() {
        return new PolicyDetails(priority, payerName, memberId, groupNumber, subscriberName, relationship,
                copay == null ? null : Money.of(copay), authorizedVisits, authorizationStart, authorizationEnd);
    }

    public InsurancePolicy.Priority getPriority() {
        return priority;
    }

    public void setPriority(InsurancePolicy.Priority priority) {
        this.priority = priority;
    }

    public String getPayerName() {
        return payerName;
    }

    public void setPayerName(String payerName) {
        this.payerName = payerName;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getGroupNumber() {
        return groupNumber;
    }

    public void setGroupNumber(String groupNumber) {
        this.groupNumber = groupNumber;
    }

    public String getSubscriberName() {
        return subscriberName;
    }

    public void setSubscriberName(String subscriberName) {
        this.subscriberName = subscriberName;
    }

    public InsurancePolicy.Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(InsurancePolicy.Relationship relationship) {
        this.relationship = relationship;
    }

    public BigDecimal getCopay() {
        return copay;
    }

    public void setCopay(BigDecimal copay) {
        this.copay = copay;
    }

    public Integer getAuthorizedVisits() {
        return authorizedVisits;
    }

    public void setAuthorizedVisits(Integer authorizedVisits) {
        this.authorizedVisits = authorizedVisits;
    }

    public LocalDate getAuthorizationStart() {
        return authorizationStart;
    }

    public void setAuthorizationStart(LocalDate authorizationStart) {
        this.authorizationStart = authorizationStart;
    }

    public LocalDate getAuthorizationEnd() {
        return authorizationEnd;
    }

    public void setAuthorizationEnd(LocalDate authorizationEnd) {
        this.authorizationEnd = authorizationEnd;
    }
}
