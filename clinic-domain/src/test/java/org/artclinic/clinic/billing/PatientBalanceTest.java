package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.artclinic.clinic.common.Money;
import org.junit.jupiter.api.Test;

/** What a patient owes: self-pay charges and insurers' patient shares, less the patient's payments. */
class PatientBalanceTest {

    @Test
    void owedIsChargesAndSharesLessPayments() {
        PatientBalance balance = new PatientBalance(Money.of("55.00"), Money.of("12.40"), Money.of("22.40"));
        assertEquals(new BigDecimal("45.00"), balance.net());
        assertEquals("$45.00 owed", balance.words());
        assertFalse(balance.isCredit());
    }

    @Test
    void payingMoreLeavesACredit() {
        PatientBalance balance = new PatientBalance(null, Money.of("15.00"), Money.of("25.00"));
        assertEquals(new BigDecimal("-10.00"), balance.net());
        assertEquals("$10.00 credit", balance.words());
        assertTrue(balance.isCredit());
    }

    @Test
    void nothingIsZero() {
        assertEquals("$0.00", new PatientBalance(null, null, null).words());
        assertEquals("$0.00", new PatientBalance(Money.of("30"), null, Money.of("30.00")).words());
    }
}
