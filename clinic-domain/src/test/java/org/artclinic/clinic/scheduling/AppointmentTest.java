package org.artclinic.clinic.scheduling;

import static org.artclinic.clinic.scheduling.Clinic.TUESDAY;
import static org.artclinic.clinic.scheduling.Clinic.at;
import static org.artclinic.clinic.scheduling.Clinic.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.setup.Room;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Jane Doe's ART follow-up with Dr. Raman, Tuesday 1 December 2026 10:00-10:30 at Downtown, Room 2. */
class AppointmentTest {

    private static final TimeSlot TEN = slot(TUESDAY, "10:00", "10:30");
    private static final LocalDate MONDAY = TUESDAY.minusDays(1);

    private final Clinic clinic = new Clinic();
    private final Appointment visit = clinic.book(TEN);

    @Test
    void aNewAppointmentIsBooked() {
        assertEquals(AppointmentStatus.BOOKED, visit.getStatus());
        assertEquals(TEN, visit.getSlot());
        assertEquals("frontdesk", visit.getBookedBy());
        assertEquals(clinic.room2, visit.getRoom());
        assertFalse(visit.isLateCancellation());
        assertEquals("Jane Doe with Dr. Raman, Tue 1 Dec 10:00-10:30 (Room 2)", visit.describe());
    }

    @Test
    void theVisitGoesFromBookedToArrivedToInTreatmentToCompleted() {
        visit.checkIn(at(TUESDAY, "09:52"), Money.of("25.00"));
        assertEquals(AppointmentStatus.ARRIVED, visit.getStatus());
        assertEquals(at(TUESDAY, "09:52"), visit.getCheckedInAt());
        assertEquals(Money.of("25"), visit.getCopayCollected());

        visit.startTreatment(at(TUESDAY, "10:01"));
        assertEquals(AppointmentStatus.IN_TREATMENT, visit.getStatus());
        assertEquals(at(TUESDAY, "10:01"), visit.getTreatmentStartedAt());

        visit.complete(at(TUESDAY, "10:29"));
        assertEquals(AppointmentStatus.COMPLETED, visit.getStatus());
        assertEquals(at(TUESDAY, "10:29"), visit.getCompletedAt());
    }

    @Test
    void aVisitCanBeCompletedStraightFromArrivedAndWithoutCopay() {
        visit.checkIn(at(TUESDAY, "09:55"), null);
        assertNull(visit.getCopayCollected());
        visit.complete(at(TUESDAY, "10:30"));
        assertEquals(AppointmentStatus.COMPLETED, visit.getStatus());
    }

    @Test
    void checkInIsOnlyOnTheDayOfTheAppointmentInChicago() {
        // Monday 20:00 in Chicago is already Tuesday 02:00 UTC, the same UTC date as the visit: still refused
        Instant mondayEvening = at(MONDAY, "20:00");
        assertEquals(Instant.parse("2026-12-01T02:00:00Z"), mondayEvening);
        DomainException e = assertThrows(DomainException.class, () -> visit.checkIn(mondayEvening, null));
        assertEquals("A patient can be checked in only on the day of the appointment (Tue 1 Dec 10:00).",
                e.getMessage());
        assertEquals(AppointmentStatus.BOOKED, visit.getStatus());
        assertThrows(DomainException.class, () -> visit.checkIn(at(TUESDAY.plusDays(1), "09:00"), null));
    }

    @Test
    void anEveningVisitIsCheckedInOnItsLocalDayAlthoughUtcHasMovedOn() {
        Appointment evening = clinic.book(slot(TUESDAY, "18:30", "19:00")); // 00:30 UTC on Wednesday
        Instant arrival = at(TUESDAY, "17:50"); // 23:50 UTC on Tuesday
        evening.checkIn(arrival, null);
        assertEquals(AppointmentStatus.ARRIVED, evening.getStatus());
    }

