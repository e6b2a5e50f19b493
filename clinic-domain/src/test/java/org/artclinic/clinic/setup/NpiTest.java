package org.artclinic.clinic.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

    @Test
    void theCmsWorkedExampleIsValid() {
        // CMS check-digit paper: base 123456789 with prefix 80840 gives check digit 3
        assertEquals("1234567893", Npi.check("1234567893"));
        assertEquals("1234567893", Npi.check(" 1234567893 "), "spaces around a pasted number are ignored");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567891", "1234567892", "1234567894", "1234567895", "1234567896",
        "1234567897", "1234567898", "1234567899"})
    void everyOtherCheckDigitIsRefused(String typo) {
        DomainException e = assertThrows(DomainException.class, () -> Npi.check(typo));
        assertEquals("NPI " + typo + " has a wrong check digit; please check the number.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2134567893", "1234567839"})
    void swappedDigitsAreCaught(String swapped) {
        assertThrows(DomainException.class, () -> Npi.check(swapped));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", "12345678931", "123-456-7893", "123456789O", "NPI1234567893"})
    void anythingButTenDigitsIsRefused(String typed) {
        DomainException e = assertThrows(DomainException.class, () -> Npi.check(typed));
        assertEquals("An NPI has exactly 10 digits.", e.getMessage());
    }
}
