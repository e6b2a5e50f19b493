package org.artclinic.clinic.scheduling;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.setup.ScheduleException;
import org.artclinic.clinic.setup.WorkingHours;

/**
 * Whether a practitioner works at a location for the whole of a slot: the slot must lie inside
 * one block of their weekly hours there (in the location's time zone, on one day) and must not
 * touch a holiday of the location or time off of the practitioner.
 */
public final class WorkingTime {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private WorkingTime() {
    }

    /**
     * Why the slot is outside working time, in words for the front desk; empty when it is inside.
     *
     * @param hours the practitioner's weekly hours at this location
     * @param exceptions holidays and time off that may affect the slot
     */
    public static Optional<String> problem(String practitionerName, String locationName, TimeSlot slot, ZoneId zone,
            Collection<WorkingHours> hours, Collection<ScheduleException> exceptions) {
        ZonedDateTime start = slot.start().atZone(zone);
        ZonedDateTime end = slot.end().atZone(zone);
        if (!start.toLocalDate().equals(end.toLocalDate()) && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return Optional.of("An appointment must start and end on the same day.");
        }
        LocalTime from = start.toLocalTime();
        LocalTime to = end.toLocalTime().equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : end.toLocalTime();
        boolean inside = hours.stream().anyMatch(block -> block.getDayOfWeek() == start.getDayOfWeek()
                && !from.isBefore(block.getStartTime()) && !to.isAfter(block.getEndTime()));
        if (!inside) {
            return Optional.of(practitionerName + " does not work at " + locationName + " at that time ("
                    + start.format(DAY) + ", " + from + "-" + end.toLocalTime() + ").");
        }
        return exceptions.stream()
                .filter(exception -> exception.getSlot().overlaps(slot))
                .findFirst()
                .map(exception -> exception.getKind() == ScheduleException.Kind.HOLIDAY
                        ? locationName + " is closed: " + exception.getReason() + "."
                        : practitionerName + " is away: " + exception.getReason() + ".");
    }
}
