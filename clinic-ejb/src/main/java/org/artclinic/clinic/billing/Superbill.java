package org.artclinic.clinic.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.patient.Patient;

/**
 * What a superbill shows the patient for a period: each visit's approved charges (with its place,
 * provider and diagnoses), what the insurers paid of them, what the patient paid in the period, and
 * the patient's balance today. A patient submits it to an insurer for reimbursement.
 *
 * @param practice the practice that bills, with its group NPI and tax id
 * @param diagnosisWords the code set's description of each diagnosis code shown
 */
public record Superbill(ClaimService.Practice practice, Patient patient, LocalDate from, LocalDate to, List<ChargeSheet> visits,
        Map<String, String> diagnosisWords, Money charged, Money insurersPaid, Money patientPaid,
        PatientBalance balance) {
}
