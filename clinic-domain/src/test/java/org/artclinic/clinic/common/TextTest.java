package org.artclinic.clinic.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void optionalTextIsTrimmedAndBlankBecomesNothing() {
        assertEquals("Latex allergy", Text.optional("  Latex allergy \n", 500, "Alerts"));
        assertNull(Text.optional("   ", 500, "Alerts"));
        assertNull(Text.optional(null, 500, "Alerts"));
    }

    @Test
    void tooLongTextNamesTheFieldAndTheLimit() {
        assertEquals("Occupation has at most 5 characters.",
                assertThrows(DomainException.class, () -> Text.optional("Carpenter", 5, "Occupation")).getMessage());
        assertEquals("Nurse", Text.optional(" Nurse ", 5, "Occupation"), "the limit applies after trimming");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void requiredTextNamesTheMissingField(String typed) {
        assertEquals("The given name is required.",
                assertThrows(DomainException.class, () -> Text.required(typed, 80, "The given name")).getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "jane@example.com,          jane@example.com",
        "' Jane.Doe@Example.COM ',  jane.doe@example.com",
        "j.o'neil+clinic@mail.co.uk, j.o'neil+clinic@mail.co.uk"})
    void emailAddressesAreKeptInLowerCase(String typed, String stored) {
        assertEquals(stored, Text.optionalEmail(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane", "jane@", "@example.com", "jane@example", "jane.example.com", "jane doe@example.com",
        "jane@@example.com", "jane@exa@mple.com"})
    void somethingThatIsNotAnEmailAddressIsRefusedAndQuoted(String typed) {
        assertEquals("\"" + typed + "\" is not an email address.",
                assertThrows(DomainException.class, () -> Text.optionalEmail(typed)).getMessage());
    }

    @Test
    void noEmailIsFine() {
        assertNull(Text.optionalEmail(null));
        assertNull(Text.optionalEmail("  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(555) 010-2030", "555.010.2030", "+1 555 010 2030", "555-010-2030 x12", "5550102",
        "+44 20 7946 0958"})
    void phoneNumbersAreKeptAsTyped(String typed) {
        assertEquals(typed, Text.optionalPhone(" " + typed + " ", "Phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"555-010", "call me", "555 010 2030 ext 4", "1234567890123456", "555/010/2030", "#5550102030"})
    void somethingThatIsNotAPhoneNumberIsRefusedNamingTheField(String typed) {
        assertEquals("The emergency contact's phone \"" + typed + "\" is not a phone number.",
                assertThrows(DomainException.class,
                        () -> Text.optionalPhone(typed, "The emergency contact's phone")).getMessage());
    }

    @Test
    void coloursAreSixDigitHexInLowerCase() {
        assertEquals("#1f6f78", Text.colour("#1F6F78"));
        assertEquals("#aabbcc", Text.colour(" #aabbcc "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1f6f78", "#fff", "#1f6f7", "#1f6f788", "red", "#gggggg"})
    void otherColoursAreRefusedWithAnExample(String typed) {
        assertEquals("A colour is written like #1f6f78.",
                assertThrows(DomainException.class, () -> Text.colour(typed)).getMessage());
    }
}
