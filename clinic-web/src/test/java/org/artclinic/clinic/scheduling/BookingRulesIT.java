package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.TestDays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The front desk's booking rules through the real service, transactions and database. */
@ExtendWith(ArquillianExtension.class)
class BookingRulesIT {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @EJB
    private SchedulingService scheduling;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsAdmin asAdmin;

    @Inject
    private ClinicFixture clinic;

    private Location location;
    private Practitioner practitioner;
    private Room room;
    private AppointmentType followUp;
    private Patient jane;
    private LocalDate day;

    @BeforeEach
    void smallClinic() throws Exception {
        location = clinic.location("Lakeside", CHICAGO);
        practitioner = clinic.practitioner("Dr. Rules", location, LocalTime.of(8, 0), LocalTime.of(17, 0));
        room = clinic.room(location, "Room A");
        followUp = clinic.appointmentType("ART follow-up", 30, true);
        jane = clinic.patient("Jane", "Rules");
        day = TestDays.next(CHICAGO);
    }

    @Test
    void aBookingInsideWorkingHoursIsStoredWithItsLocationAndLengthFromTheType() throws Exception {
        Appointment booked = book(jane, at(10, 0), null);

        Appointment stored = stored(booked.getId());
        assertEquals(AppointmentStatus.BOOKED, stored.getStatus());
        assertEquals(location, stored.getLocation(), "the room's location");
        assertEquals(Duration.ofMinutes(30), stored.getSlot().duration(), "the type's length");
        assertEquals("it-run-as-front-desk", stored.getBookedBy());
    }

    @Test
    void overlappingBookingsAreRefusedWithTheConflictNamed() throws Exception {
        book(jane, at(10, 0), null);
        Patient john = clinic.patient("John", "Rules");
        Room otherRoom = clinic.room(location, "Room B");

        SchedulingConflict practitionerBusy = assertThrows(SchedulingConflict.class,
                () -> asFrontDesk.call(() -> scheduling.book(new BookingRequest(john.getId(), practitioner.getId(),
                        null, otherRoom.getId(), followUp.getId(), at(10, 15), null, null))));
        assertTrue(practitionerBusy.getMessage().contains("is already booked: Jane Rules"), practitionerBusy.getMessage());
        assertTrue(practitionerBusy.getMessage().contains("10:00-10:30"), "times in the location's zone");

        Practitioner other = clinic.practitioner("Dr. Other", location, LocalTime.of(8, 0), LocalTime.of(17, 0));
        SchedulingConflict roomTaken = assertThrows(SchedulingConflict.class,
                () -> asFrontDesk.call(() -> scheduling.book(new BookingRequest(john.getId(), other.getId(), null,
                        room.getId(), followUp.getId(), at(10, 15), null, null))));
        assertTrue(roomTaken.getMessage().contains("Room A is already taken"), roomTaken.getMessage());

        SchedulingConflict patientBusy = assertThrows(SchedulingConflict.class,
                () -> asFrontDesk.call(() -> scheduling.book(new BookingRequest(jane.getId(), other.getId(), null,
                        otherRoom.getId(), followUp.getId(), at(10, 15), null, null))));
        assertTrue(patientBusy.getMessage().contains("already has an appointment"), patientBusy.getMessage());

        // back to back is fine: [10:00, 10:30) and [10:30, 11:00)
        book(john, at(10, 30), null);
    }

    @Test
    void bookingsOutsideWorkingHoursOrOnAHolidayAreRefused() throws Exception {
        SchedulingConflict early = assertThrows(SchedulingConflict.class, () -> book(jane, at(7, 45), null));
        assertTrue(early.getMessage().contains("does not work at Lakeside"), early.getMessage());

        Instant holidayStart = day.atStartOfDay(CHICAGO).toInstant();
        asAdmin.call(() -> setup.addHoliday(location.getId(), new TimeSlot(holidayStart,
                day.plusDays(1).atStartOfDay(CHICAGO).toInstant()), "Thanksgiving"));
        SchedulingConflict holiday = assertThrows(SchedulingConflict.class, () -> book(jane, at(10, 0), null));
        assertTrue(holiday.getMessage().contains("closed: Thanksgiving"), holiday.getMessage());
    }

    @Test
    void aCancelledSlotCanBeBookedAgainAndIsOfferedToTheWaitlist() throws Exception {
        Appointment first = book(jane, at(9, 0), null);
        Patient waiting = clinic.patient("Wendy", "Rules");
        asFrontDesk.call(() -> scheduling.addToWaitlist(waiting.getId(), List.of(practitioner.getId()),
                Set.of(day.getDayOfWeek()), LocalTime.of(8, 0), LocalTime.of(12, 0), "any morning"));

        CancellationResult result = asFrontDesk.call(() -> scheduling.cancel(first.getId(), "Feeling better"));

        assertEquals(AppointmentStatus.CANCELLED, result.appointment().getStatus());
        assertFalse(result.appointment().isLateCancellation(), "weeks ahead is not late");
        assertTrue(result.offers().stream().anyMatch(e -> e.getPatient().getId().equals(waiting.getId())),
                "the waiting patient is offered the slot");
        Appointment rebooked = book(waiting, at(9, 0), null);
        assertEquals(AppointmentStatus.BOOKED, rebooked.getStatus());
    }

