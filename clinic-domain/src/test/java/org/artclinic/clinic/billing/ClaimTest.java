package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.artclinic.clinic.billing.ChargeRules.ServiceToBill;
import org.artclinic.clinic.billing.ChargeRules.VisitToBill;
import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.patient.InsurancePolicy;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.PolicyDetails;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.junit.jupiter.api.Test;

/**
 * A claim's life without a database: made from approved charges only, moved by hand along
 * {@link ClaimStatus#next()}, paid in parts with CO and PR adjustments whose sums add up, never paid
 * beyond its balance, and followed by a secondary payer's claim for the patient's share.
 */
class ClaimTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 3);
    private static final String BY = "manager";

    private final Practitioner raman = new Practitioner("Dr. Raman", Discipline.CHIROPRACTOR, "1234567893",
            "#1f6f78", null);
    private final Patient jane = new Patient("P1042",
            PatientDetails.basic("Jane", "Doe", LocalDate.of(1985, 3, 14), Sex.FEMALE, "(555) 010-2030", null), DAY);
    private final Location downtown = new Location("Downtown", CHICAGO, null, null);
    private final Payer acme = new Payer("Acme Health", PayerKind.COMMERCIAL,
            new PayerRules(UnitRule.PER_SERVICE, false, true, null));
    private final Payer gap = new Payer("Gap Cover", PayerKind.COMMERCIAL,
            new PayerRules(UnitRule.PER_SERVICE, false, true, null));

    private static Instant at(String time) {
        return ZonedDateTime.of(DAY, LocalTime.parse(time), CHICAGO).toInstant();
    }

    /** Approved charges of 23 minutes of 97140 at 40.00 a unit: 80.00. */
    private ChargeSheet approved(Payer payer) {
        VisitNote note = new VisitNote(new Appointment(jane, raman, downtown, null,
                new AppointmentType("ART follow-up", 30, "#1f6f78", false), new TimeSlot(at("10:00"), at("10:30")),
                null, "frontdesk", at("08:00")), "practitioner", at("10:02"));
        ProcedureCode manual = new ProcedureCode("97140", ProcedureKind.THERAPY, true, "Manual therapy",
                LocalDate.of(2020, 1, 1), null);
        ChargeRules.Priced priced = ChargeRules.price(new VisitToBill(DAY, Discipline.CHIROPRACTOR, List.of(
                new ServiceToBill("97140", Optional.of(manual), 23, Set.of(BodyRegion.SHOULDER), Set.of(),
                        List.of("M75.41"))), false, false, null, Money.ZERO), payer,
                ChargeRules.lookup(code -> Optional.empty(), code -> Optional.of(Money.of("40.00"))));
        ChargeSheet sheet = new ChargeSheet(note, payer, null, DAY, priced, at("11:00"));
        sheet.approve(BY, at("12:00"));
        return sheet;
    }

    private Claim sent() {
        Claim claim = Claim.primary(approved(acme), at("12:05"), BY);
        claim.moveTo(ClaimStatus.READY, null, at("12:06"), BY);
        claim.moveTo(ClaimStatus.SUBMITTED, null, at("12:07"), BY);
        return claim;
    }

    private static Payment payment(Claim claim, String amount, Adjustment... adjustments) {
        return Payment.fromPayer(claim, Money.of(amount), List.of(adjustments), DAY.plusDays(20), PaymentMethod.EFT,
                "EFT-1", BY, at("13:00"));
    }

    @Test
    void aClaimIsMadeFromApprovedChargesAndBillsThem() {
        ChargeSheet sheet = approved(acme);
        Claim claim = Claim.primary(sheet, at("12:05"), BY);
        assertEquals(ClaimStatus.DRAFT, claim.getStatus());
        assertEquals(Money.of("80.00"), claim.getCharged());
        assertEquals(Money.of("80.00"), claim.getBalance());
        assertEquals(ChargeStatus.BILLED, sheet.getStatus());
        assertEquals("These charges are on a claim already.",
                assertThrows(StateConflict.class, () -> Claim.primary(sheet, at("12:06"), BY)).getMessage());
    }

    @Test
    void selfPayChargesHaveNoClaim() {
        Payer self = new Payer("Self-pay", PayerKind.SELF_PAY, new PayerRules(UnitRule.PER_SERVICE, false, true, null));
        assertTrue(assertThrows(StateConflict.class, () -> Claim.primary(approved(self), at("12:05"), BY))
                .getMessage().contains("self-pay"));
    }

    @Test
    void onlyTheMovesOfItsStatusAreAllowedAndEachIsRecorded() {
        Claim claim = Claim.primary(approved(acme), at("12:05"), BY);
        StateConflict refused = assertThrows(StateConflict.class,
                () -> claim.moveTo(ClaimStatus.PAID, null, at("12:06"), BY));
        assertTrue(refused.getMessage().contains("cannot become paid"), refused.getMessage());
        claim.moveTo(ClaimStatus.READY, null, at("12:06"), BY);
        claim.moveTo(ClaimStatus.SUBMITTED, null, at("12:07"), BY);
        assertEquals(at("12:07"), claim.getSubmittedAt());
        assertEquals("Say why the claim is denied.", assertThrows(DomainException.class,
                () -> claim.moveTo(ClaimStatus.DENIED, " ", at("12:08"), BY)).getMessage());
        claim.moveTo(ClaimStatus.DENIED, "CO-50 not medically necessary", at("12:08"), BY);
        claim.moveTo(ClaimStatus.APPEALED, "Notes sent with the appeal", at("12:09"), BY);
        assertEquals(List.of(ClaimStatus.DRAFT, ClaimStatus.READY, ClaimStatus.SUBMITTED, ClaimStatus.DENIED,
                ClaimStatus.APPEALED), claim.getEvents().stream().map(ClaimEvent::getTo).toList());
        assertEquals(ClaimStatus.DENIED, claim.getEvents().get(4).getFrom());
        assertEquals(BY, claim.getEvents().get(4).getBy());
    }

    @Test
    void aClaimNotSentTakesNoPayment() {
        Claim claim = Claim.primary(approved(acme), at("12:05"), BY);
        assertThrows(StateConflict.class, () -> claim.post(payment(claim, "10.00"), at("13:00"), BY));
    }

    @Test
    void paymentsAndAdjustmentsAddUpToTheBalance() {
        Claim claim = sent();
        claim.post(payment(claim, "50.00", new Adjustment(AdjustmentGroup.CO, "45", Money.of("8.00")),
                new Adjustment(AdjustmentGroup.PR, "2", Money.of("12.00"))), at("13:00"), BY);
        assertEquals(ClaimStatus.PARTIALLY_PAID, claim.getStatus());
        assertEquals(Money.of("50.00"), claim.getPaid());
        assertEquals(Money.of("20.00"), claim.getAdjusted());
        assertEquals(Money.of("12.00"), claim.getPatientShare());
        assertEquals(Money.of("10.00"), claim.getBalance());

        DomainException tooMuch = assertThrows(DomainException.class,
                () -> claim.post(payment(claim, "10.01"), at("13:05"), BY));
        assertEquals("The payment and its adjustments ($10.01) are more than the claim's balance ($10.00).",
                tooMuch.getMessage());
        assertEquals(Money.of("10.00"), claim.getBalance(), "nothing changed");

        claim.post(payment(claim, "10.00"), at("13:10"), BY);
        assertEquals(ClaimStatus.PAID, claim.getStatus());
        assertEquals(Money.ZERO, claim.getBalance());
        assertEquals(Money.of("60.00"), claim.getPaid());
    }

    @Test
    void aBalanceAdjustedAwayWithNothingPaidIsWrittenOff() {
        Claim claim = sent();
        claim.post(payment(claim, "0.00", new Adjustment(AdjustmentGroup.CO, "97", Money.of("80.00"))), at("13:00"), BY);
        assertEquals(ClaimStatus.WRITTEN_OFF, claim.getStatus());
        assertThrows(DomainException.class, () -> payment(claim, "0.00"), "a $0 payment explains itself");
    }

    @Test
    void theSecondaryPayerIsBilledThePatientsShareOnceThePrimaryHasPaid() {
        Claim claim = sent();
        InsurancePolicy secondary = new InsurancePolicy(jane, new PolicyDetails(InsurancePolicy.Priority.SECONDARY,
                "Gap Cover", "G-1", null, null, null, null, null, null, null));
        secondary.billTo(gap);
        assertThrows(StateConflict.class, () -> claim.secondary(secondary, at("12:30"), BY), "not paid yet");
        claim.post(payment(claim, "60.00", new Adjustment(AdjustmentGroup.PR, "1", Money.of("20.00"))), at("13:00"), BY);
        Claim second = claim.secondary(secondary, at("13:30"), BY);
        assertEquals(gap, second.getPayer());
        assertEquals(Money.of("20.00"), second.getCharged());
        assertEquals(claim, second.getPrimaryClaim());
        assertEquals("This is a secondary claim already.",
                assertThrows(StateConflict.class, () -> second.secondary(secondary, at("13:40"), BY)).getMessage());
    }

    @Test
    void anAdjustmentNamesWhoBearsItAndWhy() {
        assertEquals("B13", new Adjustment(AdjustmentGroup.OA, " b13 ", Money.of("1.00")).getReasonCode());
        assertThrows(DomainException.class, () -> new Adjustment(AdjustmentGroup.CO, "4 5", Money.of("1.00")));
        assertThrows(DomainException.class, () -> new Adjustment(null, "45", Money.of("1.00")));
        assertThrows(DomainException.class, () -> new Adjustment(AdjustmentGroup.CO, "45", Money.ZERO));
        assertEquals("PR-2", new Adjustment(AdjustmentGroup.PR, "2", Money.of("1.00")).label());
    }
}
