package org.artclinic.clinic.setup;

import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingHoursTest {

    private final Practitioner raman = new Practitioner("Dr. Raman", Discipline.CHIROPRACTOR, null, "#1f6f78", null);
    private final Location downtown = new Location("Downtown", ZoneId.of("America/Chicago"), null, null);
    private final Location uptown = new Location("Uptown", ZoneId.of("America/Chicago"), null, null);

    private WorkingHours block(DayOfWeek day, String from, String to) {
        return block(downtown, day, from, to);
    }

    private WorkingHours block(Location where, DayOfWeek day, String from, String to) {
        return new WorkingHours(raman, where, day, LocalTime.parse(from), LocalTime.parse(to));
    }

    @Test
    void aMorningBlockIsKept() {
        WorkingHours morning = block(TUESDAY, "08:00", "12:00");
        assertEquals(TUESDAY, morning.getDayOfWeek());
        assertEquals(LocalTime.of(8, 0), morning.getStartTime());
        assertEquals(LocalTime.of(12, 0), morning.getEndTime());
    }

    @ParameterizedTest(name = "{0}-{1} is refused")
    @CsvSource({"12:00, 08:00", "09:00, 09:00", "17:00, 00:00"})
    void hoursEndAfterTheyStartOnTheSameDay(String from, String to) {
        DomainException e = assertThrows(DomainException.class, () -> block(TUESDAY, from, to));
        assertEquals("Working hours end after they start, on the same day.", e.getMessage());
    }

    @Test
    void missingTimesAreRefused() {
        assertThrows(DomainException.class, () -> new WorkingHours(raman, downtown, TUESDAY, null, LocalTime.NOON));
        assertThrows(DomainException.class, () -> new WorkingHours(raman, downtown, TUESDAY, LocalTime.NOON, null));
    }

    @ParameterizedTest(name = "Tuesday 08:00-12:00 and {0}-{1}: overlap {2}")
    @CsvSource({
        "11:00, 13:00, true",
        "07:00, 08:30, true",
        "09:00, 10:00, true",
        "08:00, 12:00, true",
        "12:00, 13:00, false",
        "13:00, 17:00, false",
        "06:00, 08:00, false"})
    void blocksOnTheSameDayMustNotOverlap(String from, String to, boolean overlaps) {
        WorkingHours morning = block(TUESDAY, "08:00", "12:00");
        WorkingHours other = block(TUESDAY, from, to);
        assertEquals(overlaps, morning.overlaps(other));
        assertEquals(overlaps, other.overlaps(morning));
    }

    @Test
    void theSameHoursOnAnotherDayDoNotOverlap() {
        assertFalse(block(TUESDAY, "08:00", "12:00").overlaps(block(WEDNESDAY, "08:00", "12:00")));
    }

    @Test
    void aPractitionerCannotWorkAtTwoLocationsAtOnce() {
        assertTrue(block(downtown, TUESDAY, "08:00", "12:00").overlaps(block(uptown, TUESDAY, "11:00", "15:00")));
        assertFalse(block(downtown, TUESDAY, "08:00", "12:00").overlaps(block(uptown, TUESDAY, "13:00", "17:00")));
    }
}
