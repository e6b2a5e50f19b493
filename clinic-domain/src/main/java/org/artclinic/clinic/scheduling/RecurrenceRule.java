package org.artclinic.clinic.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.TimeSlot;

/**
 * "Twice a week for three weeks": the weekdays, the local start time and length, the first day,
 * and how many weeks. A usual ART course is 3 to 6 visits over 2 to 4 weeks, so a series is
 * limited to 26 weeks and 52 visits.
 *
 * <p>Occurrences are expanded in the location's time zone, so 09:00 stays 09:00 across a
 * daylight-saving change; a local time that does not exist on a day (skipped by the clock
 * change) moves forward by the gap, as {@link ZonedDateTime#of} does.
 */
public record RecurrenceRule(LocalDate firstDay, LocalTime startTime, Duration length, Set<DayOfWeek> days,
        int weeks) {

    public static final int MAX_WEEKS = 26;
    public static final int MAX_OCCURRENCES = 52;

    public RecurrenceRule {
        if (firstDay == null || startTime == null || length == null) {
            throw new DomainException("A series needs a first day, a start time and a length.");
        }
        if (length.toMinutes() < 5 || length.compareTo(Appointment.MAX_LENGTH) > 0) {
            throw new DomainException("An appointment lasts between 5 minutes and 8 hours.");
        }
        if (days == null || days.isEmpty()) {
            throw new DomainException("Choose at least one weekday for the series.");
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new DomainException("A series runs for 1 to " + MAX_WEEKS + " weeks.");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /**
     * Every occurrence, in order: on each chosen weekday of the {@code weeks} weeks that start with
     * the week of {@code firstDay}, never before {@code firstDay} itself.
     */
    public List<TimeSlot> occurrences(ZoneId zone) {
        List<TimeSlot> slots = new ArrayList<>();
        LocalDate weekStart = firstDay.with(DayOfWeek.MONDAY);
        LocalDate end = weekStart.plusWeeks(weeks);
        for (LocalDate day = firstDay; day.isBefore(end); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                ZonedDateTime start = ZonedDateTime.of(day, startTime, zone);
                slots.add(new TimeSlot(start.toInstant(), start.plus(length).toInstant()));
            }
        }
        if (slots.size() > MAX_OCCURRENCES) {
            throw new DomainException("A series has at most " + MAX_OCCURRENCES + " visits.");
        }
        return slots;
    }
}
