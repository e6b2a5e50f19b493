package org.artclinic.clinic.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import org.artclinic.clinic.patient.PatientSearch.BirthDate;
import org.artclinic.clinic.patient.PatientSearch.ChartNumber;
import org.artclinic.clinic.patient.PatientSearch.Everyone;
import org.artclinic.clinic.patient.PatientSearch.FamilyAndGiven;
import org.artclinic.clinic.patient.PatientSearch.Name;
import org.artclinic.clinic.patient.PatientSearch.Nobody;
import org.artclinic.clinic.patient.PatientSearch.Phone;
import org.artclinic.clinic.patient.PatientSearch.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PatientSearchTest {

    @ParameterizedTest
    @ValueSource(strings = {"p1042", "P1042", " P1042 "})
    void aChartNumberIsLookedUpExactlyInUpperCase(String typed) {
        assertEquals(new ChartNumber("P1042"), PatientSearch.parse(typed, "US"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1985-03-14", "03/14/1985", "3/14/1985"})
    void aBirthDateInIsoOrUsFormIsASearchByBirthDate(String typed) {
        assertEquals(new BirthDate(LocalDate.of(1985, 3, 14)), PatientSearch.parse(typed, "US"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2/30/2020", "02/31/2021", "13/01/1985", "14/03/1985"})
    void anImpossibleDateIsNotTurnedIntoAnotherDay(String typed) {
        // 2/30/2020 must not quietly become 29 February and list the patients born that day
        PatientSearch search = PatientSearch.parse(typed, "US");
        assertFalse(search instanceof BirthDate, search.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 312 555 0100", "(312) 555-0100", "312.555.0100", "312-555-0100", "3125550100",
            "1 312 555 0100", "+1 (312) 555-0100"})
    void aWholePhoneNumberIsLookedUpInItsE164FormHoweverItIsWritten(String typed) {
        PatientSearch search = PatientSearch.parse(typed, "US");
        assertEquals("+13125550100", ((Phone) search).e164());
    }

    @Test
    void aWholePhoneNumberKeepsItsTypedDigitsForPhonesSavedBeforeNormalizing() {
        assertEquals(new Phone("+13125550100", "3125550100"), PatientSearch.parse("(312) 555-0100", "US"));
    }

    @Test
    void aWholeNumberWithoutCountryCodeBelongsToTheClinicsRegion() {
        assertEquals("+442079460958", ((Phone) PatientSearch.parse("020 7946 0958", "GB")).e164());
        assertEquals("+442079460958", ((Phone) PatientSearch.parse("+44 20 7946 0958", "US")).e164());
    }

    @Test
    void theBeginningOfAnInternationalNumberIsABeginningOfTheE164Form() {
        assertEquals(new Phone("+1312555", "1312555"), PatientSearch.parse("+1 312 555", "US"));
    }

    @Test
    void anyOtherBeginningOfANumberIsABeginningOfTheTypedDigitsOnly() {
        assertEquals(new Phone(null, "5550100"), PatientSearch.parse("555 0100", "US"));
        assertEquals(new Phone(null, "555010"), PatientSearch.parse("555.010", "US"));
        assertEquals(new Phone(null, "55501020"), PatientSearch.parse("(555) 010-20", "US"));
    }

    @Test
    void aSingleWordIsAPrefixOfTheFamilyOrTheGivenName() {
        assertEquals(new Name("smi"), PatientSearch.parse("Smi", "US"));
    }

    @Test
    void accentsAndApostrophesInTheSearchAreIgnoredLikeInTheStoredNames() {
        assertEquals(new Name("zoe"), PatientSearch.parse("Zoë", "US"));
        assertEquals(new Name("oneil"), PatientSearch.parse("O'Neil", "US"));
    }

    @Test
    void twoWordsFindGivenThenFamilyOrTheOtherWayRound() {
        assertEquals(new Words("jo", "smi"), PatientSearch.parse("jo smi", "US"));
    }

    @Test
    void twoWordsAlsoFindADoubleFamilyName() {
        // "van der" must still find "van der Berg", stored as one family name with spaces
        assertEquals("van der", ((Words) PatientSearch.parse("van  der", "US")).whole());
    }

    @Test
    void familyCommaGivenSearchesEachNameInItsColumn() {
        assertEquals(new FamilyAndGiven("smith", "jo"), PatientSearch.parse("Smith, Jo", "US"));
    }

    @Test
    void aCommaWithOnlyOneSideIsASearchForThatName() {
        assertEquals(new Name("smith"), PatientSearch.parse("Smith,", "US"));
        assertEquals(new Name("jo"), PatientSearch.parse(", Jo", "US"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nothingTypedListsEveryone(String typed) {
        assertEquals(new Everyone(), PatientSearch.parse(typed, "US"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "''", ",", ", ,", "?!", "-- --", "...", "()"})
    void punctuationOnlyFindsNobody(String typed) {
        assertEquals(new Nobody(), PatientSearch.parse(typed, "US"));
    }

    @Test
    void wildcardsTypedByTheUserAreNotPartOfTheName() {
        assertEquals(new Name("smi"), PatientSearch.parse("smi%", "US"));
        assertEquals(new Name("jo"), PatientSearch.parse("j_o", "US"));
    }
}
