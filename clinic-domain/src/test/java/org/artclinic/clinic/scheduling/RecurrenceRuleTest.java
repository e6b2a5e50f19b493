package org.artclinic.clinic.scheduling;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.artclinic.clinic.scheduling.Clinic.CHICAGO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.TimeSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceRuleTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private static RecurrenceRule rule(LocalDate firstDay, LocalTime time, Set<DayOfWeek> days, int weeks) {
        return new RecurrenceRule(firstDay, time, HALF_HOUR, days, weeks);
    }

    private static List<LocalDateTime> localStarts(List<TimeSlot> slots) {
        return slots.stream().map(s -> LocalDateTime.ofInstant(s.start(), CHICAGO)).toList();
    }

    private static LocalDateTime local(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void twiceAWeekForThreeWeeksIsSixVisitsOnMondaysAndThursdays() {
        List<TimeSlot> visits = rule(LocalDate.of(2026, 12, 7), NINE, Set.of(MONDAY, THURSDAY), 3)
                .occurrences(CHICAGO);
        assertEquals(List.of(local("2026-12-07T09:00"), local("2026-12-10T09:00"), local("2026-12-14T09:00"),
                local("2026-12-17T09:00"), local("2026-12-21T09:00"), local("2026-12-24T09:00")), localStarts(visits));
        visits.forEach(v -> assertEquals(HALF_HOUR, v.duration()));
        assertEquals(Instant.parse("2026-12-07T15:00:00Z"), visits.get(0).start(), "09:00 CST is 15:00 UTC");
    }

    @Test
    void aSeriesStartingMidWeekSkipsTheWeekdaysBeforeTheFirstDay() {
        // first day Wednesday 9 December: Monday 7 December has passed; weeks count from the week of the first day
        List<TimeSlot> visits = rule(LocalDate.of(2026, 12, 9), NINE, Set.of(MONDAY, THURSDAY), 3)
                .occurrences(CHICAGO);
        assertEquals(List.of(local("2026-12-10T09:00"), local("2026-12-14T09:00"), local("2026-12-17T09:00"),
                local("2026-12-21T09:00"), local("2026-12-24T09:00")), localStarts(visits));
    }

    @Test
    void theFirstDayItselfCountsWhenItIsAChosenWeekday() {
        List<TimeSlot> visits = rule(LocalDate.of(2026, 12, 10), NINE, Set.of(THURSDAY), 2).occurrences(CHICAGO);
        assertEquals(List.of(local("2026-12-10T09:00"), local("2026-12-17T09:00")), localStarts(visits));
    }

    @Test
    void nineOClockStaysNineOClockAcrossTheSpringDaylightSavingChange() {
        // Chicago moves its clocks forward on Sunday 8 March 2026
        List<TimeSlot> visits = rule(LocalDate.of(2026, 3, 2), NINE, Set.of(MONDAY, THURSDAY), 2)
                .occurrences(CHICAGO);
        assertEquals(List.of(local("2026-03-02T09:00"), local("2026-03-05T09:00"), local("2026-03-09T09:00"),
                local("2026-03-12T09:00")), localStarts(visits));
        assertEquals(List.of(Instant.parse("2026-03-02T15:00:00Z"), Instant.parse("2026-03-05T15:00:00Z"),
                Instant.parse("2026-03-09T14:00:00Z"), Instant.parse("2026-03-12T14:00:00Z")),
                visits.stream().map(TimeSlot::start).toList(), "the UTC instant moves an hour earlier in summer time");
        visits.forEach(v -> assertEquals(HALF_HOUR, v.duration()));
    }

    @Test
    void nineOClockStaysNineOClockAcrossTheAutumnChange() {
        // Chicago moves its clocks back on Sunday 1 November 2026
        List<TimeSlot> visits = rule(LocalDate.of(2026, 10, 26), NINE, Set.of(MONDAY), 2).occurrences(CHICAGO);
        assertEquals(List.of(Instant.parse("2026-10-26T14:00:00Z"), Instant.parse("2026-11-02T15:00:00Z")),
                visits.stream().map(TimeSlot::start).toList());
    }

    @Test
    void aTimeSkippedByTheClockChangeMovesForwardByTheGap() {
        // 02:30 does not exist in Chicago on 8 March 2026: that visit is at 03:30 summer time
        List<TimeSlot> visits = rule(LocalDate.of(2026, 3, 1), LocalTime.of(2, 30), Set.of(SUNDAY), 2)
                .occurrences(CHICAGO);
        assertEquals(List.of(local("2026-03-01T02:30"), local("2026-03-08T03:30")), localStarts(visits));
        assertEquals(HALF_HOUR, visits.get(1).duration());
    }

    @Test
    void theSameRuleGivesOtherInstantsInAnotherZone() {
        RecurrenceRule once = rule(LocalDate.of(2026, 12, 7), NINE, Set.of(MONDAY), 1);
        assertEquals(Instant.parse("2026-12-07T15:00:00Z"), once.occurrences(CHICAGO).get(0).start());
        assertEquals(Instant.parse("2026-12-07T14:00:00Z"),
                once.occurrences(java.time.ZoneId.of("America/New_York")).get(0).start());
    }

    @Test
    void aSeriesRunsForOneTo26Weeks() {
        for (int weeks : new int[] {0, -1, 27}) {
            assertEquals("A series runs for 1 to 26 weeks.", assertThrows(DomainException.class,
                    () -> rule(LocalDate.of(2026, 12, 7), NINE, Set.of(MONDAY), weeks)).getMessage());
        }
        assertEquals(26, rule(LocalDate.of(2026, 12, 7), NINE, Set.of(MONDAY), 26).occurrences(CHICAGO).size());
    }

    @Test
    void aSeriesHasAtMost52Visits() {
        assertEquals(52, rule(LocalDate.of(2026, 12, 7), NINE, Set.of(MONDAY, THURSDAY), 26).occurrences(CHICAGO)
                .size());
        RecurrenceRule thriceWeekly = rule(LocalDate.of(2026, 12, 7), NINE, Set.of(MONDAY, WEDNESDAY, FRIDAY), 26);
        assertEquals("A series has at most 52 visits.",
                assertThrows(DomainException.class, () -> thriceWeekly.occurrences(CHICAGO)).getMessage());
    }

    @Test
    void aSeriesNeedsAtLeastOneWeekday() {
        assertEquals("Choose at least one weekday for the series.", assertThrows(DomainException.class,
                () -> rule(LocalDate.of(2026, 12, 7), NINE, Set.of(), 3)).getMessage());
        assertThrows(DomainException.class, () -> rule(LocalDate.of(2026, 12, 7), NINE, null, 3));
    }

    @Test
    void aSeriesNeedsAFirstDayAndATime() {
        assertEquals("A series needs a first day, a start time and a length.", assertThrows(DomainException.class,
                () -> rule(null, NINE, Set.of(MONDAY), 3)).getMessage());
        assertThrows(DomainException.class, () -> rule(LocalDate.of(2026, 12, 7), null, Set.of(MONDAY), 3));
    }

    @ParameterizedTest(name = "{0} minutes is a valid visit length")
    @ValueSource(ints = {5, 30, 45, 479, 480})
    void visitsLastFromFiveMinutesToEightHoursAsSingleBookingsDo(int minutes) {
        RecurrenceRule rule = new RecurrenceRule(LocalDate.of(2026, 12, 7), LocalTime.of(8, 0),
                Duration.ofMinutes(minutes), Set.of(MONDAY), 1);
        assertEquals(Duration.ofMinutes(minutes), rule.occurrences(CHICAGO).get(0).duration());
    }

    @ParameterizedTest(name = "{0} minutes is refused")
    @ValueSource(ints = {0, 4, 481, 485, 540})
    void otherVisitLengthsAreRefused(int minutes) {
        assertEquals("An appointment lasts between 5 minutes and 8 hours.", assertThrows(DomainException.class,
                () -> new RecurrenceRule(LocalDate.of(2026, 12, 7), NINE, Duration.ofMinutes(minutes), Set.of(MONDAY),
                        1)).getMessage());
    }

    @Test
    void changingTheChosenDaysAfterwardsDoesNotChangeTheRule() {
        Set<DayOfWeek> days = EnumSet.of(MONDAY);
        RecurrenceRule rule = rule(LocalDate.of(2026, 12, 7), NINE, days, 2);
        days.add(THURSDAY);
        assertEquals(Set.of(MONDAY), rule.days());
        assertThrows(UnsupportedOperationException.class, () -> rule.days().add(FRIDAY));
    }

    @Test
    void aSeriesRemembersItsRule() {
        Clinic clinic = new Clinic();
        RecurrenceRule rule = rule(LocalDate.of(2026, 12, 9), NINE, Set.of(THURSDAY, MONDAY), 3);
        AppointmentSeries series = new AppointmentSeries(clinic.jane, rule, "frontdesk",
                Instant.parse("2026-11-27T15:00:00Z"));
        assertEquals(rule, series.getRule());
        assertEquals(rule.occurrences(CHICAGO), series.getRule().occurrences(CHICAGO));

        Appointment first = clinic.book(rule.occurrences(CHICAGO).get(0));
        series.add(first);
        assertEquals(series, first.getSeries());
    }
}