    @Test
    void aLatePatientCanStillBeCheckedInThatDay() {
        visit.checkIn(at(TUESDAY, "10:20"), null);
        assertEquals(AppointmentStatus.ARRIVED, visit.getStatus());
    }

    @Test
    void aCancellationNeedsAReason() {
        DomainException e = assertThrows(DomainException.class,
                () -> visit.cancel("  ", at(MONDAY, "08:00"), CancellationPolicy.DEFAULT));
        assertEquals("The reason for the cancellation is required.", e.getMessage());
        assertEquals(AppointmentStatus.BOOKED, visit.getStatus());
        assertNull(visit.getCancelledAt());
    }

    @ParameterizedTest(name = "cancelled {0} {1} (24 h policy): late {2}")
    @CsvSource({
        "2026-11-29, 10:00, false",
        "2026-11-30, 10:00, false",
        "2026-11-30, 10:01, true",
        "2026-12-01, 08:00, true",
        "2026-12-01, 10:15, true"})
    void aCancellationInsideTheNoticePeriodIsLate(LocalDate day, String time, boolean late) {
        visit.cancel("Sick", at(day, time), CancellationPolicy.DEFAULT);
        assertEquals(AppointmentStatus.CANCELLED, visit.getStatus());
        assertEquals("Sick", visit.getCancellationReason());
        assertEquals(at(day, time), visit.getCancelledAt());
        assertEquals(late, visit.isLateCancellation());
        assertFalse(visit.getStatus().occupiesTime(), "a cancelled visit frees the slot");
    }

    @Test
    void aClinicWithA48HourPolicyCountsTheDayBeforeAsLate() {
        visit.cancel("Work trip", at(MONDAY, "08:00"), CancellationPolicy.ofHours(48));
        assertTrue(visit.isLateCancellation());
    }

    @Test
    void aPatientWhoArrivedAndLeftCanBeCancelled() {
        visit.checkIn(at(TUESDAY, "09:50"), null);
        visit.cancel("Felt unwell in the waiting room", at(TUESDAY, "09:58"), CancellationPolicy.DEFAULT);
        assertEquals(AppointmentStatus.CANCELLED, visit.getStatus());
        assertTrue(visit.isLateCancellation());
    }

    @Test
    void aNoShowIsMarkedOnlyOnceTheVisitHasStarted() {
        assertEquals("An appointment can be marked as a no-show only once it has started.",
                assertThrows(DomainException.class, () -> visit.markNoShow(at(TUESDAY, "09:59"))).getMessage());
        assertEquals(AppointmentStatus.BOOKED, visit.getStatus());
        visit.markNoShow(at(TUESDAY, "10:00"));
        assertEquals(AppointmentStatus.NO_SHOW, visit.getStatus());
        assertEquals(at(TUESDAY, "10:00"), visit.getNoShowAt());
        assertFalse(visit.getStatus().occupiesTime());
    }

    @Test
    void aPatientWhoCheckedInIsNotANoShow() {
        visit.checkIn(at(TUESDAY, "09:50"), null);
        assertEquals("This appointment is arrived and cannot be marked as a no-show.",
                assertThrows(DomainException.class, () -> visit.markNoShow(at(TUESDAY, "10:15"))).getMessage());
    }

