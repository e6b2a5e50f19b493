package org.artclinic.clinic.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open interval of time [start, end): an appointment from 10:00 to 10:30 does not overlap
 * one from 10:30 to 11:00.
 */
public record TimeSlot(Instant start, Instant end) {

    public TimeSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new DomainException("The end must be after the start.");
        }
    }

    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeSlot other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public TimeSlot shiftedBy(Duration offset) {
        return new TimeSlot(start.plus(offset), end.plus(offset));
    }

    /**
     * Moves the slot on the wall clock of {@code zone}: "two days later, 30 minutes earlier" keeps
     * a 10:00 visit at 9:30 local time even when a daylight-saving change lies in between (a fixed
     * duration would land it an hour off).
     */
    public TimeSlot shiftedOnWallClock(long days, long minutes, java.time.ZoneId zone) {
        return new TimeSlot(onWallClock(start, days, minutes, zone), onWallClock(end, days, minutes, zone));
    }

    private static Instant onWallClock(Instant instant, long days, long minutes, java.time.ZoneId zone) {
        return java.time.LocalDateTime.ofInstant(instant, zone).plusDays(days).plusMinutes(minutes)
                .atZone(zone).toInstant();
    }
}
