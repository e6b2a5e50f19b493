package org.artclinic.clinic.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

    /**
     * The spans of one local day in which the practitioner sees patients: the weekly blocks of that
     * weekday, minus time off and holidays, in order. What the calendar leaves unshaded.
     *
     * @param hours the practitioner's weekly hours at the location
     * @param exceptions holidays and time off that may affect the day
     */
    public static List<TimeSlot> workingSpans(LocalDate day, ZoneId zone, Collection<WorkingHours> hours,
            Collection<ScheduleException> exceptions) {
        List<TimeSlot> spans = new ArrayList<>();
        hours.stream().filter(block -> block.getDayOfWeek() == day.getDayOfWeek())
                .sorted(Comparator.comparing(WorkingHours::getStartTime))
                .forEach(block -> spans.add(new TimeSlot(day.atTime(block.getStartTime()).atZone(zone).toInstant(),
                        day.atTime(block.getEndTime()).atZone(zone).toInstant())));
        List<TimeSlot> away = exceptions.stream().map(ScheduleException::getSlot).toList();
        return without(spans, away);
    }

    /** The parts of {@code range} outside the given spans (sorted, not overlapping): what the calendar shades. */
    public static List<TimeSlot> outside(TimeSlot range, List<TimeSlot> spans) {
        return without(List.of(range), spans);
    }

    /**
     * The earliest visit of {@code length} that starts at or after {@code notBefore}, lies inside one
     * working span and touches none of the busy slots; starts fall on the {@code step} grid of the
     * local clock (e.g. every 15 minutes), or right after a busy slot ends.
     *
     * @param spans working spans in order, e.g. of the next fortnight
     * @param busy the practitioner's appointments that hold their slot
     */
    public static Optional<TimeSlot> firstFree(List<TimeSlot> spans, Collection<TimeSlot> busy, Instant notBefore,
            Duration length, Duration step) {
        for (TimeSlot span : spans) {
            Instant start = span.start();
            if (start.isBefore(notBefore)) {
                long steps = (Duration.between(start, notBefore).toSeconds() + step.toSeconds() - 1) / step.toSeconds();
                start = start.plus(step.multipliedBy(steps));
            }
            while (!start.plus(length).isAfter(span.end())) {
                TimeSlot candidate = new TimeSlot(start, start.plus(length));
                Optional<TimeSlot> clash = busy.stream().filter(candidate::overlaps)
                        .max(Comparator.comparing(TimeSlot::end));
                if (clash.isEmpty()) {
                    return Optional.of(candidate);
                }
                start = clash.get().end();
            }
        }
        return Optional.empty();
    }

    /** {@code from} with every part covered by one of {@code cuts} removed. */
    private static List<TimeSlot> without(List<TimeSlot> from, List<TimeSlot> cuts) {
        List<TimeSlot> result = new ArrayList<>(from);
        for (TimeSlot cut : cuts) {
            List<TimeSlot> next = new ArrayList<>();
            for (TimeSlot piece : result) {
                if (!piece.overlaps(cut)) {
                    next.add(piece);
                    continue;
                }
                if (piece.start().isBefore(cut.start())) {
                    next.add(new TimeSlot(piece.start(), cut.start()));
                }
                if (cut.end().isBefore(piece.end())) {
                    next.add(new TimeSlot(cut.end(), piece.end()));
                }
            }
            result = next;
        }
        result.sort(Comparator.comparing(TimeSlot::start));
        return result;
    }
}