    @Test
    void illegalStepsSayWhereTheAppointmentIs() {
        assertMessage("This appointment is booked and cannot be taken into treatment.",
                v -> v.startTreatment(at(TUESDAY, "10:00")));
        assertMessage("This appointment is booked and cannot be completed.", v -> v.complete(at(TUESDAY, "10:30")));

        visit.checkIn(at(TUESDAY, "09:50"), null);
        assertMessage("This appointment is arrived and cannot be checked in.", v -> v.checkIn(at(TUESDAY, "09:51"), null));
        assertMessage("This appointment is arrived and cannot be moved.",
                v -> v.reschedule(clinic.raman, clinic.room2, slot(TUESDAY, "11:00", "11:30")));

        visit.startTreatment(at(TUESDAY, "10:00"));
        assertMessage("This appointment is in treatment and cannot be cancelled.",
                v -> v.cancel("Changed mind", at(TUESDAY, "10:05"), CancellationPolicy.DEFAULT));
        assertMessage("This appointment is in treatment and cannot be taken into treatment.",
                v -> v.startTreatment(at(TUESDAY, "10:05")));

        visit.complete(at(TUESDAY, "10:30"));
        assertMessage("This appointment is completed and cannot be cancelled.",
                v -> v.cancel("Oops", at(TUESDAY, "10:35"), CancellationPolicy.DEFAULT));
        assertMessage("This appointment is completed and cannot be marked as a no-show.",
                v -> v.markNoShow(at(TUESDAY, "10:35")));
        assertMessage("This appointment is completed and cannot be completed.", v -> v.complete(at(TUESDAY, "10:40")));
        assertEquals(AppointmentStatus.COMPLETED, visit.getStatus());
    }

    @Test
    void aCancelledOrMissedVisitCannotBeRevived() {
        visit.cancel("Sick", at(MONDAY, "08:00"), CancellationPolicy.DEFAULT);
        assertMessage("This appointment is cancelled and cannot be checked in.",
                v -> v.checkIn(at(TUESDAY, "09:50"), null));
        assertMessage("This appointment is cancelled and cannot be cancelled.",
                v -> v.cancel("Again", at(MONDAY, "09:00"), CancellationPolicy.DEFAULT));
        assertEquals("Sick", visit.getCancellationReason());

        Appointment missed = clinic.book(slot(TUESDAY, "11:00", "11:30"));
        missed.markNoShow(at(TUESDAY, "11:20"));
        DomainException e = assertThrows(DomainException.class, () -> missed.checkIn(at(TUESDAY, "11:25"), null));
        assertEquals("This appointment is no show and cannot be checked in.", e.getMessage());
    }

    @Test
    void theRoomMustBeAtTheAppointmentsLocation() {
        DomainException e = assertThrows(DomainException.class, () -> new Appointment(clinic.jane, clinic.raman,
                clinic.downtown, clinic.uptownRoom, clinic.followUp, TEN, null, "frontdesk", at(MONDAY, "09:00")));
        assertEquals("Room 1 is not at Downtown.", e.getMessage());
        assertThrows(DomainException.class, () -> visit.reschedule(clinic.raman, clinic.uptownRoom, TEN));
    }

    @Test
    void aTypeThatNeedsARoomCannotBeBookedWithoutOne() {
        DomainException e = assertThrows(DomainException.class, () -> new Appointment(clinic.jane, clinic.raman,
                clinic.downtown, null, clinic.followUp, TEN, null, "frontdesk", at(MONDAY, "09:00")));
        assertEquals("Choose a room: an appointment of type \"ART follow-up\" needs one.", e.getMessage());
        assertThrows(DomainException.class, () -> visit.reschedule(clinic.raman, null, TEN));
    }

    @Test
    void aPhoneConsultationNeedsNoRoom() {
        Appointment call = new Appointment(clinic.jane, clinic.lee, clinic.downtown, null, clinic.phoneCall,
                slot(TUESDAY, "12:00", "12:15"), " Call back on mobile ", "frontdesk", at(MONDAY, "09:00"));
        assertNull(call.getRoom());
        assertEquals("Call back on mobile", call.getNotes());
        assertEquals("Jane Doe with Lee Park, Tue 1 Dec 12:00-12:15", call.describe());
    }

