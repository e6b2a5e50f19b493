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
}
