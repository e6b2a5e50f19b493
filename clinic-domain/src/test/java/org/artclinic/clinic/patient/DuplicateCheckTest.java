package org.artclinic.clinic.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate BIRTH = LocalDate.of(1985, 3, 14);

    /** Already registered: Zoë O'Neil, born 14 March 1985, (555) 010-2030, zoe@example.com. */
    private final Patient zoe = new Patient("P1042",
            PatientDetails.basic("Zoë", "O'Neil", BIRTH, Sex.FEMALE, "(555) 010-2030", "zoe@example.com"), TODAY);

    private static PatientDetails candidate(String given, String family, LocalDate birth, String phone, String email) {
        return PatientDetails.basic(given, family, birth, Sex.FEMALE, phone, email);
    }

    @Test
    void sameNameAndBirthDateIsFlaggedEvenTypedWithoutAccentOrApostrophe() {
        assertEquals(List.of("same name and birth date"),
                DuplicateCheck.reasons(candidate("zoe", "ONEIL", BIRTH, null, null), zoe));
    }

    @ParameterizedTest
    @ValueSource(strings = {"555.010.2030", "555-010-2030", "5550102030", " (555) 010 2030 "})
    void theSamePhoneInAnotherFormattingIsFlagged(String phone) {
        assertEquals(List.of("same phone"),
                DuplicateCheck.reasons(candidate("Maria", "Garcia", LocalDate.of(1990, 1, 1), phone, null), zoe));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZOE@EXAMPLE.COM", "Zoe@Example.com", " zoe@example.com "})
    void theSameEmailInAnyCaseIsFlagged(String email) {
        assertEquals(List.of("same email"),
                DuplicateCheck.reasons(candidate("Maria", "Garcia", LocalDate.of(1990, 1, 1), null, email), zoe));
    }

    @Test
    void everyReasonIsListedWhenAllMatch() {
        assertEquals(List.of("same name and birth date", "same phone", "same email"),
                DuplicateCheck.reasons(candidate("Zoë", "O'Neil", BIRTH, "555.010.2030", "ZOE@example.com"), zoe));
    }

    @Test
    void sameNameWithADifferentBirthDateIsADifferentPerson() {
        assertTrue(DuplicateCheck.reasons(candidate("Zoë", "O'Neil", BIRTH.plusDays(1), null, null), zoe).isEmpty());
    }

    @Test
    void sameBirthDateWithADifferentNameIsADifferentPerson() {
        assertTrue(DuplicateCheck.reasons(candidate("Zoë", "O'Brien", BIRTH, "555 010 9999", "zob@example.com"), zoe)
                .isEmpty());
    }

    @Test
    void twoPatientsWithoutPhoneOrEmailAreNotDuplicatesForThatReason() {
        Patient noContact = new Patient("P7", PatientDetails.basic("Sam", "Lee", BIRTH, Sex.MALE, null, null), TODAY);
        assertTrue(DuplicateCheck.reasons(candidate("Ann", "Kim", BIRTH, null, null), noContact).isEmpty());
        assertTrue(DuplicateCheck.reasons(candidate("Ann", "Kim", BIRTH, "", " "), noContact).isEmpty());
    }

    @Test
    void aFewDigitsInCommonAreNotTheSamePhone() {
        Patient shortNumber = new Patient("P8",
                PatientDetails.basic("Sam", "Lee", BIRTH, Sex.MALE, "555-0102", null), TODAY);
        assertTrue(DuplicateCheck.reasons(candidate("Ann", "Kim", BIRTH, "555-0102-9", null), shortNumber).isEmpty());
        assertEquals(List.of("same phone"),
                DuplicateCheck.reasons(candidate("Ann", "Kim", BIRTH, "555.0102", null), shortNumber));
    }
}
