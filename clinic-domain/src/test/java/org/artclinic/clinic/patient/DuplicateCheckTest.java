package org.artclinic.clinic.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.artclinic.clinic.common.DomainException;
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
                reasons(candidate("zoe", "ONEIL", BIRTH, null, null), zoe));
    }

    @ParameterizedTest
    @ValueSource(strings = {"555.010.2030", "555-010-2030", "5550102030", " (555) 010 2030 "})
    void theSamePhoneInAnotherFormattingIsFlagged(String phone) {
        assertEquals(List.of("same phone"),
                reasons(candidate("Maria", "Garcia", LocalDate.of(1990, 1, 1), phone, null), zoe));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZOE@EXAMPLE.COM", "Zoe@Example.com", " zoe@example.com "})
    void theSameEmailInAnyCaseIsFlagged(String email) {
        assertEquals(List.of("same email"),
                reasons(candidate("Maria", "Garcia", LocalDate.of(1990, 1, 1), null, email), zoe));
    }

    @Test
    void everyReasonIsListedWhenAllMatch() {
        assertEquals(List.of("same name and birth date", "same phone", "same email"),
                reasons(candidate("Zoë", "O'Neil", BIRTH, "555.010.2030", "ZOE@example.com"), zoe));
    }

    @Test
    void sameNameWithADifferentBirthDateIsADifferentPerson() {
        assertTrue(reasons(candidate("Zoë", "O'Neil", BIRTH.plusDays(1), null, null), zoe).isEmpty());
    }

    @Test
    void sameBirthDateWithADifferentNameIsADifferentPerson() {
        assertTrue(reasons(candidate("Zoë", "O'Brien", BIRTH, "555 010 9999", "zob@example.com"), zoe)
                .isEmpty());
    }

    @Test
    void twoPatientsWithoutPhoneOrEmailAreNotDuplicatesForThatReason() {
        Patient noContact = new Patient("P7", PatientDetails.basic("Sam", "Lee", BIRTH, Sex.MALE, null, null), TODAY);
        assertTrue(reasons(candidate("Ann", "Kim", BIRTH, null, null), noContact).isEmpty());
        assertTrue(reasons(candidate("Ann", "Kim", BIRTH, "", " "), noContact).isEmpty());
    }

    @Test
    void aFewDigitsInCommonAreNotTheSamePhone() {
        assertTrue(reasons(candidate("Ann", "Kim", BIRTH, "(555) 010-2031", null), zoe).isEmpty());
        assertTrue(reasons(candidate("Ann", "Kim", BIRTH, "+44 555 010 2030", null), zoe).isEmpty(),
                "the same digits in another country are another number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 555 010 2030", "+1 (555) 010-2030", "1-555-010-2030", "+15550102030"})
    void theSamePhoneTypedWithTheCountryCodeIsFlagged(String phone) {
        assertEquals(List.of("same phone"),
                reasons(candidate("Maria", "Garcia", LocalDate.of(1990, 1, 1), phone, null), zoe));
    }

    @Test
    void anExistingPatientTypedWithTheCountryCodeMatchesANumberTypedWithout() {
        Patient withCountryCode = new Patient("P9",
                PatientDetails.basic("Ivy", "Chen", BIRTH, Sex.FEMALE, "+1 312 555 0100", null), TODAY);
        assertEquals(List.of("same phone"), reasons(candidate("Ann", "Kim", BIRTH, "312-555-0100", null),
                withCountryCode));
    }

    @Test
    void inAClinicInGermanyANumberWithoutCountryCodeIsGerman() {
        Patient berlin = new Patient("P10",
                PatientDetails.basic("Jonas", "Weber", BIRTH, Sex.MALE, "030 901820", null), TODAY, "DE");
        assertEquals("+4930901820", berlin.getPhoneE164());
        assertEquals(List.of("same phone"),
                DuplicateCheck.reasons(candidate("Ann", "Kim", BIRTH, "+49 30 901820", null), berlin, "DE"));
    }

    @Test
    void aCandidatePhoneThatIsNoPhoneNumberIsRefusedWithAMessage() {
        DomainException refused = assertThrows(DomainException.class,
                () -> reasons(candidate("Ann", "Kim", BIRTH, "555-010", null), zoe));
        assertTrue(refused.getMessage().startsWith("Phone \"555-010\" is not a phone number."), refused.getMessage());
    }

    /** Registered in a US clinic. */
    private static List<String> reasons(PatientDetails candidate, Patient existing) {
        return DuplicateCheck.reasons(candidate, existing, "US");
    }
}
