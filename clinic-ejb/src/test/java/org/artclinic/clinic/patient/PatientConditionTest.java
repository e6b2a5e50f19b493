package org.artclinic.clinic.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

import org.junit.jupiter.api.Test;

/** Each kind of patient search becomes a condition on its indexed column, with the user's text bound, never spliced. */
class PatientConditionTest {

    @Test
    void aChartNumberIsAnEqualChartNumber() {
        PatientCondition condition = PatientCondition.of(" p1042 ", "US");
        assertEquals("p.chartNumber = :chart", condition.where());
        assertEquals(Map.of("chart", "P1042"), condition.parameters());
    }

    @Test
    void aBirthDateIsAnEqualBirthDate() {
        PatientCondition condition = PatientCondition.of("03/14/1985", "US");
        assertEquals("p.birthDate = :birthDate", condition.where());
        assertEquals(Map.of("birthDate", LocalDate.of(1985, 3, 14)), condition.parameters());
    }

    @Test
    void aWholePhoneNumberIsABeginningOfTheE164FormThenOfTheTypedDigits() {
        PatientCondition condition = PatientCondition.of("(312) 555-0100", "US");
        assertEquals("p.phoneE164 LIKE :phone ESCAPE '\\'", condition.where());
        assertEquals(Map.of("phone", "+13125550100%"), condition.parameters());
        assertEquals("p.phoneDigits LIKE :phone ESCAPE '\\'", condition.fallback().where());
        assertEquals(Map.of("phone", "3125550100%"), condition.fallback().parameters());
    }

    @Test
    void aBeginningWithoutCountryIsABeginningOfTheTypedDigitsWithNothingToFallBackTo() {
        PatientCondition condition = PatientCondition.of("555 0100", "US");
        assertEquals("p.phoneDigits LIKE :phone ESCAPE '\\'", condition.where());
        assertEquals(Map.of("phone", "5550100%"), condition.parameters());
        assertNull(condition.fallback());
    }

    @Test
    void aSingleWordIsAPrefixOfTheFamilyOrTheGivenName() {
        PatientCondition condition = PatientCondition.of("Smi", "US");
        assertEquals("((p.searchFamily LIKE :name ESCAPE '\\') OR (p.searchGiven LIKE :name ESCAPE '\\'))", condition.where());
        assertEquals(Map.of("name", "smi%"), condition.parameters());
        assertEquals(List.of("p.searchFamily LIKE :name ESCAPE '\\'", "p.searchGiven LIKE :name ESCAPE '\\'"),
                condition.alternatives().stream().map(PatientCondition::where).toList(),
                "each name on its own, so each is one index range in name order");
    }

    @Test
    void twoWordsAreGivenThenFamilyTheOtherWayRoundOrOneNameWithASpace() {
        PatientCondition condition = PatientCondition.of("jo smi", "US");
        assertTrue(condition.where().contains("(p.searchGiven LIKE :first ESCAPE '\\' AND p.searchFamily LIKE :rest"),
                condition.where());
        assertTrue(condition.where().contains("(p.searchFamily LIKE :first ESCAPE '\\' AND p.searchGiven LIKE :rest"),
                condition.where());
        assertTrue(condition.where().contains("p.searchFamily LIKE :whole"), condition.where());
        assertEquals(4, condition.alternatives().size(), "given-family, family-given, and the whole as either name");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("first", "jo%");
        expected.put("rest", "smi%");
        expected.put("whole", "jo smi%");
        assertEquals(expected, condition.parameters());
    }

    @Test
    void familyCommaGivenSearchesEachNameInItsColumn() {
        PatientCondition condition = PatientCondition.of("Smith, Jo", "US");
        assertEquals("p.searchFamily LIKE :family ESCAPE '\\' AND p.searchGiven LIKE :given ESCAPE '\\'",
                condition.where());
        assertEquals(Map.of("family", "smith%", "given", "jo%"), condition.parameters());
    }

    @Test
    void nothingTypedIsEveryoneAndPunctuationIsNobody() {
        assertEquals("1 = 1", PatientCondition.of("  ", "US").where());
        assertEquals("1 = 0", PatientCondition.of("?!", "US").where());
        assertTrue(PatientCondition.of("?!", "US").parameters().isEmpty());
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
        PatientCondition.of("Smith, Jo", "US").bind(query);
        assertEquals(Map.of("family", "smith%", "given", "jo%"), bound);
    }
}
