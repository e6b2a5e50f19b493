package org.artclinic.clinic.scheduling;

import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.artclinic.clinic.scheduling.Clinic.CHICAGO;
import static org.artclinic.clinic.scheduling.Clinic.at;
import static org.artclinic.clinic.scheduling.Clinic.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.setup.ScheduleException;
import org.artclinic.clinic.setup.WorkingHours;
import org.junit.jupiter.api.Test;

/**
 * What the calendar shades and which slot "New appointment" proposes. Dr. Raman works at Downtown
 * on Tuesdays 08:00-12:00 and 13:00-17:00 (lunch 12:00-13:00) and Wednesdays 09:00-13:00.
 */
class WorkingSpansTest {

    private static final LocalDate DEC_1 = Clinic.TUESDAY;
    private static final LocalDate DEC_2 = DEC_1.plusDays(1);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration QUARTER = Duration.ofMinutes(15);

    private final Clinic clinic = new Clinic();
    private final List<WorkingHours> week = List.of(
            new WorkingHours(clinic.raman, clinic.downtown, TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)),
            new WorkingHours(clinic.raman, clinic.downtown, TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new WorkingHours(clinic.raman, clinic.downtown, WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));

    @Test
    void aDayIsItsBlocksInOrderAndTheLunchBreakIsShaded() {
        List<TimeSlot> spans = WorkingTime.workingSpans(DEC_1, CHICAGO, week, List.of());
        assertEquals(List.of(slot(DEC_1, "08:00", "12:00"), slot(DEC_1, "13:00", "17:00")), spans);

        TimeSlot shown = slot(DEC_1, "06:00", "21:00");
        assertEquals(List.of(slot(DEC_1, "06:00", "08:00"), slot(DEC_1, "12:00", "13:00"),
                slot(DEC_1, "17:00", "21:00")), WorkingTime.outside(shown, spans));
    }

    @Test
    void timeOffAndHolidaysAreCutOut() {
        ScheduleException dentist = ScheduleException.timeOff(clinic.raman, slot(DEC_1, "10:00", "11:00"), "Dentist");
        assertEquals(List.of(slot(DEC_1, "08:00", "10:00"), slot(DEC_1, "11:00", "12:00"),
                slot(DEC_1, "13:00", "17:00")), WorkingTime.workingSpans(DEC_1, CHICAGO, week, List.of(dentist)));

        ScheduleException closed = ScheduleException.holiday(clinic.downtown,
                new TimeSlot(DEC_1.atStartOfDay(CHICAGO).toInstant(), DEC_2.atStartOfDay(CHICAGO).toInstant()),
                "Staff training");
        assertEquals(List.of(), WorkingTime.workingSpans(DEC_1, CHICAGO, week, List.of(closed)));
        TimeSlot shown = slot(DEC_1, "06:00", "21:00");
        assertEquals(List.of(shown), WorkingTime.outside(shown, List.of()), "a closed day is shaded throughout");
    }

    @Test
    void aDayWithoutHoursHasNoSpans() {
        assertEquals(List.of(), WorkingTime.workingSpans(DEC_1.plusDays(2), CHICAGO, week, List.of()));
    }

    @Test
    void theNextFreeSlotAtNightIsTheFirstOfTheNextWorkingMorning() {
        // 02:25 on Tuesday night: not now, but 08:00 when the practitioner starts
        assertEquals(Optional.of(slot(DEC_1, "08:00", "08:30")),
                WorkingTime.firstFree(fortnight(), List.of(), at(DEC_1, "02:25"), HALF_HOUR, QUARTER));
    }

    @Test
    void theNextFreeSlotDuringTheDayIsOnTheQuarterHourAfterNow() {
        assertEquals(Optional.of(slot(DEC_1, "09:15", "09:45")),
                WorkingTime.firstFree(fortnight(), List.of(), at(DEC_1, "09:02"), HALF_HOUR, QUARTER));
    }

    @Test
    void theNextFreeSlotSkipsBookedVisitsTheLunchBreakAndTheEvening() {
        List<TimeSlot> busy = List.of(slot(DEC_1, "11:00", "11:45"));
        assertEquals(Optional.of(slot(DEC_1, "13:00", "13:30")),
                WorkingTime.firstFree(fortnight(), busy, at(DEC_1, "10:50"), HALF_HOUR, QUARTER),
                "11:45-12:15 would run into lunch");
        List<TimeSlot> fullAfternoon = List.of(slot(DEC_1, "13:00", "17:00"));
        assertEquals(Optional.of(slot(DEC_2, "09:00", "09:30")),
                WorkingTime.firstFree(fortnight(), fullAfternoon, at(DEC_1, "12:30"), HALF_HOUR, QUARTER));
    }

    @Test
    void noWorkingTimeMeansNoSlot() {
        assertEquals(Optional.empty(), WorkingTime.firstFree(List.of(), List.of(), at(DEC_1, "08:00"), HALF_HOUR,
                QUARTER));
    }

    private List<TimeSlot> fortnight() {
        List<TimeSlot> spans = new ArrayList<>();
        for (LocalDate day = DEC_1; day.isBefore(DEC_1.plusDays(14)); day = day.plusDays(1)) {
            spans.addAll(WorkingTime.workingSpans(day, CHICAGO, week, List.of()));
        }
        return spans;
    }
}
