package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One booking contract ({@link BookingRequest}) for every way in: the calendar page's booking dialog
 * calls {@link SchedulingService#book} with it, the REST API builds the same request, and a waitlist
 * offer goes through the same rules, so all refuse with the same words. Each test builds its own
 * small clinic in Auckland (far from UTC), with a practitioner who works every day 06:00-21:00.
 */
@ExtendWith(ArquillianExtension.class)
class BookingContractIT {

    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    /** What the page and the REST API both say about a request without patient, start or end. */
    static final String NO_PATIENT = "Choose a patient.";
    static final String NO_START = "The start time is required.";
    static final String NO_END = "The end time is required (or choose an appointment type).";

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private SchedulingService scheduling;

    @Inject
    private ClinicFixture fixture;

    @Inject
    private ClinicClock clock;

    @ArquillianResource
    private URL base;

    @AfterEach
    void realTime() {
        if (clock != null) {
            clock.useClock(null);
        }
    }

    private record Clinic(Location location, Practitioner practitioner, Patient patient, LocalDate day) {
        Instant at(int hour, int minute) {
            return day.atTime(hour, minute).atZone(AUCKLAND).toInstant();
        }
    }

    private Clinic clinic() throws Exception {
        Location location = fixture.location("Contract IT", AUCKLAND);
        return new Clinic(location, fixture.practitioner("Dr. Contract", location, LocalTime.of(6, 0), LocalTime.of(21, 0)),
                fixture.patient("Cass", "Contract"), LocalDate.now(AUCKLAND).plusDays(3));
    }

    @Test
    void aRequestWithoutPatientStartOrEndIsRefusedNamingEachFieldAsThePageShowsIt() throws Exception {
        Clinic clinic = clinic();
        // what the calendar's booking dialog sends when only the practitioner is chosen
        InvalidBooking refused = assertThrows(InvalidBooking.class, () -> asFrontDesk.call(() -> scheduling.book(
                new BookingRequest(null, clinic.practitioner().getId(), clinic.location().getId(), null, null, null,
                        null, null))));
        assertEquals(NO_PATIENT + " " + NO_START + " " + NO_END, refused.getMessage());
        assertEquals(List.of("patientId", "start", "end"),
                refused.problems().stream().map(BookingRequest.Problem::field).toList());
    }

    @Test
    @RunAsClient
    void theRestApiRefusesTheSameRequestWithTheSameWordsPerField() throws Exception {
        ApiClient api = new ApiClient(base, "frontdesk");
        HttpResponse<String> refused = api.post("api/appointments", """
                {"practitionerId": 1}""");
        assertEquals(400, refused.statusCode(), refused.body());
        for (String[] field : List.of(new String[] {"patientId", NO_PATIENT}, new String[] {"start", NO_START},
                new String[] {"end", NO_END})) {
            assertTrue(refused.body().contains("{\"field\":\"" + field[0] + "\",\"message\":\"" + field[1] + "\"}"),
                    field[0] + ": " + refused.body());
        }
    }

    @Test
    void aSecondVisitOnTheSameDayNeedsTheDesksConfirmation() throws Exception {
        Clinic clinic = clinic();
        BookingRequest morning = request(clinic, clinic.at(9, 0), clinic.at(9, 30));
        asFrontDesk.call(() -> scheduling.book(morning));

        // late in the evening is still the same day in Auckland, whatever the server's zone
        BookingRequest evening = request(clinic, clinic.at(20, 0), clinic.at(20, 30));
        SameDayVisit warning = assertThrows(SameDayVisit.class, () -> asFrontDesk.call(() -> scheduling.book(evening)));
        assertTrue(warning.getMessage().startsWith("Cass Contract " + fixture.suffix()
                + " already has a visit that day: "), warning.getMessage());
        assertEquals(1, asFrontDesk.call(() -> scheduling.day(clinic.location().getId(), clinic.day())).size(),
                "nothing booked without the confirmation");

        Appointment confirmed = asFrontDesk.call(() -> scheduling.book(evening.confirmingSameDay()));
        assertEquals(AppointmentStatus.BOOKED, confirmed.getStatus());
        BookingRequest nextDay = request(clinic, clinic.at(9, 0).plus(java.time.Duration.ofDays(1)),
                clinic.at(9, 30).plus(java.time.Duration.ofDays(1)));
        assertEquals(AppointmentStatus.BOOKED, asFrontDesk.call(() -> scheduling.book(nextDay)).getStatus(),
                "the next day needs no confirmation");
    }

    @Test
    void movingAVisitOntoADayWithAnotherVisitNeedsTheSameConfirmation() throws Exception {
        Clinic clinic = clinic();
        asFrontDesk.call(() -> scheduling.book(request(clinic, clinic.at(9, 0), clinic.at(9, 30))));
        java.time.Duration day = java.time.Duration.ofDays(1);
        Appointment tomorrow = asFrontDesk.call(() -> scheduling.book(request(clinic, clinic.at(9, 0).plus(day),
                clinic.at(9, 30).plus(day))));

        // dragged (or moved with the pickers) back onto the first day, in the evening there
        SameDayVisit warning = assertThrows(SameDayVisit.class, () -> asFrontDesk.call(() -> scheduling.reschedule(
                tomorrow.getId(), tomorrow.getVersion(), clinic.practitioner().getId(), null, clinic.at(20, 0),
                clinic.at(20, 30))));
        assertTrue(warning.getMessage().contains("already has a visit that day"), warning.getMessage());
        assertEquals(clinic.at(9, 0).plus(day), asFrontDesk.call(() -> scheduling.appointment(tomorrow.getId()))
                .getStartsAt(), "not moved before the desk confirms");

        // moved within its own day it needs no confirmation; onto the first day, once confirmed
        asFrontDesk.call(() -> scheduling.reschedule(tomorrow.getId(), tomorrow.getVersion(),
                clinic.practitioner().getId(), null, clinic.at(11, 0).plus(day), clinic.at(11, 30).plus(day)));
        Appointment later = asFrontDesk.call(() -> scheduling.appointment(tomorrow.getId()));
        Appointment moved = asFrontDesk.call(() -> scheduling.reschedule(later.getId(), later.getVersion(),
                clinic.practitioner().getId(), null, clinic.at(20, 0), clinic.at(20, 30), true));
        assertEquals(clinic.at(20, 0), moved.getStartsAt());
    }

    @Test
    void movingASeriesOntoADayWithAnotherVisitNeedsTheSameConfirmation() throws Exception {
        Clinic clinic = clinic();
        java.time.Duration day = java.time.Duration.ofDays(1);
        // a weekly course at 14:00 (two visits), and a single visit the day after the first one
        SeriesResult course = asFrontDesk.call(() -> scheduling.bookSeries(new SeriesRequest(
                clinic.patient().getId(), clinic.practitioner().getId(), clinic.location().getId(), null, null,
                new RecurrenceRule(clinic.day(), LocalTime.of(14, 0), java.time.Duration.ofMinutes(30),
                        Set.of(clinic.day().getDayOfWeek()), 2), null)));
        assertEquals(2, course.booked().size());
        asFrontDesk.call(() -> scheduling.book(request(clinic, clinic.at(9, 0).plus(day), clinic.at(9, 30).plus(day))));
        Appointment first = course.booked().get(0);

        // the whole course a day later: its first visit lands on the single visit's day
        SameDayVisit warning = assertThrows(SameDayVisit.class, () -> asFrontDesk.call(() -> scheduling.moveSeries(
                first.getId(), first.getVersion(), SeriesScope.THIS_AND_FOLLOWING, 1, 0, null, null)));
        assertTrue(warning.getMessage().contains("already has a visit that day"), warning.getMessage());
        assertEquals(clinic.at(14, 0), asFrontDesk.call(() -> scheduling.appointment(first.getId())).getStartsAt(),
                "no visit of the course moved before the desk confirms");

        // moved within their own days (an hour later) they need no confirmation; a day later, once confirmed
        asFrontDesk.call(() -> scheduling.moveSeries(first.getId(), first.getVersion(),
                SeriesScope.THIS_AND_FOLLOWING, 0, 60, null, null));
        Appointment later = asFrontDesk.call(() -> scheduling.appointment(first.getId()));
        List<Appointment> moved = asFrontDesk.call(() -> scheduling.moveSeries(later.getId(), later.getVersion(),
                SeriesScope.THIS_AND_FOLLOWING, 1, 0, null, null, true));
        assertEquals(2, moved.size());
        assertEquals(clinic.at(15, 0).plus(day), asFrontDesk.call(() -> scheduling.appointment(first.getId()))
                .getStartsAt());
    }

    @Test
    void aWaitlistOfferForASlotThatHasBegunIsRefusedOnEveryPath() throws Exception {
        Clinic clinic = clinic();
        Appointment visit = asFrontDesk.call(() -> scheduling.book(request(clinic, clinic.at(10, 0), clinic.at(10, 45))));
        Patient waiting = fixture.patient("Wade", "Waiting");
        WaitlistEntry entry = asFrontDesk.call(() -> scheduling.addToWaitlist(waiting.getId(), List.of(), Set.of(),
                null, null, "any time"));
        asFrontDesk.call(() -> scheduling.cancel(visit.getId(), "Ill"));

        clock.useClock(Clock.fixed(clinic.at(10, 5), ZoneOffset.UTC)); // five minutes into the freed slot
        DomainException direct = assertThrows(DomainException.class, () -> asFrontDesk.call(() ->
                scheduling.bookFromWaitlist(entry.getId(), new BookingRequest(waiting.getId(),
                        clinic.practitioner().getId(), clinic.location().getId(), null, null, clinic.at(10, 0),
                        clinic.at(10, 45), null))));
        assertTrue(direct.getMessage().contains("has begun"), direct.getMessage());
        DomainException freed = assertThrows(DomainException.class, () -> asFrontDesk.call(() ->
                scheduling.bookFromWaitlistInto(entry.getId(), visit.getId())));
        assertTrue(freed.getMessage().contains("has begun"), freed.getMessage());

        clock.useClock(Clock.fixed(clinic.at(9, 55), ZoneOffset.UTC)); // before it begins, the same offer books
        Appointment booked = asFrontDesk.call(() -> scheduling.bookFromWaitlistInto(entry.getId(), visit.getId()));
        assertEquals(waiting.getId(), booked.getPatient().getId());
    }

    private static BookingRequest request(Clinic clinic, Instant start, Instant end) {
        return new BookingRequest(clinic.patient().getId(), clinic.practitioner().getId(), clinic.location().getId(),
                null, null, start, end, null);
    }
}
