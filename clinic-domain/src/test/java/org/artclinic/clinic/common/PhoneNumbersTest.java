package org.artclinic.clinic.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"312-555-0100", "(312) 555-0100", "312.555.0100", "3125550100", "+1 312 555 0100",
            "+1 (312) 555-0100", "1 312 555 0100", "+13125550100", " 312 555 0100 "})
    void everyWayOfTypingAUsNumberGivesOneE164Form(String typed) {
        assertEquals("+13125550100", PhoneNumbers.e164(typed, "US", "Phone"));
    }

    @Test
    void anExtensionDoesNotChangeTheLine() {
        assertEquals("+13125550100", PhoneNumbers.e164("312-555-0100 x12", "US", "Phone"));
    }

    @Test
    void aNumberWithItsCountryCodeKeepsItsCountryWhateverTheClinicRegion() {
        assertEquals("+442079460958", PhoneNumbers.e164("+44 20 7946 0958", "US", "Phone"));
        assertEquals("+442079460958", PhoneNumbers.e164("020 7946 0958", "GB", "Phone"));
    }

    @Test
    void nothingTypedIsNoNumber() {
        assertNull(PhoneNumbers.e164(null, "US", "Phone"));
        assertNull(PhoneNumbers.e164("  ", "US", "Phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "555-0100", "312-555-010", "312-555-01000-1", "+1 312", "12"})
    void whatCannotBeAPhoneNumberIsRefusedWithAMessageNamingTheField(String typed) {
        DomainException refused = assertThrows(DomainException.class,
                () -> PhoneNumbers.e164(typed, "US", "The emergency contact's phone"));
        assertTrue(refused.getMessage().startsWith("The emergency contact's phone \"" + typed.strip()
                + "\" is not a phone number."), refused.getMessage());
        assertTrue(refused.getMessage().contains("area code"), "says how to type it: " + refused.getMessage());
    }

    @Test
    void theRegionIsACountryCodeTheLibraryKnows() {
        assertTrue(PhoneNumbers.isRegion("US"));
        assertTrue(PhoneNumbers.isRegion("de"));
        assertFalse(PhoneNumbers.isRegion("Chicago"));
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.e164("312-555-0100", "XX", "Phone"));
    }

    @Test
    void aSearchForAWholeNumberGetsItsE164FormAndAPartOfOneGetsNothing() {
        assertEquals("+13125550100", PhoneNumbers.e164IfWhole("(312) 555-0100", "US"));
        assertEquals("+13125550100", PhoneNumbers.e164IfWhole("+1 312 555 0100", "US"));
        assertNull(PhoneNumbers.e164IfWhole("555 0100", "US"), "no area code: only part of a line");
        assertNull(PhoneNumbers.e164IfWhole("+1 312", "US"));
        assertNull(PhoneNumbers.e164IfWhole("call me", "US"));
        assertNull(PhoneNumbers.e164IfWhole(" ", "US"));
    }
}
