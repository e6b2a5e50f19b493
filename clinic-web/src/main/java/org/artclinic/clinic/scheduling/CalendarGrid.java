package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.setup.WorkingHours;

/**
 * The frame of the calendar's time grid: from the first working hour to the end of the last (the
 * same for every column, so that rows line up), and the week days nobody in view works, which the
 * week leaves out. Without working time it shows 08:00 to 18:00 and every day.
 */
public final class CalendarGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalTime firstHour;
    private final LocalTime lastHour;
    private final String hiddenDays;

    private CalendarGrid(LocalTime first, LocalTime last, String hiddenDays) {
        this.firstHour = first.withMinute(0);
        this.lastHour = last.getMinute() == 0 || last.getHour() == 23 ? last : last.withMinute(0).plusHours(1);
        this.hiddenDays = hiddenDays;
    }

    static CalendarGrid standard() {
        return new CalendarGrid(LocalTime.of(8, 0), LocalTime.of(18, 0), "[]");
    }

    /** A day's columns: from the earliest working span to the latest, on the location's clock. */
    static CalendarGrid of(List<TimeSlot> spans, ZoneId zone) {
        if (spans.isEmpty()) {
            return standard();
        }
        return new CalendarGrid(
                spans.stream().map(s -> s.start().atZone(zone).toLocalTime()).min(LocalTime::compareTo).orElseThrow(),
                spans.stream().map(s -> s.end().atZone(zone).toLocalTime()).max(LocalTime::compareTo).orElseThrow(),
                "[]");
    }

    /** One practitioner's week at a location: their weekly hours there; the days without any are hidden. */
    static CalendarGrid ofWeek(List<WorkingHours> weekly) {
        if (weekly.isEmpty()) {
            return standard();
        }
        // FullCalendar numbers the days from Sunday = 0
        String hidden = Arrays.stream(DayOfWeek.values())
                .filter(d -> weekly.stream().noneMatch(h -> h.getDayOfWeek() == d))
                .map(d -> String.valueOf(d.getValue() % 7)).collect(Collectors.joining(",", "[", "]"));
        return new CalendarGrid(
                weekly.stream().map(WorkingHours::getStartTime).min(LocalTime::compareTo).orElseThrow(),
                weekly.stream().map(WorkingHours::getEndTime).max(LocalTime::compareTo).orElseThrow(), hidden);
    }

    /** FullCalendar's slotMinTime, e.g. "08:00:00". */
    public String getFirstHour() {
        return firstHour + ":00";
    }

    /** FullCalendar's slotMaxTime; a day that works until midnight ends at "24:00:00". */
    public String getLastHour() {
        return (lastHour.getHour() == 23 && lastHour.getMinute() > 0 ? "24:00" : lastHour.toString()) + ":00";
    }

    /** The week days to leave out, as FullCalendar's hiddenDays (Sunday = 0), e.g. "[0,6]". */
    public String getHiddenDays() {
        return hiddenDays;
    }
}