    @Test
    void roomsOutOfUseAndDepartedPractitionersAndInactivePatientsCannotBeBooked() {
        Room closed = new Room(clinic.downtown, "Room 3");
        closed.deactivate();
        assertEquals("Room 3 is out of use.", assertThrows(DomainException.class, () -> new Appointment(clinic.jane,
                clinic.raman, clinic.downtown, closed, clinic.followUp, TEN, null, "frontdesk", at(MONDAY, "09:00")))
                .getMessage());

        clinic.lee.deactivate();
        assertEquals("Lee Park no longer takes appointments.", assertThrows(DomainException.class,
                () -> new Appointment(clinic.jane, clinic.lee, clinic.downtown, clinic.room2, clinic.followUp, TEN,
                        null, "frontdesk", at(MONDAY, "09:00"))).getMessage());

        clinic.jane.deactivate();
        assertEquals("Jane Doe's record is inactive; reactivate it before booking.",
                assertThrows(DomainException.class, () -> clinic.book(TEN)).getMessage());
    }

    @Test
    void anAppointmentLastsFiveMinutesToEightHours() {
        String message = "An appointment lasts between 5 minutes and 8 hours.";
        assertEquals(message, assertThrows(DomainException.class,
                () -> clinic.book(slot(TUESDAY, "10:00", "10:04"))).getMessage());
        assertEquals(message, assertThrows(DomainException.class,
                () -> clinic.book(slot(TUESDAY, "08:00", "16:05"))).getMessage());
        assertEquals(Duration.ofHours(8), clinic.book(slot(TUESDAY, "08:00", "16:00")).getSlot().duration());
        assertEquals(Duration.ofMinutes(5), clinic.book(slot(TUESDAY, "08:00", "08:05")).getSlot().duration());
    }

    @Test
    void aBookedVisitCanBeMovedToAnotherTimeAndPractitioner() {
        TimeSlot eleven = slot(TUESDAY, "11:00", "11:45");
        visit.reschedule(clinic.lee, clinic.room2, eleven);
        assertEquals(eleven, visit.getSlot());
        assertEquals(clinic.lee, visit.getPractitioner());
        assertEquals(clinic.downtown, visit.getLocation(), "a move keeps the location");
    }

    @Test
    void aRefusedMoveLeavesTheVisitWhereItWas() {
        assertThrows(DomainException.class,
                () -> visit.reschedule(clinic.lee, clinic.uptownRoom, slot(TUESDAY, "11:00", "11:30")));
        assertEquals(TEN, visit.getSlot());
        assertEquals(clinic.raman, visit.getPractitioner());
        assertEquals(clinic.room2, visit.getRoom());
    }

    @ParameterizedTest
    @EnumSource(value = AppointmentStatus.class, names = {"BOOKED", "ARRIVED", "IN_TREATMENT", "COMPLETED"})
    void visitsThatHappenOrWillHappenOccupyTheirTime(AppointmentStatus status) {
        assertTrue(status.occupiesTime());
    }

    // The questions pages ask before offering an action (issue 9: rules live once, in the domain).

    @Test
    void checkInIsOfferedOnlyOnTheDayOfABookedVisit() {
        assertFalse(visit.canCheckIn(at(MONDAY, "16:00")), "the day before");
        assertTrue(visit.canCheckIn(at(TUESDAY, "07:30")), "early on the day");
        assertTrue(visit.canCheckIn(at(TUESDAY, "17:50")), "late on the day, the location's day not UTC's");
        assertFalse(visit.canCheckIn(at(TUESDAY.plusDays(1), "09:00")), "the day after");
        visit.checkIn(at(TUESDAY, "09:52"), null);
        assertFalse(visit.canCheckIn(at(TUESDAY, "09:53")), "already arrived");
    }

    @Test
    void noShowIsOfferedOnlyOnceTheVisitHasBegunAndNotAfterCheckIn() {
        assertFalse(visit.canMarkNoShow(at(MONDAY, "10:00")), "tomorrow's visit");
        assertFalse(visit.canMarkNoShow(at(TUESDAY, "09:59")), "a minute before the start");
        assertTrue(visit.canMarkNoShow(at(TUESDAY, "10:00")));
        assertTrue(visit.canMarkNoShow(at(TUESDAY, "15:00")));
        visit.checkIn(at(TUESDAY, "10:05"), null);
        assertFalse(visit.canMarkNoShow(at(TUESDAY, "10:10")), "the patient came");
    }

