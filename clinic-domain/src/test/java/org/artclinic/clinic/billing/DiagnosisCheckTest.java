package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The billable check of a diagnosis for a date of service (ICD-10-CM guidelines I.A.2 and I.B.1, and
 * the code set in effect on the date: M54.5 split on 2021-10-01), as the code set would answer it.
 */
class DiagnosisCheckTest {

    private static final LocalDate ICD_START = LocalDate.of(2015, 10, 1);
    private static final LocalDate SPLIT = LocalDate.of(2021, 10, 1);
    private static final LocalDate DAY_2026 = LocalDate.of(2026, 3, 10);

    private static DiagnosisCode billable(String code) {
        return new DiagnosisCode(code, true, "Billable " + code, ICD_START, null);
    }

    private static DiagnosisCode category(String code) {
        return new DiagnosisCode(code, false, "Category " + code, ICD_START, null);
    }

    private static DiagnosisCode lowBackPainBefore2021() {
        return new DiagnosisCode("M54.5", true, "Low back pain", ICD_START, SPLIT.minusDays(1));
    }

    private static List<DiagnosisCode> lowBackPainSince2021() {
        return List.of(new DiagnosisCode("M54.50", true, "Low back pain, unspecified", SPLIT, null),
                new DiagnosisCode("M54.51", true, "Vertebrogenic low back pain", SPLIT, null),
                new DiagnosisCode("M54.59", true, "Other low back pain", SPLIT, null));
    }

    private static Optional<String> problem(String entered, LocalDate day, DiagnosisCode found,
            List<DiagnosisCode> under) {
        return DiagnosisCheck.problem(entered, day, Optional.ofNullable(found), under);
    }

    @Test
    void aBillableCodeInEffectOnTheDateOfServiceHasNoProblem() {
        assertEquals(Optional.empty(), problem("M54.2", DAY_2026, billable("M54.2"), List.of()));
        assertEquals(Optional.empty(), problem(" m75.41 ", DAY_2026, billable("M75.41"), List.of()),
                "typed in lower case with blanks around it");
    }

    @Test
    void aCodeOfTheWrongShapeIsRefusedWithAnExampleOfTheRightShape() {
        for (String entered : new String[] {"M5", "12.3", "", "   ", "M54.12345"}) {
            String message = problem(entered, DAY_2026, null, List.of()).orElseThrow(() -> new AssertionError(entered));
            assertTrue(message.contains("is not an ICD-10-CM code"), entered + ": " + message);
            assertTrue(message.contains("M54.2") && message.contains("S76.011A"), message);
            assertTrue(message.startsWith("\"" + entered.strip() + "\""), "quotes what was typed: " + message);
        }
        assertTrue(problem(null, DAY_2026, null, List.of()).orElseThrow().contains("is not an ICD-10-CM code"));
    }

    @Test
    void aCodeTypedWithoutTheDotIsReadWithIt() {
        assertEquals("M54.50", DiagnosisCode.checkedCode("M5450"));
        assertEquals("S76.011A", DiagnosisCode.checkedCode("s76011a"));
        assertEquals(Optional.empty(), problem("M5450", DAY_2026, lowBackPainSince2021().get(0), List.of()));
        String unknown = problem("M5450", DAY_2026, null, List.of()).orElseThrow();
        assertTrue(unknown.startsWith("M54.50 "), "the message names the code with its dot: " + unknown);
    }

    @Test
    void aCategoryNamesTheCodesUnderItThatNeedMoreCharacters() {
        // M75.4 impingement syndrome of shoulder: M75.40 unspecified, M75.41 right, M75.42 left
        String message = problem("M75.4", DAY_2026, category("M75.4"),
                List.of(billable("M75.40"), billable("M75.41"), billable("M75.42"))).orElseThrow();
        assertTrue(message.startsWith("M75.4 is not billable as entered"), message);
        assertTrue(message.contains("more characters"), message);
        assertFalse(message.contains("7th character"), message);
        assertTrue(message.contains("M75.40") && message.contains("M75.41") && message.contains("M75.42"), message);
    }

    @Test
    void anInjuryCodeWithoutItsSeventhCharacterSaysSoAndNamesTheEncounters() {
        // S76.011 strain of the right hip muscle: A initial, D subsequent encounter, S sequela
        String message = problem("S76.011", DAY_2026, category("S76.011"),
                List.of(billable("S76.011A"), billable("S76.011D"), billable("S76.011S"))).orElseThrow();
        assertTrue(message.contains("needs a 7th character"), message);
        assertTrue(message.contains("A initial encounter") && message.contains("D subsequent encounter")
                && message.contains("S sequela"), message);
        assertTrue(message.contains("S76.011A, S76.011D, S76.011S"), message);
    }

