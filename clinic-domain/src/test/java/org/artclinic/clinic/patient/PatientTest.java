package org.artclinic.clinic.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate BIRTH = LocalDate.of(1985, 3, 14);

    static PatientDetails details(String given, String family, LocalDate birth) {
        return PatientDetails.basic(given, family, birth, Sex.FEMALE, null, null);
    }

    @Test
    void searchColumnsAndPhoneDigitsAreFilledFromWhatWasTyped() {
        Patient zoe = new Patient("P1042", PatientDetails.basic(" Zoë ", "O'Neil-Smith", BIRTH, Sex.FEMALE,
                "(555) 010-2030", " Zoe.ONeil@Example.com "), TODAY);
        assertEquals("Zoë", zoe.getGivenName());
        assertEquals("O'Neil-Smith", zoe.getFamilyName());
        assertEquals("zoe", zoe.getSearchGiven());
        assertEquals("oneil smith", zoe.getSearchFamily());
        assertEquals("(555) 010-2030", zoe.getPhone(), "the phone is shown as typed");
        assertEquals("5550102030", zoe.getPhoneDigits());
        assertEquals("zoe.oneil@example.com", zoe.getEmail());
        assertEquals("O'Neil-Smith, Zoë", zoe.getSortName());
        assertEquals("Zoë O'Neil-Smith", zoe.getFullName());
        assertEquals("P1042", zoe.getChartNumber());
    }

    @Test
    void aPatientWithoutPhoneHasNoPhoneDigitsAndAnUnknownSexByDefault() {
        Patient pat = new Patient("P1", PatientDetails.basic("Pat", "Lee", BIRTH, null, null, null), TODAY);
        assertEquals("", pat.getPhoneDigits());
        assertNull(pat.getPhone());
        assertEquals(Sex.UNKNOWN, pat.getSex());
    }

    @Test
    void givenAndFamilyNameAreRequired() {
        assertEquals("The given name is required.", assertThrows(DomainException.class,
                () -> new Patient("P1", details(" ", "Smith", BIRTH), TODAY)).getMessage());
        assertEquals("The family name is required.", assertThrows(DomainException.class,
                () -> new Patient("P1", details("Jo", null, BIRTH), TODAY)).getMessage());
        assertEquals("The chart number is required.", assertThrows(DomainException.class,
                () -> new Patient("", details("Jo", "Smith", BIRTH), TODAY)).getMessage());
    }

    @Test
    void aNameNeedsALetter() {
        assertEquals("A name needs at least one letter.", assertThrows(DomainException.class,
                () -> new Patient("P1", details("'", "Smith", BIRTH), TODAY)).getMessage());
        assertThrows(DomainException.class, () -> new Patient("P1", details("Jo", "--", BIRTH), TODAY));
    }

    @Test
    void theBirthDateIsRequiredAndNotInTheFuture() {
        assertEquals("The birth date is required.", assertThrows(DomainException.class,
                () -> new Patient("P1", details("Jo", "Smith", null), TODAY)).getMessage());
        assertEquals("The birth date cannot be in the future.", assertThrows(DomainException.class,
                () -> new Patient("P1", details("Jo", "Smith", TODAY.plusDays(1)), TODAY)).getMessage());
        Patient newborn = new Patient("P1", details("Baby", "Smith", TODAY), TODAY);
        assertEquals(0, newborn.ageOn(TODAY));
    }

    @Test
    void aBirthDateMoreThan130YearsAgoIsATypo() {
        Patient oldest = new Patient("P1", details("Ada", "Old", TODAY.minusYears(130)), TODAY);
        assertEquals(130, oldest.ageOn(TODAY));
        assertEquals("The birth date is more than 130 years ago; please check it.", assertThrows(DomainException.class,
                () -> new Patient("P2", details("Ada", "Old", TODAY.minusYears(130).minusDays(1)), TODAY)).getMessage());
    }

    @ParameterizedTest(name = "born {0}, on {1} aged {2}")
    @CsvSource({
        "1985-03-14, 2026-03-13, 40",
        "1985-03-14, 2026-03-14, 41",
        "1985-03-14, 2026-11-27, 41",
        "2000-02-29, 2026-02-28, 25",
        "2000-02-29, 2026-03-01, 26",
        "2000-02-29, 2028-02-29, 28",
        "2026-11-27, 2026-11-27, 0"})
    void ageCountsFullYearsTurningOnTheBirthday(LocalDate born, LocalDate on, int age) {
        assertEquals(age, new Patient("P1", details("Jo", "Smith", born), TODAY).ageOn(on));
    }

    @Test
    void anEditRenormalizesTheSearchColumns() {
        Patient jo = new Patient("P1", PatientDetails.basic("Jo", "Smith", BIRTH, Sex.FEMALE, "555 010 2030", null),
                TODAY);
        jo.update(PatientDetails.basic("Joanna", "Smith-Müller", BIRTH, Sex.FEMALE, "555.010.9999", null), TODAY);
        assertEquals("joanna", jo.getSearchGiven());
        assertEquals("smith muller", jo.getSearchFamily());
        assertEquals("5550109999", jo.getPhoneDigits());
        assertEquals("+15550109999", jo.getPhoneE164());
    }

    @Test
    void contactDetailsAreChecked() {
        assertThrows(DomainException.class, () -> new Patient("P1",
                PatientDetails.basic("Jo", "Smith", BIRTH, Sex.FEMALE, "call me", null), TODAY));
        assertThrows(DomainException.class, () -> new Patient("P1",
                PatientDetails.basic("Jo", "Smith", BIRTH, Sex.FEMALE, null, "jo@"), TODAY));
    }

    @Test
    void theDetailsReadBackAsStored() {
        Patient jo = new Patient("P1", PatientDetails.basic(" Jo ", "Smith", BIRTH, Sex.FEMALE, null, "JO@EX.COM"),
                TODAY);
        PatientDetails back = jo.details();
        assertEquals("Jo", back.givenName());
        assertEquals("jo@ex.com", back.email());
        assertEquals(BIRTH, back.birthDate());
        jo.deactivate();
        assertFalse(jo.isActive());
    }
}
