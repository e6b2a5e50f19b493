package org.artclinic.clinic.scheduling;

import static java.time.DayOfWeek.TUESDAY;
import static org.artclinic.clinic.scheduling.Clinic.CHICAGO;
import static org.artclinic.clinic.scheduling.Clinic.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.setup.ScheduleException;
import org.artclinic.clinic.setup.WorkingHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dr. Raman works at Downtown on Tuesdays 08:00-12:00 and 13:00-17:00 (lunch 12:00-13:00). */
class WorkingTimeTest {

    private static final LocalDate DEC_1 = Clinic.TUESDAY;
    private static final LocalDate DEC_2 = DEC_1.plusDays(1);

    private final Clinic clinic = new Clinic();
    private final List<WorkingHours> tuesdays = List.of(
            new WorkingHours(clinic.raman, clinic.downtown, TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new WorkingHours(clinic.raman, clinic.downtown, TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)));

    private Optional<String> problem(TimeSlot slot, ScheduleException... exceptions) {
        return WorkingTime.problem("Dr. Raman", "Downtown", slot, CHICAGO, tuesdays, List.of(exceptions));
    }

    @ParameterizedTest(name = "Tuesday {0}-{1} is working time")
    @CsvSource({"09:00, 09:30", "08:00, 08:30", "11:30, 12:00", "13:00, 13:45", "16:30, 17:00", "08:00, 12:00"})
    void aSlotInsideOneBlockIsFine(String from, String to) {
        assertEquals(Optional.empty(), problem(slot(DEC_1, from, to)));
    }

    @ParameterizedTest(name = "Tuesday {0}-{1} is not working time")
    @CsvSource({
        "07:45, 08:15",
        "11:45, 12:15",
        "12:00, 12:30",
        "11:30, 13:30",
        "16:45, 17:15",
        "17:00, 17:30",
        "06:00, 07:00"})
    void aSlotOutsideOrAcrossTheEdgeOfABlockIsRefused(String from, String to) {
        assertEquals(Optional.of("Dr. Raman does not work at Downtown at that time (Tuesday 1 December, "
                + from + "-" + to + ")."), problem(slot(DEC_1, from, to)));
    }

    @Test
    void aDayWithoutHoursIsNotWorkingTime() {
        assertEquals(Optional.of("Dr. Raman does not work at Downtown at that time (Wednesday 2 December, 09:00-09:30)."),
                problem(slot(DEC_2, "09:00", "09:30")));
    }

    @Test
    void hoursAreReadInTheLocationsTimeZoneNotInUtc() {
        // 09:00-09:30 UTC is 03:00-03:30 in Chicago: outside the hours although 09:00 "looks" right
        TimeSlot nineUtc = new TimeSlot(Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T09:30:00Z"));
        assertEquals(Optional.of("Dr. Raman does not work at Downtown at that time (Tuesday 1 December, 03:00-03:30)."),
                problem(nineUtc));
        // 15:00-15:30 UTC is 09:00-09:30 in Chicago
        TimeSlot nineChicago = new TimeSlot(Instant.parse("2026-12-01T15:00:00Z"), Instant.parse("2026-12-01T15:30:00Z"));
        assertEquals(Optional.empty(), problem(nineChicago));
        // 11:30-12:00 in Chicago is 17:30-18:00 UTC: read in UTC it would wrongly be after hours
        TimeSlot beforeLunch = slot(DEC_1, "11:30", "12:00");
        assertEquals(Optional.empty(), problem(beforeLunch));
        assertEquals(true, WorkingTime.problem("Dr. Raman", "Downtown", beforeLunch, ZoneOffset.UTC, tuesdays,
                List.of()).isPresent());
    }

    @Test
    void aTuesdayEveningInChicagoCountsAsTuesdayAlthoughItIsWednesdayInUtc() {
        List<WorkingHours> evening = List.of(
                new WorkingHours(clinic.raman, clinic.downtown, TUESDAY, LocalTime.of(17, 0), LocalTime.of(21, 0)));
        TimeSlot late = slot(DEC_1, "19:00", "19:30"); // 01:00-01:30 UTC on Wednesday 2 December
        assertEquals(Optional.empty(),
                WorkingTime.problem("Dr. Raman", "Downtown", late, CHICAGO, evening, List.of()));
    }

    @Test
    void aSlotOverMidnightIsRefused() {
        TimeSlot overnight = new TimeSlot(Clinic.at(DEC_1, "23:30"), Clinic.at(DEC_2, "00:30"));
        assertEquals(Optional.of("An appointment must start and end on the same day."), problem(overnight));
    }

    @Test
    void aHolidayClosesTheLocation() {
        ScheduleException closed = ScheduleException.holiday(clinic.downtown,
                new TimeSlot(Clinic.at(DEC_1, "00:00"), Clinic.at(DEC_2, "00:00")), "Staff training day");
        assertEquals(Optional.of("Downtown is closed: Staff training day."), problem(slot(DEC_1, "09:00", "09:30"), closed));
    }

    @Test
    void timeOffIsTheTherapistBeingAway() {
        ScheduleException away = ScheduleException.timeOff(clinic.raman, slot(DEC_1, "13:00", "15:00"), "Dentist");
        assertEquals(Optional.of("Dr. Raman is away: Dentist."), problem(slot(DEC_1, "14:30", "15:00"), away));
        assertEquals(Optional.of("Dr. Raman is away: Dentist."), problem(slot(DEC_1, "14:45", "15:15"), away));
    }

    @Test
    void timeOffThatEndsWhenTheSlotStartsDoesNotGetInTheWay() {
        ScheduleException away = ScheduleException.timeOff(clinic.raman, slot(DEC_1, "13:00", "15:00"), "Dentist");
        assertEquals(Optional.empty(), problem(slot(DEC_1, "15:00", "15:30"), away));
        assertEquals(Optional.empty(), problem(slot(DEC_1, "11:30", "12:00"), away));
    }

    @Test
    void outsideTheHoursIsReportedBeforeAHoliday() {
        ScheduleException closed = ScheduleException.holiday(clinic.downtown,
                new TimeSlot(Clinic.at(DEC_1, "00:00"), Clinic.at(DEC_2, "00:00")), "Staff training day");
        assertEquals(Optional.of("Dr. Raman does not work at Downtown at that time (Tuesday 1 December, 12:00-12:30)."),
                problem(slot(DEC_1, "12:00", "12:30"), closed));
    }

    @Test
    void holidaysBelongToALocationAndTimeOffToAPractitioner() {
        TimeSlot day = slot(DEC_1, "08:00", "17:00");
        assertEquals("A holiday closes a location.",
                assertThrows(DomainException.class, () -> ScheduleException.holiday(null, day, "Closed")).getMessage());
        assertEquals("Time off belongs to a practitioner.",
                assertThrows(DomainException.class, () -> ScheduleException.timeOff(null, day, "Away")).getMessage());
        assertEquals("The reason is required.", assertThrows(DomainException.class,
                () -> ScheduleException.timeOff(clinic.raman, day, " ")).getMessage());
        ScheduleException away = ScheduleException.timeOff(clinic.raman, day, "Conference");
        assertEquals(ScheduleException.Kind.TIME_OFF, away.getKind());
        assertEquals(day, away.getSlot());
    }
}
