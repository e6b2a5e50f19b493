package org.artclinic.clinic.patient;

import java.time.LocalDate;

import org.artclinic.clinic.common.Money;

/** An insurance policy as entered; {@link InsurancePolicy} checks it. */
public record PolicyDetails(
        InsurancePolicy.Priority priority,
        String payerName,
        String memberId,
        String groupNumber,
        String subscriberName,
        InsurancePolicy.Relationship relationship,
        Money copay,
        Integer authorizedVisits,
        LocalDate authorizationStart,
        LocalDate authorizationEnd) {
}
