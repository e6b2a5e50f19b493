package org.artclinic.clinic.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest(name = "\"{0}\" is searched as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Zoë           | zoe",
        "ZOË           | zoe",
        "José          | jose",
        "François      | francois",
        "Müller        | muller",
        "Søren         | soren",
        "Łukasz        | lukasz",
        "Straße        | strasse",
        "O'Neil        | oneil",
        "O’Neil        | oneil",
        "D'Angelo-Ruiz | dangelo ruiz",
        "Smith-Jones   | smith jones",
        "Mary  Ann     | mary ann",
        "' Zoë  O'Neil '| zoe oneil",
        "St. John      | st john",
        "Henry VIII    | henry viii",
        "Jo 2          | jo 2"})
    void namesAreStoredWithoutCaseAccentsOrPunctuation(String typed, String stored) {
        assertEquals(stored, SearchText.name(typed));
    }

    @Test
    void aReceptionistTypingWithoutAccentsFindsTheAccentedName() {
        assertEquals(SearchText.name("Zoë O'Neil"), SearchText.name("zoe oneil"));
    }

    @Test
    void nothingTypedIsAnEmptySearchName() {
        assertEquals("", SearchText.name(null));
        assertEquals("", SearchText.name("   "));
        assertEquals("", SearchText.name("'-.,"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(555) 010-2030     | 5550102030",
        "555.010.2030       | 5550102030",
        "555 010 2030       | 5550102030",
        "+1 555-010-2030    | 15550102030",
        "555-010-2030 x12   | 555010203012"})
    void phoneNumbersAreStoredAsTheirDigits(String typed, String digits) {
        assertEquals(digits, SearchText.digits(typed));
    }

    @Test
    void differentlyFormattedPhoneNumbersHaveTheSameDigits() {
        assertEquals(SearchText.digits("(555) 010-2030"), SearchText.digits("555.010.2030"));
        assertEquals("", SearchText.digits(null));
    }

    @Test
    void percentAndUnderscoreInUserInputAreMatchedLiterally() {
        assertEquals("smi%", SearchText.likePrefix("smi"));
        assertEquals("50\\%%", SearchText.likePrefix("50%"));
        assertEquals("a\\_b%", SearchText.likePrefix("a_b"));
        assertEquals("a\\\\b%", SearchText.likePrefix("a\\b"));
        assertEquals("%", SearchText.likePrefix(""));
    }
}
