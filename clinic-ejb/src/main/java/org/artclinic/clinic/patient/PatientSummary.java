package org.artclinic.clinic.patient;

import java.util.OptionalInt;

import org.artclinic.clinic.billing.PatientBalance;
import org.artclinic.clinic.common.Money;

/**
 * What the patient header shows on every patient screen: who, how old, alerts, counts of missed
 * and late-cancelled visits, remaining authorized visits on the primary policy, and the balance.
 *
 * @param balance what the patient owes or has in credit (billing's {@code ClaimService.balance})
 */
public record PatientSummary(Patient patient, int age, long noShows, long lateCancellations,
        OptionalInt remainingAuthorizedVisits, Money copay, PatientBalance balance) {
}
