package org.artclinic.clinic.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PatientSearchTest {

    @ParameterizedTest
    @ValueSource(strings = {"p1042", "P1042", " P1042 "})
    void aChartNumberIsLookedUpExactlyInUpperCase(String typed) {
        PatientSearch search = PatientSearch.parse(typed, "US");
        assertEquals("p.chartNumber = :chart", search.where());
        assertEquals(Map.of("chart", "P1042"), search.parameters());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1985-03-14", "03/14/1985", "3/14/1985"})
    void aBirthDateInIsoOrUsFormIsASearchByBirthDate(String typed) {
        PatientSearch search = PatientSearch.parse(typed, "US");
        assertEquals("p.birthDate = :birthDate", search.where());
        assertEquals(Map.of("birthDate", LocalDate.of(1985, 3, 14)), search.parameters());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2/30/2020", "02/31/2021", "13/01/1985", "14/03/1985"})
    void anImpossibleDateIsNotTurnedIntoAnotherDay(String typed) {
        // 2/30/2020 must not quietly become 29 February and list the patients born that day
        PatientSearch search = PatientSearch.parse(typed, "US");
        assertFalse(search.parameters().containsKey("birthDate"), search.parameters().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 312 555 0100", "(312) 555-0100", "312.555.0100", "312-555-0100", "3125550100",
            "1 312 555 0100", "+1 (312) 555-0100"})
    void aWholePhoneNumberIsLookedUpInItsE164FormHoweverItIsWritten(String typed) {
        PatientSearch search = PatientSearch.parse(typed, "US");
        assertEquals("p.phoneE164 LIKE :phone ESCAPE '\\'", search.where());
        assertEquals(Map.of("phone", "+13125550100%"), search.parameters());
    }

    @Test
    void aWholeNumberWithoutCountryCodeBelongsToTheClinicsRegion() {
        assertEquals(Map.of("phone", "+442079460958%"), PatientSearch.parse("020 7946 0958", "GB").parameters());
        assertEquals(Map.of("phone", "+442079460958%"), PatientSearch.parse("+44 20 7946 0958", "US").parameters());
    }

    @Test
    void theBeginningOfAnInternationalNumberIsABeginningOfTheE164Form() {
        PatientSearch search = PatientSearch.parse("+1 312 555", "US");
        assertEquals("p.phoneE164 LIKE :phone ESCAPE '\\'", search.where());
        assertEquals(Map.of("phone", "+1312555%"), search.parameters());
    }

    @Test
    void anyOtherBeginningOfANumberIsAPrefixSearchOnTheTypedDigits() {
        PatientSearch search = PatientSearch.parse("555 0100", "US");
        assertEquals("p.phoneDigits LIKE :phone ESCAPE '\\'", search.where());
        assertEquals(Map.of("phone", "5550100%"), search.parameters());
        assertEquals(Map.of("phone", "555010%"), PatientSearch.parse("555.010", "US").parameters());
        assertEquals(Map.of("phone", "55501020%"), PatientSearch.parse("(555) 010-20", "US").parameters());
    }

    @Test
    void aSingleWordIsAPrefixOfTheFamilyOrTheGivenName() {
        PatientSearch search = PatientSearch.parse("Smi", "US");
        assertEquals("(p.searchFamily LIKE :name ESCAPE '\\' OR p.searchGiven LIKE :name ESCAPE '\\')", search.where());
        assertEquals(Map.of("name", "smi%"), search.parameters());
    }

    @Test
    void accentsAndApostrophesInTheSearchAreIgnoredLikeInTheStoredNames() {
        assertEquals(Map.of("name", "zoe%"), PatientSearch.parse("Zoë", "US").parameters());
        assertEquals(Map.of("name", "oneil%"), PatientSearch.parse("O'Neil", "US").parameters());
    }

    @Test
    void twoWordsFindGivenThenFamilyOrTheOtherWayRound() {
        PatientSearch search = PatientSearch.parse("jo smi", "US");
        assertTrue(search.where().contains("(p.searchGiven LIKE :first ESCAPE '\\' AND p.searchFamily LIKE :rest"),
                search.where());
        assertTrue(search.where().contains("(p.searchFamily LIKE :first ESCAPE '\\' AND p.searchGiven LIKE :rest"),
                search.where());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("first", "jo%");
        expected.put("rest", "smi%");
        expected.put("whole", "jo smi%");
        assertEquals(expected, search.parameters());
    }

    @Test
    void twoWordsAlsoFindADoubleFamilyName() {
        // "van der" must still find "van der Berg", stored as one family name with spaces
        PatientSearch search = PatientSearch.parse("van der", "US");
        assertTrue(search.where().contains("p.searchFamily LIKE :whole"), search.where());
        assertEquals("van der%", search.parameters().get("whole"));
    }

    @Test
    void familyCommaGivenSearchesEachNameInItsColumn() {
        PatientSearch search = PatientSearch.parse("Smith, Jo", "US");
        assertEquals("p.searchFamily LIKE :family ESCAPE '\\' AND p.searchGiven LIKE :given ESCAPE '\\'",
                search.where());
        assertEquals(Map.of("family", "smith%", "given", "jo%"), search.parameters());
    }

    @Test
    void aCommaWithOnlyOneSideIsASearchForThatName() {
        assertEquals(Map.of("name", "smith%"), PatientSearch.parse("Smith,", "US").parameters());
        assertEquals(Map.of("name", "jo%"), PatientSearch.parse(", Jo", "US").parameters());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nothingTypedListsEveryone(String typed) {
        PatientSearch search = PatientSearch.parse(typed, "US");
        assertEquals("1 = 1", search.where());
        assertTrue(search.parameters().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "''", ",", ", ,", "?!", "-- --", "...", "()"})
    void punctuationOnlyFindsNobody(String typed) {
        PatientSearch search = PatientSearch.parse(typed, "US");
        assertEquals("1 = 0", search.where());
        assertTrue(search.parameters().isEmpty());
    }

    @Test
    void wildcardsTypedByTheUserAreNotWildcards() {
        assertEquals(Map.of("name", "smi%"), PatientSearch.parse("smi%", "US").parameters());
        assertEquals(Map.of("name", "jo%"), PatientSearch.parse("j_o", "US").parameters());
    }

    @Test
    void bindSetsEveryParameterOnTheQuery() {
        Map<String, Object> bound = new LinkedHashMap<>();
        Query query = (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args.length == 2 && args[0] instanceof String name) {
                        bound.put(name, args[1]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        PatientSearch.parse("Smith, Jo", "US").bind(query);
        assertEquals(Map.of("family", "smith%", "given", "jo%"), bound);
    }
}