    @Test
    void aCodeTwoCharactersShortOfAnInjuryCodeNeedsMoreThanTheSeventh() {
        String message = problem("S76.01", DAY_2026, category("S76.01"),
                List.of(category("S76.011"), billable("S76.011A"), billable("S76.011D"))).orElseThrow();
        assertTrue(message.contains("more characters"), message);
        assertFalse(message.contains("7th character"), message);
        assertFalse(message.contains("S76.011,"), "the category under it is not offered: " + message);
    }

    @Test
    void m545AfterTheSplitWasDeletedAndTheNewCodesAreNamed() {
        String message = problem("M54.5", DAY_2026, lowBackPainBefore2021(), lowBackPainSince2021()).orElseThrow();
        assertTrue(message.contains("M54.5 was deleted from ICD-10-CM on 2021-10-01"), message);
        assertTrue(message.contains("M54.50, M54.51 or M54.59"), message);
        assertTrue(problem("M54.5", SPLIT, lowBackPainBefore2021(), lowBackPainSince2021()).orElseThrow()
                .contains("deleted"), "the first day of the new codes");
    }

    @Test
    void aDeletedCodeWithNothingInEffectUnderItSaysOnlyThatItWasDeleted() {
        String message = problem("M54.5", DAY_2026, lowBackPainBefore2021(), List.of()).orElseThrow();
        assertEquals("M54.5 was deleted from ICD-10-CM on 2021-10-01.", message);
    }

    @Test
    void m545BeforeTheSplitIsBillable() {
        assertEquals(Optional.empty(),
                problem("M54.5", LocalDate.of(2021, 6, 1), lowBackPainBefore2021(), lowBackPainSince2021()));
        assertEquals(Optional.empty(),
                problem("M54.5", SPLIT.minusDays(1), lowBackPainBefore2021(), lowBackPainSince2021()),
                "its last day");
    }

    @Test
    void aCodeNotYetInEffectIsRefusedWithTheDateItStarts() {
        String message = problem("M54.50", LocalDate.of(2021, 6, 1), lowBackPainSince2021().get(0), List.of())
                .orElseThrow();
        assertTrue(message.contains("M54.50 takes effect on 2021-10-01"), message);
        assertTrue(message.contains("2021-06-01"), message);
        assertEquals(Optional.empty(), problem("M54.50", SPLIT, lowBackPainSince2021().get(0), List.of()),
                "on its first day it is billable");
    }

    @Test
    void aCodeMissingFromTheSetButWithCodesUnderItNamesThem() {
        String message = problem("M75.4", DAY_2026, null, List.of(billable("M75.41"), billable("M75.42")))
                .orElseThrow();
        assertTrue(message.contains("needs more characters"), message);
        assertTrue(message.contains("M75.41") && message.contains("M75.42"), message);
    }

    @Test
    void anUnknownCodeWithNothingUnderItAsksToCheckItOrImportTheUpdate() {
        String message = problem("Z99.9", DAY_2026, null, List.of()).orElseThrow();
        assertTrue(message.startsWith("Z99.9 is not in the clinic's ICD-10-CM code set"), message);
        assertTrue(message.contains("import"), message);
    }

    @Test
    void onlyBillableCodesInEffectOnTheDateAreOffered() {
        DiagnosisCode closed = new DiagnosisCode("M75.49", true, "Closed", ICD_START, SPLIT.minusDays(1));
        DiagnosisCode future = new DiagnosisCode("M75.48", true, "Future", LocalDate.of(2030, 10, 1), null);
        String message = problem("M75.4", DAY_2026, category("M75.4"),
                List.of(billable("M75.41"), future, closed)).orElseThrow();
        assertTrue(message.contains("M75.41"), message);
        assertFalse(message.contains("M75.48") || message.contains("M75.49"), message);

        String none = problem("M75.4", DAY_2026, category("M75.4"), List.of(future, closed)).orElseThrow();
        assertTrue(none.contains("is a category, not billable on its own"), none);
        assertTrue(none.contains("no code under it in effect on " + DAY_2026), none);
    }

    @Test
    void aLongListNamesSixAndCountsTheRest() {
        List<DiagnosisCode> under = new ArrayList<>();
        for (String last : new String[] {"0", "1", "2", "3", "4", "5", "6", "7"}) {
            under.add(billable("M79.6" + last));
        }
        String message = problem("M79.6", DAY_2026, category("M79.6"), under).orElseThrow();
        assertTrue(message.contains("M79.60, M79.61, M79.62, M79.63, M79.64, M79.65"), message);
        assertFalse(message.contains("M79.66") || message.contains("M79.67"), message);
        assertTrue(message.contains("(and 2 more)"), message);

        String six = problem("M79.6", DAY_2026, category("M79.6"), under.subList(0, 6)).orElseThrow();
        assertFalse(six.contains("more)"), "six are all named: " + six);
    }
}
