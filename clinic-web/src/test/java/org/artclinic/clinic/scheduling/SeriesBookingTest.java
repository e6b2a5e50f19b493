package org.artclinic.clinic.scheduling;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "Book the plan": the weekdays a plan's frequency gives, and weeks that never book more than the plan. */
class SeriesBookingTest {

    @Test
    void thePlansVisitsAreSpreadOverTheWorkingWeekFromTheFirstOne() {
        assertEquals(List.of(MONDAY, THURSDAY), SeriesBooking.spread(MONDAY, 2));
        assertEquals(List.of(THURSDAY, TUESDAY), SeriesBooking.spread(THURSDAY, 2));
        assertEquals(List.of(MONDAY, WEDNESDAY, FRIDAY), SeriesBooking.spread(MONDAY, 3));
        assertEquals(List.of(MONDAY, THURSDAY), SeriesBooking.spread(SATURDAY, 2), "a weekend start counts as Monday");
        assertEquals(List.of(WEDNESDAY), SeriesBooking.spread(WEDNESDAY, 1));
    }

    @Test
    void theWeeksHoldTheRemainingVisitsWithoutBookingMore() {
        assertEquals(3, SeriesBooking.weeksFor(List.of(MONDAY, THURSDAY), MONDAY, 6), "3 weeks of 2: six visits");
        assertEquals(3, SeriesBooking.weeksFor(List.of(THURSDAY, TUESDAY), THURSDAY, 6),
                "from a Thursday this week's Tuesday is gone: 5 visits, not 7");
        assertEquals(4, SeriesBooking.weeksFor(List.of(MONDAY, THURSDAY), SATURDAY, 6),
                "from a Saturday the first week has none left: six visits over the next three");
        assertEquals(1, SeriesBooking.weeksFor(List.of(MONDAY, THURSDAY), MONDAY, 1));
    }
}
