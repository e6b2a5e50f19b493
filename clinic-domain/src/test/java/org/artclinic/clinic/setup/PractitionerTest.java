package org.artclinic.clinic.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PractitionerTest {

    @Test
    void aChiropractorWithAnNpi() {
        Practitioner raman = new Practitioner(" Dr. Raman ", Discipline.CHIROPRACTOR, " 1234567893 ", "#1F6F78", null);
        assertEquals("Dr. Raman", raman.getDisplayName());
        assertEquals(Discipline.CHIROPRACTOR, raman.getDiscipline());
        assertEquals("1234567893", raman.getNpi());
        assertEquals("#1f6f78", raman.getColour());
        assertNull(raman.getUserAccount());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMassageTherapistMayHaveNoNpi(String npi) {
        Practitioner lee = new Practitioner("Lee Park", Discipline.MASSAGE_THERAPIST, npi, "#aa5500", null);
        assertNull(lee.getNpi());
    }

    @Test
    void anNpiThatIsGivenMustBeValid() {
        DomainException e = assertThrows(DomainException.class,
                () -> new Practitioner("Dr. Raman", Discipline.CHIROPRACTOR, "1234567890", "#1f6f78", null));
        assertEquals("NPI 1234567890 has a wrong check digit; please check the number.", e.getMessage());
    }

    @Test
    void nameDisciplineAndColourAreRequired() {
        assertEquals("The practitioner's name is required.", assertThrows(DomainException.class,
                () -> new Practitioner("", Discipline.CHIROPRACTOR, null, "#1f6f78", null)).getMessage());
        assertThrows(NullPointerException.class, () -> new Practitioner("Dr. Raman", null, null, "#1f6f78", null));
        assertThrows(DomainException.class, () -> new Practitioner("Dr. Raman", Discipline.PHYSICIAN, null, "", null));
    }

    @Test
    void anNpiCanBeRemovedLater() {
        Practitioner raman = new Practitioner("Dr. Raman", Discipline.CHIROPRACTOR, "1234567893", "#1f6f78", null);
        raman.update("Dr. Raman", Discipline.CHIROPRACTOR, "", "#1f6f78", null);
        assertNull(raman.getNpi());
        raman.deactivate();
        assertFalse(raman.isActive());
    }
}