    @Test
    void cancellingLessThanADayAheadIsALateCancellation() throws Exception {
        Location open = clinic.location("Always Open", CHICAGO);
        Practitioner anytime = clinic.practitioner("Dr. Anytime", open, LocalTime.MIN, LocalTime.of(23, 55));
        Instant soon = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        if (!soon.atZone(CHICAGO).toLocalDate().equals(soon.plus(30, ChronoUnit.MINUTES).atZone(CHICAGO).toLocalDate())
                || soon.atZone(CHICAGO).toLocalTime().isAfter(LocalTime.of(23, 0))) {
            soon = soon.plus(2, ChronoUnit.HOURS); // keep the visit on one local day
        }
        Instant start = soon;
        Appointment appointment = asFrontDesk.call(() -> scheduling.book(new BookingRequest(jane.getId(),
                anytime.getId(), open.getId(), null, null, start, start.plus(30, ChronoUnit.MINUTES), null)));

        CancellationResult result = asFrontDesk.call(() -> scheduling.cancel(appointment.getId(), "Car broke down"));

        assertTrue(result.appointment().isLateCancellation());
        assertEquals("Car broke down", result.appointment().getCancellationReason());
    }

    @Inject
    private org.artclinic.clinic.setup.ClinicClock clinicClock;

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clinicClock.useClock(null);
    }

    @Test
    void theDayRunsFromCheckInToCompletionAndNoShowsOnlyAfterTheStart() throws Exception {
        Location open = clinic.location("Day Run", CHICAGO);
        Practitioner anytime = clinic.practitioner("Dr. Today", open, LocalTime.MIN, LocalTime.of(23, 55));
        LocalDate today = LocalDate.now(CHICAGO);
        // the clinic's clock at noon: run near midnight, a visit of a few minutes ago would cross into tomorrow
        Instant now = today.atTime(12, 0).atZone(CHICAGO).toInstant();
        clinicClock.useClock(java.time.Clock.fixed(now, CHICAGO));
        // a visit that started a few minutes ago today (or at midnight if it is just past midnight)
        Instant earlier = now.minus(5, ChronoUnit.MINUTES).isBefore(today.atStartOfDay(CHICAGO).toInstant())
                ? today.atStartOfDay(CHICAGO).toInstant() : now.minus(5, ChronoUnit.MINUTES);
        Patient late = clinic.patient("Lena", "Late");
        Appointment started = asFrontDesk.call(() -> scheduling.book(new BookingRequest(late.getId(), anytime.getId(),
                open.getId(), null, null, earlier, earlier.plus(5, ChronoUnit.MINUTES), null)));
        Appointment noShow = asFrontDesk.call(() -> scheduling.markNoShow(started.getId()));
        assertEquals(AppointmentStatus.NO_SHOW, noShow.getStatus());

        Instant later = earlier.plus(5, ChronoUnit.MINUTES);
        Appointment visit = asFrontDesk.call(() -> scheduling.book(new BookingRequest(jane.getId(), anytime.getId(),
                open.getId(), null, null, later, later.plus(5, ChronoUnit.MINUTES), null)));
        Appointment arrived = asFrontDesk.call(() -> scheduling.checkIn(visit.getId(), Money.of("25.00")));
        assertEquals(AppointmentStatus.ARRIVED, arrived.getStatus());
        assertEquals(Money.of("25"), arrived.getCopayCollected());
        DomainException notTwice = assertThrows(DomainException.class,
                () -> asFrontDesk.call(() -> scheduling.markNoShow(visit.getId())));
        assertTrue(notTwice.getMessage().contains("arrived"), notTwice.getMessage());
        asFrontDesk.call(() -> scheduling.startTreatment(visit.getId()));
        assertEquals(AppointmentStatus.COMPLETED, asFrontDesk.call(() -> scheduling.complete(visit.getId())).getStatus());

        Appointment future = book(jane, at(11, 0), null);
        DomainException tooEarly = assertThrows(DomainException.class,
                () -> asFrontDesk.call(() -> scheduling.markNoShow(future.getId())));
        assertTrue(tooEarly.getMessage().contains("only once it has started"));
        DomainException notToday = assertThrows(DomainException.class,
                () -> asFrontDesk.call(() -> scheduling.checkIn(future.getId(), null)));
        assertTrue(notToday.getMessage().contains("only on the day"));
    }

    @Test
    void aMoveFromAStaleCopyIsRefusedAndAConflictingMoveChangesNothing() throws Exception {
        Appointment nine = book(jane, at(9, 0), null);
        Appointment eleven = book(clinic.patient("Max", "Rules"), at(11, 0), null);

        Appointment moved = asFrontDesk.call(() -> scheduling.reschedule(nine.getId(), nine.getVersion(),
                practitioner.getId(), room.getId(), at(9, 30), at(10, 0)));
        assertEquals(at(9, 30), moved.getStartsAt());

        DomainException stale = assertThrows(DomainException.class, () -> asFrontDesk.call(() -> scheduling.reschedule(
                nine.getId(), nine.getVersion(), practitioner.getId(), room.getId(), at(13, 0), at(13, 30))));
        assertTrue(stale.getMessage().contains("Someone else changed this appointment"), stale.getMessage());

        Appointment current = stored(nine.getId());
        assertThrows(SchedulingConflict.class, () -> asFrontDesk.call(() -> scheduling.reschedule(current.getId(),
                current.getVersion(), practitioner.getId(), room.getId(), at(11, 15), at(11, 45))));
        assertEquals(at(9, 30), stored(nine.getId()).getStartsAt(), "the refused move changed nothing");
        assertEquals(at(11, 0), stored(eleven.getId()).getStartsAt());
    }

    @Test
    void aSeriesBooksItsFreeVisitsSkipsTheTakenOneAndCanBeCancelledFromOneVisitOn() throws Exception {
        LocalDate monday = day.with(DayOfWeek.MONDAY).plusWeeks(1);
        RecurrenceRule twiceAWeekForThreeWeeks = new RecurrenceRule(monday, LocalTime.of(14, 0), Duration.ofMinutes(30),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 3);
        Patient other = clinic.patient("Olga", "Rules");
        Instant secondThursday = monday.plusDays(10).atTime(14, 0).atZone(CHICAGO).toInstant();
        asFrontDesk.call(() -> scheduling.book(new BookingRequest(other.getId(), practitioner.getId(), null,
                room.getId(), followUp.getId(), secondThursday, null, null)));
        SeriesRequest request = new SeriesRequest(jane.getId(), practitioner.getId(), location.getId(), room.getId(),
                followUp.getId(), twiceAWeekForThreeWeeks, "ART course");

        List<OccurrencePreview> preview = asFrontDesk.call(() -> scheduling.preview(request));
        assertEquals(6, preview.size());
        assertEquals(5, preview.stream().filter(OccurrencePreview::free).count());
        assertTrue(preview.get(3).conflicts().get(0).contains("Olga Rules"), preview.get(3).conflicts()::toString);

        SeriesResult result = asFrontDesk.call(() -> scheduling.bookSeries(request));
        assertEquals(5, result.booked().size());
        assertEquals(secondThursday, result.skipped().get(0).slot().start());

        Appointment third = result.booked().get(2); // second Monday
        List<Appointment> cancelled = asFrontDesk.call(() -> scheduling.cancelSeries(third.getId(),
                SeriesScope.THIS_AND_FOLLOWING, "Course shortened"));
        assertEquals(3, cancelled.size(), "second Monday, third Monday, third Thursday");
        assertEquals(AppointmentStatus.BOOKED, stored(result.booked().get(1).getId()).getStatus());
    }

    @Test
    void movingASeriesAcrossTheClockChangeKeepsEveryVisitAtItsLocalTime() throws Exception {
        LocalDate wednesday = LocalDate.of(2027, 3, 10); // US clocks go forward on Sunday 14 March 2027
        RecurrenceRule rule = new RecurrenceRule(wednesday, LocalTime.of(14, 0), Duration.ofMinutes(30),
                Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 2);
        SeriesResult series = asFrontDesk.call(() -> scheduling.bookSeries(new SeriesRequest(jane.getId(),
                practitioner.getId(), location.getId(), room.getId(), followUp.getId(), rule, null)));
        assertEquals(4, series.booked().size());
        Appointment first = series.booked().get(0);

        List<Appointment> moved = asFrontDesk.call(() -> scheduling.moveSeries(first.getId(), first.getVersion(),
                SeriesScope.THIS_AND_FOLLOWING, 1, 0, null, null));

        assertEquals(4, moved.size());
        for (Appointment visit : moved) {
            Appointment now = stored(visit.getId());
            assertEquals(LocalTime.of(14, 0), now.getStartsAt().atZone(CHICAGO).toLocalTime(), now::describe);
            assertTrue(now.getStartsAt().atZone(CHICAGO).getDayOfWeek() == DayOfWeek.THURSDAY
                    || now.getStartsAt().atZone(CHICAGO).getDayOfWeek() == DayOfWeek.SATURDAY, now::describe);
            assertEquals(practitioner, now.getPractitioner(), "each visit keeps its practitioner");
        }
    }

    private Appointment stored(long id) throws Exception {
        return asFrontDesk.call(() -> scheduling.appointment(id));
    }

    private Appointment book(Patient patient, Instant start, Instant end) throws Exception {
        return asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(), null,
                room.getId(), followUp.getId(), start, end, null)));
    }

    private Instant at(int hour, int minute) {
        return day.atTime(hour, minute).atZone(CHICAGO).toInstant();
    }
}
