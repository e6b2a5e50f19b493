package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.artclinic.clinic.billing.ChargeRules.Lookup;
import org.artclinic.clinic.billing.ChargeRules.Priced;
import org.artclinic.clinic.billing.ChargeRules.ServiceToBill;
import org.artclinic.clinic.billing.ChargeRules.VisitToBill;
import org.artclinic.clinic.charting.SpinalRegion;
import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.common.BaseEntity;
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
 * A visit's charges on the review queue, built without a database: the sheet from the priced visit,
 * a manager's fixes (who, why, before and after), diagnosis changes, and approval only once every
 * warning was dealt with.
 */
class ChargeSheetTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDate DAY = LocalDate.of(2025, 6, 3);
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final String DELETED = "M54.5 was deleted from ICD-10-CM on 2021-10-01; use M54.50, M54.51"
            + " or M54.59.";

    private final Practitioner raman = new Practitioner("Dr. Raman", Discipline.CHIROPRACTOR, "1234567893",
            "#1f6f78", null);
    private final Patient jane = new Patient("P1042",
            PatientDetails.basic("Jane", "Doe", LocalDate.of(1985, 3, 14), Sex.FEMALE, "(555) 010-2030", null), DAY);
    private final Location downtown = new Location("Downtown", CHICAGO, null, null);
    private final VisitNote note = new VisitNote(new Appointment(jane, raman, downtown, null,
            new AppointmentType("ART follow-up", 30, "#1f6f78", false), new TimeSlot(at("10:00"), at("10:30")),
            null, "frontdesk", at("08:00")), "practitioner", at("10:02"));
    private final InsurancePolicy policy = new InsurancePolicy(jane, new PolicyDetails(null, "Acme Health",
            "XYZ123456", "G-100", null, null, Money.of("25.00"), null, null, null));
    private final Payer acme = new Payer("Acme Health", PayerKind.COMMERCIAL,
            new PayerRules(UnitRule.PER_SERVICE, false, true, null));

    private static final ProcedureCode MANUAL_THERAPY = new ProcedureCode("97140", ProcedureKind.THERAPY, true,
            "Manual therapy", FROM, null);
    private static final ProcedureCode CMT = new ProcedureCode("98940", ProcedureKind.SPINAL_MANIPULATION, false,
            "Spinal manipulation, 1-2 regions", FROM, null);

    private static Instant at(String time) {
        return ZonedDateTime.of(DAY, LocalTime.parse(time), CHICAGO).toInstant();
    }

    /** 98940 of the lumbar spine for M99.03 and M54.5 (deleted), 23 minutes of 97140 of the shoulder for M75.41. */
    private static Priced priced() {
        Lookup lookup = ChargeRules.lookup(code -> code.equals("M54.5") ? Optional.of(DELETED) : Optional.empty(),
                code -> Optional.of(Money.of(code.equals("97140") ? "40.00" : "55.00")));
        VisitToBill visit = new VisitToBill(DAY, Discipline.CHIROPRACTOR, List.of(
                new ServiceToBill("98940", Optional.of(CMT), null, Set.of(), Set.of(SpinalRegion.LUMBAR),
                        List.of("M99.03", "M54.5")),
                new ServiceToBill("97140", Optional.of(MANUAL_THERAPY), 23, Set.of(BodyRegion.SHOULDER), Set.of(),
                        List.of("M75.41"))), false, true, null, Money.ZERO);
        return ChargeRules.price(visit, new Payer("Acme Health", PayerKind.COMMERCIAL,
                new PayerRules(UnitRule.PER_SERVICE, false, true, null)), lookup);
    }

    private ChargeSheet sheet() {
        ChargeSheet sheet = new ChargeSheet(note, acme, policy, DAY, priced(), at("11:00"));
        long id = 100;
        for (ChargeLine line : sheet.getLines()) {
            giveId(line, id++);
        }
        return sheet;
    }

    /** The id the database would give a saved line (the manager's fixes name lines by id). */
    private static void giveId(BaseEntity entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static ChargeLine line(ChargeSheet sheet, String code) {
        return sheet.getLines().stream().filter(l -> l.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theSheetHoldsTheVisitsPricedLinesTotalAndOpenWarnings() {
        ChargeSheet sheet = sheet();
        assertSame(jane, sheet.getPatient());
        assertSame(raman, sheet.getPractitioner());
        assertSame(downtown, sheet.getLocation());
        assertSame(policy, sheet.getPolicy());
        assertEquals(ChargeStatus.TO_REVIEW, sheet.getStatus());
        assertEquals(List.of("M99.03", "M54.5", "M75.41"), sheet.getDiagnoses());

        ChargeLine cmt = line(sheet, "98940");
        ChargeLine manual = line(sheet, "97140");
        assertEquals(1, cmt.getUnits());
        assertEquals(List.of(1, 2), cmt.getDiagnosisPointers());
        assertEquals(List.of("M99.03", "M54.5"), cmt.getDiagnoses());
        assertEquals(2, manual.getUnits());
        assertEquals("XS", manual.getModifierCodes());
        assertEquals(List.of("M75.41"), manual.getDiagnoses());
        assertEquals(Money.of("80.00"), manual.getAmount());

        assertEquals(Money.of("135.00"), sheet.getTotal(), "55.00 + 2 x 40.00");
        assertEquals(List.of(WarningCode.INVALID_DIAGNOSIS), cmt.getWarnings().stream().map(ChargeWarning::getCode)
                .toList());
        assertEquals(1, sheet.getOpenWarnings());
    }

    @Test
    void selfPayKeepsNoPolicy() {
        Payer self = new Payer("Self-pay", PayerKind.SELF_PAY, new PayerRules(UnitRule.PER_SERVICE, false, false,
                null));
        assertNull(new ChargeSheet(note, self, policy, DAY, priced(), at("11:00")).getPolicy());
    }

    @Test
    void chargesWithOpenWarningsCannotBeApproved() {
        ChargeSheet sheet = sheet();
        StateConflict refusal = assertThrows(StateConflict.class, () -> sheet.approve("manager", at("12:00")));
        assertTrue(refusal.getMessage().contains("Deal with the warning first"), refusal.getMessage());
        assertEquals(ChargeStatus.TO_REVIEW, sheet.getStatus());
    }

    @Test
    void replacingAnInvalidDiagnosisClearsItsWarningAndKeepsThePointers() {
        ChargeSheet sheet = sheet();
        sheet.replaceDiagnosis(2, "M54.50", "M54.5 was split in 2021", "manager", at("12:00"));
        assertEquals(List.of("M99.03", "M54.50", "M75.41"), sheet.getDiagnoses());
        assertEquals(List.of("M99.03", "M54.50"), line(sheet, "98940").getDiagnoses());
        assertEquals(0, sheet.getOpenWarnings());
        assertEquals("diagnosis 2: M54.5 -> M54.50", sheet.getFixes().get(0).getChange());
        assertEquals("manager", sheet.getFixes().get(0).getBy());

        sheet.approve("manager", at("12:05"));
        assertEquals(ChargeStatus.APPROVED, sheet.getStatus());
        assertEquals("manager", sheet.getApprovedBy());
    }

    @Test
    void aDiagnosisChangeIsRefusedForANonexistentPositionOrACodeAlreadyListed() {
        ChargeSheet sheet = sheet();
        assertThrows(DomainException.class, () -> sheet.replaceDiagnosis(4, "M54.50", "why", "manager", at("12:00")));
        assertThrows(DomainException.class, () -> sheet.replaceDiagnosis(0, "M54.50", "why", "manager", at("12:00")));
        assertThrows(DomainException.class, () -> sheet.replaceDiagnosis(2, "M75.41", "why", "manager", at("12:00")));
        assertThrows(DomainException.class, () -> sheet.replaceDiagnosis(2, "M54.50", " ", "manager", at("12:00")),
                "a reason is required");
        assertEquals(List.of("M99.03", "M54.5", "M75.41"), sheet.getDiagnoses());
        assertTrue(sheet.getFixes().isEmpty());
    }

    @Test
    void addingADiagnosisAppendsItUpToTwelve() {
        ChargeSheet sheet = sheet();
        assertEquals(4, sheet.addDiagnosis("M25.511", "shoulder pain documented", "manager", at("12:00")));
        assertThrows(DomainException.class, () -> sheet.addDiagnosis("M25.511", "again", "manager", at("12:01")));
        for (int i = 0; i < 8; i++) {
            sheet.addDiagnosis("M79.6" + i, "more", "manager", at("12:02"));
        }
        assertEquals(12, sheet.getDiagnoses().size());
        DomainException full = assertThrows(DomainException.class,
                () -> sheet.addDiagnosis("M79.1", "one too many", "manager", at("12:03")));
        assertTrue(full.getMessage().contains("12"), full.getMessage());
    }

    @Test
    void aFixChangesTheLineRecordsBeforeAndAfterAndDealsWithItsWarnings() {
        ChargeSheet sheet = sheet();
        ChargeLine cmt = line(sheet, "98940");
        sheet.fix(cmt.getId(), new LineFix("98940", 1, List.of(), List.of(1)), Money.of("55.00"),
                "M54.5 is not billable for 2025; M99.03 supports the manipulation", "manager", at("12:00"));
        assertEquals(List.of(1), cmt.getDiagnosisPointers());
        assertTrue(cmt.getWarnings().isEmpty());
        assertEquals(0, sheet.getOpenWarnings());
        ChargeFix fix = sheet.getFixes().get(0);
        assertEquals("98940 x1 -> M99.03,M54.5 @ $55.00 -> 98940 x1 -> M99.03 @ $55.00; warnings dealt with:"
                + " INVALID_DIAGNOSIS", fix.getChange());
        assertEquals(at("12:00"), fix.getAt());
    }

    @Test
    void aFixKeepsTheReasonsOfKeptModifiersAndGivesAddedOnesTheManagers() {
        ChargeSheet sheet = sheet();
        ChargeLine manual = line(sheet, "97140");
        String xsReason = manual.getModifierReasons().get(0).getReason();
        sheet.fix(manual.getId(), new LineFix("97140", 3, List.of(Modifier.XS, Modifier.GP), List.of(3)),
                Money.of("40.00"), "38 minutes in the addendum", "manager", at("12:00"));
        assertEquals("XS GP", manual.getModifierCodes());
        assertEquals(xsReason, manual.getModifierReasons().get(0).getReason());
        assertEquals("GP: added by manager (38 minutes in the addendum)", manual.getModifierReasons().get(1)
                .getReason());
        assertEquals(Money.of("120.00"), manual.getAmount());
        assertEquals(Money.of("175.00"), sheet.getTotal(), "the total follows the fix");
    }

    @Test
    void aFixIsRefusedWhenItCannotGoOnAClaim() {
        ChargeSheet sheet = sheet();
        long id = line(sheet, "97140").getId();
        Money fee = Money.of("40.00");
        String[] refusals = {
            message(() -> sheet.fix(id, new LineFix("97140", 25, List.of(), List.of(3)), fee, "why", "m", at("12:00"))),
            message(() -> sheet.fix(id, new LineFix("97140", 2, List.of(Modifier.XS, Modifier.GP, Modifier.KX,
                    Modifier.M59, Modifier.AT), List.of(3)), fee, "why", "m", at("12:00"))),
            message(() -> sheet.fix(id, new LineFix("97140", 2, List.of(Modifier.XS, Modifier.XS), List.of(3)), fee,
                    "why", "m", at("12:00"))),
            message(() -> sheet.fix(id, new LineFix("97140", 2, List.of(), List.of(1, 2, 3, 1, 2)), fee, "why", "m",
                    at("12:00"))),
            message(() -> sheet.fix(id, new LineFix("97140", 2, List.of(), List.of(3, 3)), fee, "why", "m",
                    at("12:00"))),
            message(() -> sheet.fix(id, new LineFix("97140", 2, List.of(), List.of(4)), fee, "why", "m",
                    at("12:00"))),
            message(() -> sheet.fix(id, new LineFix("97140", 2, List.of(), List.of()), fee, "why", "m", at("12:00"))),
            message(() -> sheet.fix(id, new LineFix("98940", 1, List.of(), List.of(3)), fee, "why", "m",
                    at("12:00"))),
            message(() -> sheet.fix(id, new LineFix("9714", 1, List.of(), List.of(3)), fee, "why", "m",
                    at("12:00"))),
            message(() -> sheet.fix(id, new LineFix("97140", 1, List.of(), List.of(3)), fee, "", "m", at("12:00"))),
            message(() -> sheet.fix(999, new LineFix("97140", 1, List.of(), List.of(3)), fee, "why", "m",
                    at("12:00")))};
        String[] expected = {"between 0 and 24", "at most 4 modifiers", "listed twice", "at most 4 diagnoses",
            "pointed to twice", "Pointer 4 names no diagnosis", "at least one diagnosis", "already a line",
            "not a CPT or HCPCS code", "reason", "no charge line 999"};
        for (int i = 0; i < expected.length; i++) {
            assertTrue(refusals[i].contains(expected[i]), expected[i] + " / " + refusals[i]);
        }
        assertEquals(2, line(sheet, "97140").getUnits(), "nothing changed");
        assertTrue(sheet.getFixes().isEmpty());
    }

    @Test
    void approvedChargesCannotBeChangedAndGoOnAClaimOnce() {
        ChargeSheet sheet = sheet();
        assertThrows(StateConflict.class, sheet::billed, "not approved yet");
        sheet.replaceDiagnosis(2, "M54.50", "split in 2021", "manager", at("12:00"));
        sheet.approve("manager", at("12:05"));
        long id = line(sheet, "97140").getId();
        StateConflict late = assertThrows(StateConflict.class, () -> sheet.fix(id,
                new LineFix("97140", 1, List.of(), List.of(3)), Money.of("40.00"), "why", "other", at("13:00")));
        assertTrue(late.getMessage().contains("already approved by manager"), late.getMessage());
        assertThrows(StateConflict.class, () -> sheet.addDiagnosis("M25.511", "why", "other", at("13:00")));
        assertThrows(StateConflict.class, () -> sheet.approve("other", at("13:00")));
        sheet.billed();
        assertEquals(ChargeStatus.BILLED, sheet.getStatus());
        assertThrows(StateConflict.class, sheet::billed, "a second claim");
    }

    private static String message(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.getMessage();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void aLineFixedToZeroUnitsNeedsNoDiagnosisAndBillsNothing() {
        ChargeSheet sheet = sheet();
        ChargeLine manual = line(sheet, "97140");
        sheet.fix(manual.getId(), new LineFix("97140", 0, List.of(), List.of()), Money.of("40.00"),
                "ART minutes not documented", "manager", at("12:00"));
        assertEquals(Money.ZERO, manual.getAmount());
        assertEquals(Money.of("55.00"), sheet.getTotal());
        assertFalse(sheet.getFixes().isEmpty());
    }
}
