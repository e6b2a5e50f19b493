package org.artclinic.clinic.billing;

import java.math.BigDecimal;

import org.artclinic.clinic.common.Money;

/**
 * What a patient owes: the approved charges of their self-pay visits, plus what their insurers left
 * to them (the patient-responsibility adjustments, group PR: deductible, coinsurance, copay) of each
 * claim no secondary payer took over, less what the patient paid (copays at check-in included).
 * Paying more than that leaves a credit.
 */
public record PatientBalance(Money selfPayCharges, Money insuranceShares, Money patientPayments) {

    public PatientBalance {
        selfPayCharges = selfPayCharges == null ? Money.ZERO : selfPayCharges;
        insuranceShares = insuranceShares == null ? Money.ZERO : insuranceShares;
        patientPayments = patientPayments == null ? Money.ZERO : patientPayments;
    }

    /** Owed (positive) or in credit (negative), exact to the cent. */
    public BigDecimal net() {
        return selfPayCharges.amount().add(insuranceShares.amount()).subtract(patientPayments.amount());
    }

    public boolean isCredit() {
        return net().signum() < 0;
    }

    /** "$45.00 owed", "$10.00 credit", "$0.00" */
    public String words() {
        return words(net());
    }

    /** A patient's balance in words: "$45.00 owed" (positive), "$10.00 credit" (negative), "$0.00". */
    public static String words(BigDecimal net) {
        if (net.signum() == 0) {
            return Money.ZERO.format();
        }
        return Money.of(net.abs()).format() + (net.signum() > 0 ? " owed" : " credit");
    }
}
