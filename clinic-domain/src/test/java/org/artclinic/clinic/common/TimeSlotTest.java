package org.artclinic.clinic.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSlotTest {

    /** A slot on 1 December 2026 between two UTC times of day, e.g. "10:00", "10:30". */
    static TimeSlot slot(String from, String to) {
        return new TimeSlot(Instant.parse("2026-12-01T" + from + ":00Z"), Instant.parse("2026-12-01T" + to + ":00Z"));
    }

    @Test
    void backToBackAppointmentsDoNotOverlap() {
        TimeSlot first = slot("10:00", "10:30");
        TimeSlot next = slot("10:30", "11:00");
        assertFalse(first.overlaps(next));
        assertFalse(next.overlaps(first));
    }

    @ParameterizedTest(name = "10:00-10:30 and {0}-{1} overlap: {2}")
    @CsvSource({
        "10:15, 10:45, true",
        "09:45, 10:15, true",
        "10:00, 10:30, true",
        "10:10, 10:20, true",
        "09:00, 12:00, true",
        "10:29, 10:31, true",
        "09:30, 10:00, false",
        "10:30, 11:00, false",
        "08:00, 09:00, false"})
    void overlapIsHalfOpen(String from, String to, boolean overlaps) {
        TimeSlot booked = slot("10:00", "10:30");
        TimeSlot other = slot(from, to);
        assertEquals(overlaps, booked.overlaps(other));
        assertEquals(overlaps, other.overlaps(booked), "overlap is symmetric");
    }

    @ParameterizedTest(name = "09:00-12:00 contains {0}-{1}: {2}")
    @CsvSource({
        "10:00, 10:30, true",
        "09:00, 09:30, true",
        "11:30, 12:00, true",
        "09:00, 12:00, true",
        "08:45, 09:15, false",
        "11:45, 12:15, false",
        "08:00, 13:00, false",
        "13:00, 13:30, false"})
    void aMorningBlockContainsTheSlotsInsideIt(String from, String to, boolean contained) {
        assertEquals(contained, slot("09:00", "12:00").contains(slot(from, to)));
    }

    @Test
    void theEndMustBeAfterTheStart() {
        Instant ten = Instant.parse("2026-12-01T10:00:00Z");
        assertEquals("The end must be after the start.",
                assertThrows(DomainException.class, () -> new TimeSlot(ten, ten)).getMessage());
        assertThrows(DomainException.class, () -> new TimeSlot(ten, ten.minusSeconds(60)));
        assertThrows(NullPointerException.class, () -> new TimeSlot(null, ten));
        assertThrows(NullPointerException.class, () -> new TimeSlot(ten, null));
    }

    @Test
    void aSlotKnowsItsLengthAndCanBeMoved() {
        TimeSlot visit = slot("10:00", "10:45");
        assertEquals(Duration.ofMinutes(45), visit.duration());
        assertEquals(slot("11:00", "11:45"), visit.shiftedBy(Duration.ofHours(1)));
        assertTrue(visit.equals(slot("10:00", "10:45")), "slots are values");
    }
}