    @Test
    void aCalendarRowAnswersThePagesQuestionsAsItsAppointmentDoes() {
        java.util.List<java.time.Instant> times = java.util.List.of(at(MONDAY, "16:00"), at(TUESDAY, "07:30"),
                at(TUESDAY, "09:59"), at(TUESDAY, "10:00"), at(TUESDAY, "17:50"), at(TUESDAY.plusDays(1), "09:00"));
        for (int step = 0; step < 2; step++) {
            CalendarEntry row = row(visit);
            for (java.time.Instant now : times) {
                assertEquals(visit.canCheckIn(now), row.canCheckIn(now), "check-in at " + now);
                assertEquals(visit.canMarkNoShow(now), row.canMarkNoShow(now), "no-show at " + now);
            }
            assertEquals(visit.isMovable(), row.isMovable());
            assertEquals(visit.holdsSlot(), row.holdsSlot());
            assertEquals(visit.getSlot(), row.slot());
            if (step == 0) {
                visit.checkIn(at(TUESDAY, "09:52"), null);
            }
        }
    }

    /** The visit as a calendar reads it: its columns, not its entity. */
    private static CalendarEntry row(Appointment a) {
        return new CalendarEntry(1L, 0L, a.getStatus(), a.getStartsAt(), a.getEndsAt(), 2L, "Jane", "Doe", 3L,
                a.getPractitioner().getDisplayName(), "#1f6f78", 4L, a.getLocation().getName(),
                a.getLocation().getTimeZone(), null, null, null, null, null, a.getNotes(), a.getCheckedInAt(), null,
                a.getCancelledAt(), a.getCancellationReason(), a.isLateCancellation(), a.getNoShowAt());
    }

    @Test
    void theQuestionsAgreeWithTheActions() {
        assertThrows(DomainException.class, () -> visit.markNoShow(at(TUESDAY, "09:59")));
        assertTrue(visit.isMovable());
        assertTrue(visit.canCancel());
        assertFalse(visit.canStartTreatment());
        assertFalse(visit.canComplete());
        assertThrows(DomainException.class, () -> visit.startTreatment(at(TUESDAY, "10:00")));

        visit.checkIn(at(TUESDAY, "09:52"), null);
        assertFalse(visit.isMovable(), "an arrived patient is not moved on the calendar");
        assertTrue(visit.canCancel());
        assertTrue(visit.canStartTreatment());
        assertTrue(visit.canComplete());
        assertThrows(DomainException.class,
                () -> visit.reschedule(clinic.raman, clinic.room2, slot(TUESDAY, "11:00", "11:30")));

        visit.startTreatment(at(TUESDAY, "10:01"));
        assertFalse(visit.canStartTreatment());
        assertTrue(visit.canComplete());
        assertFalse(visit.canCancel());

        visit.complete(at(TUESDAY, "10:29"));
        assertFalse(visit.canComplete());
        assertFalse(visit.isMovable());
        assertFalse(visit.canCancel());
    }

    @Test
    void theDialogSaysBeforehandWhetherACancellationWouldBeLate() {
        assertFalse(visit.isLateIfCancelledAt(at(MONDAY, "09:59"), CancellationPolicy.DEFAULT));
        assertTrue(visit.isLateIfCancelledAt(at(MONDAY, "10:01"), CancellationPolicy.DEFAULT));
        assertTrue(visit.isLateIfCancelledAt(at(MONDAY, "09:59"), CancellationPolicy.ofHours(48)));
        visit.cancel("Sick", at(MONDAY, "10:01"), CancellationPolicy.DEFAULT);
        assertTrue(visit.isLateCancellation(), "what was announced is what is recorded");
    }

    private void assertMessage(String expected, Consumer<Appointment> step) {
        assertEquals(expected, assertThrows(DomainException.class, () -> step.accept(visit)).getMessage());
    }
}
