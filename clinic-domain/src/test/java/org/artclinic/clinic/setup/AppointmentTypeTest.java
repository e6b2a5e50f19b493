package org.artclinic.clinic.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppointmentTypeTest {

    @Test
    void anInitialAssessmentTakesFortyFiveMinutesInARoom() {
        AppointmentType initial = new AppointmentType("Initial ART assessment", 45, "#1F6F78", true);
        assertEquals("Initial ART assessment", initial.getName());
        assertEquals(Duration.ofMinutes(45), initial.getDuration());
        assertEquals("#1f6f78", initial.getColour());
        assertTrue(initial.isNeedsRoom());
        assertTrue(initial.isActive());
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 15, 30, 45, 60, 90, 480})
    void durationsInFiveMinuteStepsUpToAWorkingDayAreAccepted(int minutes) {
        assertEquals(minutes, new AppointmentType("Visit", minutes, "#336699", false).getDurationMinutes());
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 0, 4, 7, 44, 481, 485, 600})
    void otherDurationsAreRefused(int minutes) {
        DomainException e = assertThrows(DomainException.class,
                () -> new AppointmentType("Visit", minutes, "#336699", false));
        assertEquals("A duration is a multiple of 5 minutes between 5 and 480.", e.getMessage());
    }

    @Test
    void aTypeNeedsANameAndAColour() {
        assertEquals("The appointment type name is required.", assertThrows(DomainException.class,
                () -> new AppointmentType(" ", 30, "#336699", false)).getMessage());
        assertThrows(DomainException.class, () -> new AppointmentType("Follow-up", 30, "teal", false));
    }

    @Test
    void aTypeCanBeChangedAndRetired() {
        AppointmentType followUp = new AppointmentType("ART follow-up", 30, "#336699", true);
        followUp.update("ART follow-up (long)", 40, "#112233", false);
        assertEquals(40, followUp.getDurationMinutes());
        assertFalse(followUp.isNeedsRoom());
        followUp.deactivate();
        assertFalse(followUp.isActive());
        followUp.activate();
        assertTrue(followUp.isActive());
    }

    @Test
    void aRefusedChangeKeepsTheOldDuration() {
        AppointmentType followUp = new AppointmentType("ART follow-up", 30, "#336699", true);
        assertThrows(DomainException.class, () -> followUp.update("ART follow-up", 33, "#336699", true));
        assertEquals(30, followUp.getDurationMinutes());
    }
}
