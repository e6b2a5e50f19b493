package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.artclinic.clinic.billing.ChargeRules.Authorization;
import org.artclinic.clinic.billing.ChargeRules.Lookup;
import org.artclinic.clinic.billing.ChargeRules.Priced;
import org.artclinic.clinic.billing.ChargeRules.PricedLine;
import org.artclinic.clinic.billing.ChargeRules.ServiceToBill;
import org.artclinic.clinic.billing.ChargeRules.VisitToBill;
import org.artclinic.clinic.charting.SpinalRegion;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.setup.Discipline;
import org.junit.jupiter.api.Test;

/**
 * A signed visit priced for a payer: units by the payer's unit rule, the modifiers the rules decide
 * (XS/59, GP, AT, 25, KX) with their reasons, the warnings a manager must deal with, diagnosis
 * pointers and amounts.
 */
class ChargeRulesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 3);
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final Lookup FORTY_DOLLARS = ChargeRules.lookup(code -> Optional.empty(),
            code -> Optional.of(Money.of("40.00")));

    private static final ProcedureCode MANUAL_THERAPY = timed("97140", "Manual therapy");
    private static final ProcedureCode EXERCISE = timed("97110", "Therapeutic exercise");
    private static final ProcedureCode NEURO_RE_EDUCATION = timed("97112", "Neuromuscular re-education");
    private static final ProcedureCode CMT_ONE_TWO = new ProcedureCode("98940", ProcedureKind.SPINAL_MANIPULATION,
            false, "Spinal manipulation, 1-2 regions", FROM, null);
    private static final ProcedureCode CMT_EXTRASPINAL = new ProcedureCode("98943",
            ProcedureKind.EXTRASPINAL_MANIPULATION, false, "Extraspinal manipulation", FROM, null);
    private static final ProcedureCode OFFICE_VISIT = new ProcedureCode("99213",
            ProcedureKind.EVALUATION_AND_MANAGEMENT, false, "Office visit, established patient", FROM, null);
    private static final ProcedureCode PT_EVALUATION = new ProcedureCode("97161", ProcedureKind.EVALUATION, false,
            "Physical therapy evaluation, low complexity", FROM, null);

    private static ProcedureCode timed(String code, String words) {
        return new ProcedureCode(code, ProcedureKind.THERAPY, true, words, FROM, null);
    }

    private static Payer medicare() {
        Payer payer = new Payer("Medicare", PayerKind.MEDICARE,
                new PayerRules(UnitRule.CMS_8_MINUTE, true, true, null));
        payer.setKxThreshold(2025, Money.of("2410.00"));
        return payer;
    }

    private static Payer commercial(UnitRule rule, boolean requiresGp, boolean usesXModifiers) {
        return new Payer("Acme Health", PayerKind.COMMERCIAL, new PayerRules(rule, requiresGp, usesXModifiers, null));
    }

    private static Payer selfPay() {
        return new Payer("Self-pay", PayerKind.SELF_PAY, new PayerRules(UnitRule.PER_SERVICE, false, false, null));
    }

    private static ServiceToBill service(ProcedureCode code, Integer minutes, String... diagnoses) {
        return new ServiceToBill(code.getCode(), Optional.of(code), minutes, Set.of(), Set.of(), List.of(diagnoses));
    }

    private static ServiceToBill therapy(ProcedureCode code, int minutes, Set<BodyRegion> treated) {
        return new ServiceToBill(code.getCode(), Optional.of(code), minutes, treated, Set.of(), List.of("M54.50"));
    }

    private static ServiceToBill manipulation(ProcedureCode code, SpinalRegion... regions) {
        return new ServiceToBill(code.getCode(), Optional.of(code), null, Set.of(), Set.of(regions),
                List.of("M99.03"));
    }

    private static VisitToBill visit(Discipline discipline, ServiceToBill... services) {
        return new VisitToBill(DAY, discipline, List.of(services), false, true, null, Money.ZERO);
    }

    private static VisitToBill visit(ServiceToBill... services) {
        return visit(Discipline.CHIROPRACTOR, services);
    }

    private static Priced price(VisitToBill visit, Payer payer) {
        return ChargeRules.price(visit, payer, FORTY_DOLLARS);
    }

    private static PricedLine line(Priced priced, String code) {
        return priced.lines().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " in " + priced.lines()));
    }

    private static Map<String, Integer> units(Priced priced) {
        Map<String, Integer> units = new java.util.LinkedHashMap<>();
        priced.lines().forEach(l -> units.put(l.code(), l.units()));
        return units;
    }

    private static List<ChargeWarning> warnings(PricedLine line, WarningCode code) {
        return line.warnings().stream().filter(w -> w.getCode() == code).toList();
    }

    private static boolean has(PricedLine line, WarningCode code) {
        return !warnings(line, code).isEmpty();
    }

    private static String reason(PricedLine line, Modifier modifier) {
        return line.reasons().stream().filter(r -> r.getModifier() == modifier).map(ModifierReason::getReason)
                .findFirst().orElseThrow(() -> new AssertionError(line.code() + " has no " + modifier));
    }

    // units

    @Test
    void cmsEightMinuteRuleAddsTheMinutesOfAllTimedCodes() {
        // Claims Processing Manual ch. 5 §20.2: 33 minutes of one code and 7 of another are 40 minutes, 3 units;
        // 2 to the 33 minutes, the third to the 7 minutes (the most minutes left over)
        Priced priced = price(visit(therapy(MANUAL_THERAPY, 33, Set.of(BodyRegion.SHOULDER)),
                therapy(EXERCISE, 7, Set.of(BodyRegion.SHOULDER))), medicare());
        assertEquals(Map.of("97140", 2, "97110", 1), units(priced));
        assertEquals(UnitRule.CMS_8_MINUTE.units(List.of(new UnitRule.TimedMinutes("97140", 33),
                new UnitRule.TimedMinutes("97110", 7))), units(priced), "the same answer as the unit rule");
        assertFalse(has(line(priced, "97110"), WarningCode.UNDER_EIGHT_MINUTES));
    }

    @Test
    void cmsManualExampleOfFourServicesLeavesTheShortestWithoutAUnit() {
        ProcedureCode gait = timed("97116", "Gait training");
        ProcedureCode ultrasound = timed("97035", "Ultrasound");
        Priced priced = price(visit(therapy(EXERCISE, 18, Set.of()), therapy(MANUAL_THERAPY, 13, Set.of()),
                therapy(gait, 10, Set.of()), therapy(ultrasound, 8, Set.of())), medicare());
        assertEquals(Map.of("97110", 1, "97140", 1, "97116", 1, "97035", 0), units(priced));
        assertEquals(Money.of("120.00"), priced.lines().stream().map(PricedLine::amount).reduce(Money.ZERO,
                Money::plus), "3 units of $40");
    }

    @Test
    void perServiceRuleCountsEachCodeOnItsOwnAndNamesTheCodeUnderEightMinutes() {
        Priced priced = price(visit(therapy(MANUAL_THERAPY, 33, Set.of()), therapy(EXERCISE, 7, Set.of())),
                commercial(UnitRule.PER_SERVICE, false, true));
        assertEquals(Map.of("97140", 2, "97110", 0), units(priced));
        List<ChargeWarning> under = warnings(line(priced, "97110"), WarningCode.UNDER_EIGHT_MINUTES);
        assertEquals(1, under.size());
        assertTrue(under.get(0).getMessage().startsWith("97110 had 7 minutes"), under.get(0).getMessage());
        assertTrue(under.get(0).getMessage().contains("Acme Health"), under.get(0).getMessage());
        assertFalse(has(line(priced, "97140"), WarningCode.UNDER_EIGHT_MINUTES));
        assertEquals(Money.ZERO, line(priced, "97110").amount());
    }

    @Test
    void cmsTotalUnderEightMinutesBillsNoTimedUnitAndWarnsOnEachTimedLine() {
        Priced priced = price(visit(therapy(MANUAL_THERAPY, 4, Set.of()), therapy(EXERCISE, 3, Set.of()),
                manipulation(CMT_ONE_TWO, SpinalRegion.CERVICAL)), medicare());
        assertEquals(Map.of("97140", 0, "97110", 0, "98940", 1), units(priced));
        for (String code : List.of("97140", "97110")) {
            List<ChargeWarning> under = warnings(line(priced, code), WarningCode.UNDER_EIGHT_MINUTES);
            assertEquals(1, under.size(), code);
            assertTrue(under.get(0).getMessage().contains("up to 7 minutes"), under.get(0).getMessage());
        }
        assertFalse(has(line(priced, "98940"), WarningCode.UNDER_EIGHT_MINUTES), "untimed: not concerned");
    }

    @Test
    void theUnitBoundariesOfTheTotalMinutes() {
        int[][] table = {{7, 0}, {8, 1}, {22, 1}, {23, 2}, {37, 2}, {38, 3}};
        for (int[] row : table) {
            int total = row[0];
            Priced alone = price(visit(therapy(MANUAL_THERAPY, total, Set.of())), medicare());
            assertEquals(row[1], line(alone, "97140").units(), total + " minutes of one code");
            Priced split = price(visit(therapy(MANUAL_THERAPY, total - total / 2, Set.of()),
                    therapy(EXERCISE, total / 2, Set.of())), medicare());
            assertEquals(row[1], split.lines().stream().mapToInt(PricedLine::units).sum(),
                    total + " minutes over two codes");
            assertEquals(total < 8, has(split.lines().get(0), WarningCode.UNDER_EIGHT_MINUTES), total + " minutes");
        }
    }

    @Test
    void untimedCodesBillOneUnitAndTheirMinutesDoNotCountTowardsTheTimedOnes() {
        Priced priced = price(visit(manipulation(CMT_ONE_TWO, SpinalRegion.CERVICAL),
                new ServiceToBill("99213", Optional.of(OFFICE_VISIT), 25, Set.of(), Set.of(), List.of("M54.2")),
                therapy(MANUAL_THERAPY, 7, Set.of(BodyRegion.SHOULDER))), medicare());
        assertEquals(1, line(priced, "98940").units());
        assertEquals(1, line(priced, "99213").units(), "25 minutes on an office visit still bill one unit");
        assertEquals(0, line(priced, "97140").units(), "7 timed minutes: the office visit's 25 do not count");
        assertTrue(has(line(priced, "97140"), WarningCode.UNDER_EIGHT_MINUTES));
    }

    @Test
    void theSameCodeChartedTwiceIsOneLineWithItsMinutesAdded() {
        Priced priced = price(visit(
                new ServiceToBill("97140", Optional.of(MANUAL_THERAPY), 10, Set.of(BodyRegion.SHOULDER), Set.of(),
                        List.of("M75.41")),
                new ServiceToBill("97140", Optional.of(MANUAL_THERAPY), 13, Set.of(BodyRegion.ELBOW), Set.of(),
                        List.of("M77.11"))), medicare());
        assertEquals(1, priced.lines().size());
        assertEquals(2, line(priced, "97140").units(), "23 minutes: 2 units");
        assertEquals(List.of(1, 2), line(priced, "97140").pointers(), "both services' diagnoses");
        assertEquals(Money.of("80.00"), line(priced, "97140").amount());
    }

    @Test
    void theAmountIsTheUnitFeeTimesTheUnits() {
        Lookup fees = ChargeRules.lookup(code -> Optional.empty(),
                code -> Optional.of(Money.of(code.equals("97140") ? "41.37" : "52.10")));
        Priced priced = ChargeRules.price(visit(therapy(MANUAL_THERAPY, 38, Set.of()),
                manipulation(CMT_ONE_TWO, SpinalRegion.CERVICAL)), medicare(), fees);
        assertEquals(Money.of("41.37"), line(priced, "97140").unitFee());
        assertEquals(Money.of("124.11"), line(priced, "97140").amount(), "3 units");
        assertEquals(Money.of("52.10"), line(priced, "98940").amount());
    }

    // XS / 59: the NCCI pair with spinal manipulation

    @Test
    void manualTherapyOfTheShoulderBesideLumbarManipulationCarriesXs() {
        PricedLine line = line(price(visit(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR),
                therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.SHOULDER))), medicare()), "97140");
        assertEquals(List.of(Modifier.XS), line.modifiers());
        assertTrue(reason(line, Modifier.XS).contains("shoulder"), reason(line, Modifier.XS));
        assertFalse(has(line, WarningCode.NCCI_PAIR));
    }

    @Test
    void aPayerWithoutTheXModifiersGets59() {
        PricedLine line = line(price(visit(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR),
                therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.SHOULDER))),
                commercial(UnitRule.PER_SERVICE, false, false)), "97140");
        assertEquals(List.of(Modifier.M59), line.modifiers());
        assertTrue(reason(line, Modifier.M59).startsWith("59:"), reason(line, Modifier.M59));
    }

    @Test
    void manualTherapyOfTheManipulatedLowBackGetsAWarningAndNoModifier() {
        PricedLine line = line(price(visit(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR),
                therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.LOW_BACK))), medicare()), "97140");
        assertFalse(line.modifiers().contains(Modifier.XS) || line.modifiers().contains(Modifier.M59));
        List<ChargeWarning> pair = warnings(line, WarningCode.NCCI_PAIR);
        assertEquals(1, pair.size());
        assertTrue(pair.get(0).getMessage().contains("low back"), pair.get(0).getMessage());
    }

    @Test
    void withoutSpinalManipulationThePairRuleDoesNothing() {
        PricedLine line = line(price(visit(therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.LOW_BACK))), medicare()),
                "97140");
        assertTrue(line.modifiers().isEmpty(), line.modifiers().toString());
        assertFalse(has(line, WarningCode.NCCI_PAIR));
    }

    @Test
    void extraspinalManipulationIsNotInThePair() {
        PricedLine line = line(price(visit(new ServiceToBill("98943", Optional.of(CMT_EXTRASPINAL), null,
                Set.of(BodyRegion.SHOULDER), Set.of(), List.of("M99.07")),
                therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.SHOULDER))), medicare()), "97140");
        assertTrue(line.modifiers().isEmpty(), line.modifiers().toString());
        assertFalse(has(line, WarningCode.NCCI_PAIR));
    }

    @Test
    void therapyOutsideThePairGetsNoModifierBesideManipulation() {
        PricedLine line = line(price(visit(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR),
                therapy(EXERCISE, 15, Set.of(BodyRegion.LOW_BACK))), medicare()), "97110");
        assertTrue(line.modifiers().isEmpty(), line.modifiers().toString());
        assertFalse(has(line, WarningCode.NCCI_PAIR));
    }

    // GP

    @Test
    void gpGoesOnTherapyAndEvaluationsByAPhysicalTherapistWhereThePayerRequiresIt() {
        Priced priced = price(visit(Discipline.PHYSICAL_THERAPIST, service(PT_EVALUATION, null, "M54.50"),
                therapy(EXERCISE, 23, Set.of(BodyRegion.LOW_BACK))), medicare());
        for (String code : List.of("97161", "97110")) {
            PricedLine line = line(priced, code);
            assertEquals(List.of(Modifier.GP), line.modifiers(), code);
            assertTrue(reason(line, Modifier.GP).contains("Medicare"), reason(line, Modifier.GP));
        }
    }

    @Test
    void noGpForAChiropractorNorForAPayerThatDoesNotRequireIt() {
        assertTrue(line(price(visit(Discipline.CHIROPRACTOR, therapy(EXERCISE, 23, Set.of())), medicare()), "97110")
                .modifiers().isEmpty(), "a chiropractor's therapy is not under a PT plan of care");
        assertTrue(line(price(visit(Discipline.PHYSICAL_THERAPIST, therapy(EXERCISE, 23, Set.of())),
                commercial(UnitRule.CMS_8_MINUTE, false, true)), "97110").modifiers().isEmpty(),
                "the payer does not require GP");
    }

    @Test
    void noGpOnManipulationOrOfficeVisitsEvenByAPhysicalTherapist() {
        Priced priced = price(visit(Discipline.PHYSICAL_THERAPIST, manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR),
                service(OFFICE_VISIT, null, "M54.50")), commercial(UnitRule.CMS_8_MINUTE, true, true));
        assertFalse(line(priced, "98940").modifiers().contains(Modifier.GP));
        assertFalse(line(priced, "99213").modifiers().contains(Modifier.GP));
    }

    // AT

    @Test
    void medicareManipulationUnderAnActivePlanCarriesAt() {
        PricedLine line = line(price(visit(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR)), medicare()), "98940");
        assertEquals(List.of(Modifier.AT), line.modifiers());
        assertTrue(reason(line, Modifier.AT).contains("treatment plan"), reason(line, Modifier.AT));
        assertFalse(has(line, WarningCode.NO_ACTIVE_PLAN));
    }

    @Test
    void medicareManipulationWithoutAnActivePlanIsMaintenanceNoAtAndAWarning() {
        VisitToBill noPlan = new VisitToBill(DAY, Discipline.CHIROPRACTOR,
                List.of(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR)), false, false, null, Money.ZERO);
        PricedLine line = line(price(noPlan, medicare()), "98940");
        assertFalse(line.modifiers().contains(Modifier.AT));
        List<ChargeWarning> warning = warnings(line, WarningCode.NO_ACTIVE_PLAN);
        assertEquals(1, warning.size());
        assertTrue(warning.get(0).getMessage().contains(DAY.toString()), warning.get(0).getMessage());
    }

    @Test
    void aCommercialPayerNeverGetsAtNorTheNoPlanWarning() {
        Payer acme = commercial(UnitRule.CMS_8_MINUTE, true, true);
        for (boolean plan : new boolean[] {true, false}) {
            VisitToBill visit = new VisitToBill(DAY, Discipline.CHIROPRACTOR,
                    List.of(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR)), false, plan, null, Money.ZERO);
            PricedLine line = line(price(visit, acme), "98940");
            assertTrue(line.modifiers().isEmpty(), "plan " + plan + ": " + line.modifiers());
            assertFalse(has(line, WarningCode.NO_ACTIVE_PLAN), "plan " + plan);
        }
    }

    @Test
    void atIsOnlyForSpinalManipulationNotExtraspinal() {
        PricedLine line = line(price(visit(new ServiceToBill("98943", Optional.of(CMT_EXTRASPINAL), null,
                Set.of(BodyRegion.KNEE), Set.of(), List.of("M99.06"))), medicare()), "98943");
        assertFalse(line.modifiers().contains(Modifier.AT));
        assertFalse(has(line, WarningCode.NO_ACTIVE_PLAN));
    }

    // 25

    @Test
    void anOfficeVisitWithSpinalManipulationCarries25AndAReminderToDocumentIt() {
        PricedLine line = line(price(visit(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR),
                service(OFFICE_VISIT, null, "M54.50")), medicare()), "99213");
        assertEquals(List.of(Modifier.M25), line.modifiers());
        List<ChargeWarning> reminder = warnings(line, WarningCode.EVALUATION_DOCUMENTATION);
        assertEquals(1, reminder.size());
        assertTrue(reminder.get(0).getMessage().contains("99213"), reminder.get(0).getMessage());
    }

    @Test
    void anOfficeVisitWithExtraspinalManipulationCarries25Too() {
        PricedLine line = line(price(visit(new ServiceToBill("98943", Optional.of(CMT_EXTRASPINAL), null,
                Set.of(BodyRegion.KNEE), Set.of(), List.of("M99.06")), service(OFFICE_VISIT, null, "M54.50")),
                medicare()), "99213");
        assertEquals(List.of(Modifier.M25), line.modifiers());
        assertTrue(has(line, WarningCode.EVALUATION_DOCUMENTATION));
    }

    @Test
    void anOfficeVisitWithoutManipulationHasNo25() {
        PricedLine line = line(price(visit(service(OFFICE_VISIT, null, "M54.50"),
                therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.SHOULDER))), medicare()), "99213");
        assertTrue(line.modifiers().isEmpty(), line.modifiers().toString());
        assertFalse(has(line, WarningCode.EVALUATION_DOCUMENTATION));
    }

    // KX

    private static VisitToBill therapyVisit(LocalDate day, Money chargedBefore, ServiceToBill... services) {
        return new VisitToBill(day, Discipline.PHYSICAL_THERAPIST, List.of(services), false, true, null,
                chargedBefore);
    }

    @Test
    void therapyPastTheYearsThresholdCarriesKxOnEveryTherapyLineWithUnits() {
        // 2,400.00 before, 40.00 of therapy now (one unit of 97140) and 40.00 of evaluation: 2,480.00 > 2,410.00
        Priced priced = price(therapyVisit(DAY, Money.of("2400.00"),
                therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.SHOULDER)), service(PT_EVALUATION, null, "M54.50")),
                medicare());
        for (String code : List.of("97140", "97161")) {
            PricedLine line = line(priced, code);
            assertTrue(line.modifiers().contains(Modifier.KX), code + ": " + line.modifiers());
            String reason = reason(line, Modifier.KX);
            assertTrue(reason.contains("$2,480.00") && reason.contains("$2,410.00") && reason.contains("2025"),
                    reason);
        }
    }

    @Test
    void kxWhenThisVisitsOneTherapyLinePassesTheThreshold() {
        PricedLine line = line(price(therapyVisit(DAY, Money.of("2400.00"),
                therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.SHOULDER))), medicare()), "97140");
        assertEquals(List.of(Modifier.GP, Modifier.KX), line.modifiers());
        assertTrue(reason(line, Modifier.KX).contains("$2,440.00"), reason(line, Modifier.KX));
    }

    @Test
    void exactlyAtTheThresholdThereIsNoKx() {
        PricedLine line = line(price(therapyVisit(DAY, Money.of("2370.00"),
                therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.SHOULDER))), medicare()), "97140");
        assertFalse(line.modifiers().contains(Modifier.KX), "2,370 + 40 = 2,410: not past it");
        PricedLine oneCentMore = line(price(therapyVisit(DAY, Money.of("2370.01"),
                therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.SHOULDER))), medicare()), "97140");
        assertTrue(oneCentMore.modifiers().contains(Modifier.KX), "a cent past it");
    }

    @Test
    void noThresholdForTheYearMeansNoKx() {
        PricedLine line = line(price(therapyVisit(LocalDate.of(2026, 2, 3), Money.of("9000.00"),
                therapy(MANUAL_THERAPY, 15, Set.of(BodyRegion.SHOULDER))), medicare()), "97140");
        assertFalse(line.modifiers().contains(Modifier.KX), "2025's threshold does not apply in 2026");
    }

    @Test
    void manipulationOfficeVisitsAndTherapyWithoutUnitsNeverCarryKx() {
        Priced priced = price(therapyVisit(DAY, Money.of("5000.00"), manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR),
                service(OFFICE_VISIT, null, "M54.50"), therapy(MANUAL_THERAPY, 5, Set.of(BodyRegion.SHOULDER))),
                medicare());
        for (String code : List.of("98940", "99213", "97140")) {
            assertFalse(line(priced, code).modifiers().contains(Modifier.KX), code);
        }
        assertEquals(0, line(priced, "97140").units());
    }

    // warnings

    @Test
    void aLineWithoutADiagnosisHasAMissingPointerWarning() {
        PricedLine line = line(price(visit(service(MANUAL_THERAPY, 15)), medicare()), "97140");
        assertEquals(List.of(), line.pointers());
        List<ChargeWarning> missing = warnings(line, WarningCode.MISSING_POINTER);
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).getMessage().startsWith("97140 "), missing.get(0).getMessage());
        assertFalse(has(line(price(visit(service(MANUAL_THERAPY, 15, "M54.50")), medicare()), "97140"),
                WarningCode.MISSING_POINTER));
    }

    @Test
    void anInvalidDiagnosisWarnsOnEachLinePointingToItWithTheCodeSetsMessage() {
        String deleted = "M54.5 was deleted from ICD-10-CM on 2021-10-01; use M54.50, M54.51 or M54.59.";
        Lookup lookup = ChargeRules.lookup(code -> code.equals("M54.5") ? Optional.of(deleted) : Optional.empty(),
                code -> Optional.of(Money.of("40.00")));
        Priced priced = ChargeRules.price(visit(service(MANUAL_THERAPY, 15, "M54.5"),
                service(CMT_ONE_TWO, null, "M99.03", "M54.5"), service(OFFICE_VISIT, null, "M99.03")), medicare(),
                lookup);
        for (String code : List.of("97140", "98940")) {
            List<ChargeWarning> invalid = warnings(line(priced, code), WarningCode.INVALID_DIAGNOSIS);
            assertEquals(List.of(new ChargeWarning(WarningCode.INVALID_DIAGNOSIS, deleted)), invalid, code);
        }
        assertFalse(has(line(priced, "99213"), WarningCode.INVALID_DIAGNOSIS), "points only to a valid code");
    }

    @Test
    void noFeeInTheScheduleWarnsAndPricesTheLineAtZero() {
        Lookup noFeeFor97140 = ChargeRules.lookup(code -> Optional.empty(),
                code -> code.equals("97140") ? Optional.empty() : Optional.of(Money.of("40.00")));
        Priced priced = ChargeRules.price(visit(service(MANUAL_THERAPY, 30, "M54.50"),
                service(CMT_ONE_TWO, null, "M54.50")), commercial(UnitRule.PER_SERVICE, false, true), noFeeFor97140);
        PricedLine line = line(priced, "97140");
        assertEquals(2, line.units(), "the units still count");
        assertEquals(Money.ZERO, line.unitFee());
        assertEquals(Money.ZERO, line.amount());
        List<ChargeWarning> noFee = warnings(line, WarningCode.NO_FEE);
        assertEquals(1, noFee.size());
        assertTrue(noFee.get(0).getMessage().contains("Acme Health") && noFee.get(0).getMessage().contains(
                DAY.toString()), noFee.get(0).getMessage());
        assertFalse(has(line(priced, "98940"), WarningCode.NO_FEE));
    }

    @Test
    void aCodeNotInTheCodeSetWarnsAsUnknown() {
        Priced priced = price(visit(new ServiceToBill("97999", Optional.empty(), null, Set.of(), Set.of(),
                List.of("M54.50")), service(MANUAL_THERAPY, 15, "M54.50")), medicare());
        List<ChargeWarning> unknown = warnings(line(priced, "97999"), WarningCode.UNKNOWN_CODE);
        assertEquals(1, unknown.size());
        assertTrue(unknown.get(0).getMessage().startsWith("97999 is not in the code set in effect on " + DAY),
                unknown.get(0).getMessage());
        assertFalse(has(line(priced, "97140"), WarningCode.UNKNOWN_CODE));
    }

    @Test
    void aVisitPastTheAuthorizedVisitsWarnsOnce() {
        VisitToBill thirteenth = new VisitToBill(DAY, Discipline.CHIROPRACTOR,
                List.of(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR), service(MANUAL_THERAPY, 15, "M54.50")),
                false, true, new Authorization(12, 13), Money.ZERO);
        Priced priced = price(thirteenth, commercial(UnitRule.PER_SERVICE, false, true));
        List<ChargeWarning> used = priced.lines().stream().flatMap(l -> l.warnings().stream())
                .filter(w -> w.getCode() == WarningCode.AUTHORIZATION_USED_UP).toList();
        assertEquals(1, used.size(), "one warning for the visit");
        assertTrue(used.get(0).getMessage().contains("visit 13 of the 12"), used.get(0).getMessage());
        assertTrue(has(priced.lines().get(0), WarningCode.AUTHORIZATION_USED_UP), "on the first line");
    }

    @Test
    void theLastAuthorizedVisitAndSelfPayHaveNoAuthorizationWarning() {
        VisitToBill twelfth = new VisitToBill(DAY, Discipline.CHIROPRACTOR,
                List.of(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR)), false, true, new Authorization(12, 12),
                Money.ZERO);
        assertFalse(has(price(twelfth, commercial(UnitRule.PER_SERVICE, false, true)).lines().get(0),
                WarningCode.AUTHORIZATION_USED_UP));
        VisitToBill thirteenth = new VisitToBill(DAY, Discipline.CHIROPRACTOR,
                List.of(manipulation(CMT_ONE_TWO, SpinalRegion.LUMBAR)), false, true, new Authorization(12, 13),
                Money.ZERO);
        assertFalse(has(price(thirteenth, selfPay()).lines().get(0), WarningCode.AUTHORIZATION_USED_UP),
                "the patient pays: no payer limit");
    }

    @Test
    void artChartedWithoutManualTherapyMinutesAddsAFlaggedManualTherapyLine() {
        VisitToBill art = new VisitToBill(DAY, Discipline.CHIROPRACTOR,
                List.of(manipulation(CMT_ONE_TWO, SpinalRegion.CERVICAL)), true, true, null, Money.ZERO);
        Priced priced = price(art, medicare());
        PricedLine line = line(priced, "97140");
        assertEquals(0, line.units());
        assertEquals(Money.ZERO, line.amount());
        assertEquals(1, warnings(line, WarningCode.ART_WITHOUT_MINUTES).size());
        assertFalse(has(line, WarningCode.UNKNOWN_CODE), "97140 is a real code, only its minutes are missing");
        assertFalse(has(line, WarningCode.UNDER_EIGHT_MINUTES), "the ART warning says what to do");
        assertEquals(Map.of("98940", 1, "97140", 0), units(priced));
    }

    @Test
    void artChartedWithManualTherapyMinutesBillsThemAndAddsNoLine() {
        VisitToBill art = new VisitToBill(DAY, Discipline.CHIROPRACTOR,
                List.of(therapy(MANUAL_THERAPY, 23, Set.of(BodyRegion.SHOULDER))), true, true, null, Money.ZERO);
        Priced priced = price(art, commercial(UnitRule.PER_SERVICE, false, true));
        assertEquals(Map.of("97140", 2), units(priced));
        assertFalse(has(line(priced, "97140"), WarningCode.ART_WITHOUT_MINUTES));
    }

    // diagnoses and pointers

    @Test
    void theVisitsDiagnosesAreTheDistinctCodesInTheOrderFirstChartedAndPointersArePositionsFromOne() {
        Priced priced = price(visit(service(CMT_ONE_TWO, null, "M99.03", "M54.50"),
                service(MANUAL_THERAPY, 15, "M75.41", "M54.50"), service(OFFICE_VISIT, null, "M54.50")), medicare());
        assertEquals(List.of("M99.03", "M54.50", "M75.41"), priced.diagnoses());
        assertEquals(List.of(1, 2), line(priced, "98940").pointers());
        assertEquals(List.of(3, 2), line(priced, "97140").pointers(), "in the line's own order");
        assertEquals(List.of(2), line(priced, "99213").pointers());
    }

    @Test
    void aLinePointsToAtMostFourDiagnoses() {
        Priced priced = price(visit(
                service(MANUAL_THERAPY, 10, "M54.50", "M54.2", "M75.41", "M77.11"),
                service(MANUAL_THERAPY, 10, "S76.011A", "M79.1")), medicare());
        assertEquals(List.of("M54.50", "M54.2", "M75.41", "M77.11", "S76.011A", "M79.1"), priced.diagnoses());
        assertEquals(List.of(1, 2, 3, 4), line(priced, "97140").pointers());
    }

    @Test
    void aClaimHoldsTwelveDiagnosesAndSaysWhenMoreWereLeftOff() {
        List<ServiceToBill> services = new ArrayList<>();
        ProcedureCode[] codes = {MANUAL_THERAPY, EXERCISE, NEURO_RE_EDUCATION, timed("97116", "Gait training"),
            timed("97530", "Therapeutic activities"), timed("97035", "Ultrasound"), timed("97124", "Massage")};
        String[] diagnoses = {"M54.50", "M54.2", "M75.41", "M77.11", "S76.011A", "M79.1", "M62.830", "M25.511",
            "M25.551", "M79.604", "G44.209", "M53.3", "M99.01", "M99.03"};
        for (int i = 0; i < codes.length; i++) {
            services.add(service(codes[i], 8, diagnoses[2 * i], diagnoses[2 * i + 1]));
        }
        Priced priced = price(visit(Discipline.PHYSICAL_THERAPIST, services.toArray(ServiceToBill[]::new)),
                commercial(UnitRule.PER_SERVICE, false, true));
        assertEquals(List.of(diagnoses).subList(0, 12), priced.diagnoses());
        assertTrue(has(priced.lines().get(0), WarningCode.TOO_MANY_DIAGNOSES));
        assertEquals(List.of(11, 12), line(priced, "97035").pointers());
        assertEquals(List.of(), line(priced, "97124").pointers(), "its diagnoses were left off the claim");
        assertTrue(has(line(priced, "97124"), WarningCode.MISSING_POINTER));
    }
}
