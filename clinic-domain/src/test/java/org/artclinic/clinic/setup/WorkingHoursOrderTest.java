package org.artclinic.clinic.setup;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.artclinic.clinic.common.Address;
import org.junit.jupiter.api.Test;

/** A week reads Monday to Sunday, not in the alphabetical order of the day names. */
class WorkingHoursOrderTest {

    private final Location location = new Location("Lakeside", ZoneId.of("America/Chicago"), null, new Address());
    private final Practitioner practitioner = new Practitioner("Dr. Ada", Discipline.CHIROPRACTOR, null, "#112233", null);

    @Test
    void mondayComesFirstAndAMorningBeforeItsAfternoon() {
        List<WorkingHours> week = new ArrayList<>(List.of(hours(FRIDAY, 8), hours(WEDNESDAY, 13), hours(MONDAY, 13),
                hours(SATURDAY, 9), hours(THURSDAY, 8), hours(TUESDAY, 8), hours(MONDAY, 8)));
        week.sort(WorkingHours.IN_WEEK_ORDER);
        assertEquals(List.of("MONDAY 08:00", "MONDAY 13:00", "TUESDAY 08:00", "WEDNESDAY 13:00", "THURSDAY 08:00",
                "FRIDAY 08:00", "SATURDAY 09:00"),
                week.stream().map(h -> h.getDayOfWeek() + " " + h.getStartTime()).toList());
    }

    private WorkingHours hours(DayOfWeek day, int hour) {
        return new WorkingHours(practitioner, location, day, LocalTime.of(hour, 0), LocalTime.of(hour + 4, 0));
    }
}
