package org.artclinic.clinic.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Moving a visit on the location's wall clock, across the US spring-forward change of 8 March 2026. */
class TimeSlotWallClockTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static Instant chicago(String local) {
        return LocalDateTime.parse(local).atZone(CHICAGO).toInstant();
    }

    @Test
    void aVisitMovedAcrossTheClockChangeKeepsItsLocalTime() {
        TimeSlot friday = new TimeSlot(chicago("2026-03-06T10:00"), chicago("2026-03-06T10:30"));

        TimeSlot monday = friday.shiftedOnWallClock(3, 0, CHICAGO);

        assertEquals(chicago("2026-03-09T10:00"), monday.start(), "still 10:00 in Chicago");
        assertEquals(Duration.ofMinutes(30), monday.duration());
        assertEquals(Duration.ofHours(71), Duration.between(friday.start(), monday.start()),
                "one hour fewer in real time, because the clocks went forward");
    }

    @Test
    void minutesMoveOnTheWallClockToo() {
        TimeSlot visit = new TimeSlot(chicago("2026-03-06T10:00"), chicago("2026-03-06T10:30"));
        TimeSlot later = visit.shiftedOnWallClock(7, -30, CHICAGO);
        assertEquals(chicago("2026-03-13T09:30"), later.start());
        assertEquals(chicago("2026-03-13T10:00"), later.end());
    }
}
