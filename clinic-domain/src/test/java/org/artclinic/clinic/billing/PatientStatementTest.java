package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.artclinic.clinic.billing.PatientStatement.ClaimMoney;
import org.artclinic.clinic.billing.PatientStatement.Entry;
import org.artclinic.clinic.billing.PatientStatement.PatientPayment;
import org.artclinic.clinic.billing.PatientStatement.Visit;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.junit.jupiter.api.Test;

/** Every dollar charged lands in one column, and the running balance ends at what the patient owes. */
class PatientStatementTest {

    private static final LocalDate NOV1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate DEC1 = LocalDate.of(2026, 12, 1);

    private static Money m(String amount) {
        return Money.of(amount);
    }

    private static ClaimMoney claim(String paid, String adjusted, String pr, String balance, boolean open,
            boolean takenOver) {
        return new ClaimMoney(m(paid), m(adjusted), m(pr), m(balance), open, takenOver);
    }

    private static PatientStatement of(BigDecimal forward, List<Visit> visits, List<PatientPayment> payments) {
        return PatientStatement.of(NOV1, NOV30, DEC1, forward, visits, payments);
    }

    private static void assertAddsUp(Entry e) {
        assertEquals(e.charged(), e.insurancePaid().plus(e.writtenOff()).plus(e.pending()).plus(e.patientPart()),
                "every dollar charged in one column: " + e);
    }

    @Test
    void aSelfPayVisitIsAllThePatientsAndAPaymentTakesItOff() {
        PatientStatement s = of(BigDecimal.ZERO, List.of(new Visit(NOV1.plusDays(2), "Visit", m("65.00"), true,
                List.of())), List.of(new PatientPayment(NOV1.plusDays(2), "Card", m("40.00"))));
        assertEquals(2, s.entries().size());
        Entry visit = s.entries().get(0);
        assertEquals(m("65.00"), visit.patientPart());
        assertAddsUp(visit);
        assertEquals(new BigDecimal("65.00"), visit.balance());
        assertTrue(s.entries().get(1).isPayment(), "the day's payment after its visit");
        assertEquals(new BigDecimal("25.00"), s.closing());
        assertEquals(m("25.00"), s.amountDue());
        assertEquals("$25.00 owed", s.closingWords());
        assertEquals(DEC1.plusDays(30), s.dueOn());
    }

    @Test
    void anInsuredVisitSplitsIntoPaidWrittenOffPendingAndThePatientsPart() {
        // charged 60: the payer paid 40, wrote off 5 (CO-45), left 10 to the patient (PR-2), 5 still open
        PatientStatement s = of(new BigDecimal("12.50"), List.of(new Visit(NOV1.plusDays(5), "Visit", m("60.00"), false,
                List.of(claim("40.00", "15.00", "10.00", "5.00", true, false)))), List.of());
        Entry e = s.entries().get(0);
        assertEquals(m("40.00"), e.insurancePaid());
        assertEquals(m("5.00"), e.writtenOff());
        assertEquals(m("5.00"), e.pending());
        assertEquals(m("10.00"), e.patientPart());
        assertAddsUp(e);
        assertEquals(new BigDecimal("22.50"), s.closing(), "brought forward 12.50 plus the coinsurance");
        assertEquals(m("5.00"), s.pendingInsurance());
        assertEquals("$12.50 owed", s.broughtForwardWords());
    }

    @Test
    void aSecondaryClaimCarriesThePrimarysPatientPartOnce() {
        Visit visit = new Visit(NOV1.plusDays(5), "Visit", m("60.00"), false, List.of(
                claim("45.00", "15.00", "10.00", "0.00", false, true),
                // the secondary was billed the 10.00: paid 8.00, left 2.00 to the patient
                claim("8.00", "2.00", "2.00", "0.00", false, false)));
        Entry e = of(BigDecimal.ZERO, List.of(visit), List.of()).entries().get(0);
        assertEquals(m("53.00"), e.insurancePaid());
        assertEquals(m("5.00"), e.writtenOff());
        assertEquals(m("2.00"), e.patientPart(), "only the secondary's patient responsibility");
        assertAddsUp(e);
    }

    @Test
    void anUnclaimedInsuredVisitIsPendingAndAWrittenOffClaimsBalanceIsWrittenOff() {
        PatientStatement s = of(BigDecimal.ZERO, List.of(
                new Visit(NOV1.plusDays(1), "Not yet claimed", m("70.00"), false, List.of()),
                new Visit(NOV1.plusDays(3), "Written off", m("50.00"), false,
                        List.of(claim("0.00", "0.00", "0.00", "50.00", false, false)))), List.of());
        assertEquals(m("70.00"), s.entries().get(0).pending());
        assertEquals(m("50.00"), s.entries().get(1).writtenOff());
        s.entries().forEach(PatientStatementTest::assertAddsUp);
        assertEquals(0, s.closing().signum(), "nothing for the patient");
        assertEquals(Money.ZERO, s.amountDue());
    }

    @Test
    void aPaymentLargerThanTheBalanceLeavesACreditAndNothingDue() {
        PatientStatement s = of(new BigDecimal("10.00"), List.of(), List.of(
                new PatientPayment(NOV1.plusDays(9), "Cash", m("25.00"))));
        assertEquals(new BigDecimal("-15.00"), s.closing());
        assertEquals("$15.00 credit", s.closingWords());
        assertEquals(Money.ZERO, s.amountDue());
    }

    @Test
    void linesAreInDateOrderWhateverOrderTheyCameIn() {
        PatientStatement s = of(BigDecimal.ZERO, List.of(
                new Visit(NOV1.plusDays(10), "Later", m("30.00"), true, List.of()),
                new Visit(NOV1.plusDays(2), "Earlier", m("30.00"), true, List.of())),
                List.of(new PatientPayment(NOV1.plusDays(5), "Card", m("30.00"))));
        assertEquals(List.of("Earlier", "Card", "Later"), s.entries().stream().map(Entry::description).toList());
        assertEquals(List.of(new BigDecimal("30.00"), new BigDecimal("0.00"), new BigDecimal("30.00")),
                s.entries().stream().map(Entry::balance).toList());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> PatientStatement.of(NOV30, NOV1, DEC1, BigDecimal.ZERO, List.of(), List.of()));
        assertTrue(e.getMessage().contains("period of the statement"), e.getMessage());
    }
}
