package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.primefaces.model.ScheduleEvent;

/**
 * The calendar's lazy model asks only for the visible range and shows the location's wall-clock
 * times; the .ics output holds one event per appointment at the right instant; the practitioner
 * feed answers only to its secret address. Each test builds its own small clinic (ClinicFixture).
 */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private CalendarFeedService feeds;

    @Inject
    private ClinicFixture fixture;

    @ArquillianResource
    private URL base;

    /** A location, room, practitioner (working every day 06:00-21:00) and patient of the test's own. */
    record Clinic(Location location, Room room, Practitioner practitioner, Patient patient) {
    }

    private Clinic clinic() throws Exception {
        Location location = fixture.location("Calendar IT", CHICAGO);
        return new Clinic(location, fixture.room(location, "Room 1"),
                fixture.practitioner("Dr. Calendar", location, LocalTime.of(6, 0), LocalTime.of(21, 0)),
                fixture.patient("Jane", "Calsuffix"));
    }

    private Appointment book(Clinic clinic, ZonedDateTime start, int minutes) throws Exception {
        return asFrontDesk.call(() -> scheduling.book(new BookingRequest(clinic.patient().getId(),
                clinic.practitioner().getId(), clinic.location().getId(), clinic.room().getId(), null,
                start.toInstant(), start.plusMinutes(minutes).toInstant(), "private note",
                true))); // several visits of one patient on a day, as the desk confirms them
    }

    @Test
    void theCalendarLoadsOnlyTheVisibleWeekInTheLocationsTime() throws Exception {
        Clinic clinic = clinic();
        LocalDate monday = LocalDate.now(CHICAGO).plusWeeks(3).with(DayOfWeek.MONDAY);
        book(clinic, monday.minusDays(1).atTime(10, 0).atZone(CHICAGO), 30); // the Sunday before
        Appointment tuesday = book(clinic, monday.plusDays(1).atTime(10, 0).atZone(CHICAGO), 30);
        book(clinic, monday.plusDays(3).atTime(15, 30).atZone(CHICAGO), 45);
        book(clinic, monday.plusDays(7).atTime(9, 0).atZone(CHICAGO), 30); // the Monday after

        List<Instant[]> asked = new ArrayList<>();
        List<Long> mine = List.of(clinic.practitioner().getId());
        AppointmentScheduleModel model = new AppointmentScheduleModel((from, to) -> {
            asked.add(new Instant[] {from, to});
            return scheduling.between(from, to, mine, List.of());
        }, CHICAGO);
        asFrontDesk.call(() -> {
            model.loadEvents(monday.atStartOfDay(), monday.plusDays(7).atStartOfDay());
            return null;
        });

        assertEquals(1, asked.size());
        assertEquals(monday.atStartOfDay(CHICAGO).toInstant(), asked.get(0)[0]);
        assertEquals(monday.plusDays(7).atStartOfDay(CHICAGO).toInstant(), asked.get(0)[1]);
        List<ScheduleEvent<?>> events = model.getEvents().stream()
                .sorted(Comparator.comparing(ScheduleEvent::getStartDate)).toList();
        assertEquals(2, events.size(), "only the two visits of the visible week");
        assertEquals(monday.plusDays(1).atTime(10, 0), events.get(0).getStartDate(), "10:00 in Chicago");
        assertEquals(monday.plusDays(3).atTime(16, 15), events.get(1).getEndDate());
        assertEquals(String.valueOf(tuesday.getId()), events.get(0).getId());
        assertTrue(events.get(0).getTitle().contains("Jane Calsuffix"), events.get(0).getTitle());
        assertEquals(clinic.practitioner().getColour(), events.get(0).getBackgroundColor(), "coloured by practitioner");
        AppointmentScheduleModel.Ref ref = (AppointmentScheduleModel.Ref) events.get(0).getData();
        assertEquals(tuesday.getVersion(), ref.version(), "a move carries the version the user saw");
    }

    @Test
    void aCalendarRowCarriesTheNamesOfItsPractitionerLocationRoomAndTypeAndNoneWhereItHasNone() throws Exception {
        Clinic clinic = clinic();
        Room second = fixture.room(clinic.location(), "Room 2");
        AppointmentType type = fixture.appointmentType("Calendar follow-up", 30, false);
        Practitioner other = fixture.practitioner("Dr. Othercal", clinic.location(), LocalTime.of(6, 0),
                LocalTime.of(21, 0));
        LocalDate day = LocalDate.now(CHICAGO).plusWeeks(4).with(DayOfWeek.THURSDAY);
        Instant nine = day.atTime(9, 0).atZone(CHICAGO).toInstant();
        Instant ten = day.atTime(10, 0).atZone(CHICAGO).toInstant();
        Appointment typed = asFrontDesk.call(() -> scheduling.book(new BookingRequest(clinic.patient().getId(),
                clinic.practitioner().getId(), clinic.location().getId(), second.getId(), type.getId(),
                nine, nine.plusSeconds(1800), "bring the knee brace", true)));
        Appointment bare = asFrontDesk.call(() -> scheduling.book(new BookingRequest(clinic.patient().getId(),
                other.getId(), clinic.location().getId(), null, null,
                ten, ten.plusSeconds(1800), null, true)));

        List<CalendarEntry> rows = asFrontDesk.call(() -> scheduling.between(day.atStartOfDay(CHICAGO).toInstant(),
                day.plusDays(1).atStartOfDay(CHICAGO).toInstant(), clinic.location().getId(),
                List.of(clinic.practitioner().getId(), other.getId()), null));

        assertEquals(List.of(typed.getId(), bare.getId()), rows.stream().map(CalendarEntry::id).toList());
        for (CalendarEntry row : rows) {
            assertEquals(clinic.location().getName(), row.locationName());
            assertEquals(CHICAGO.getId(), row.locationTimeZone());
            assertEquals("Jane", row.patientGivenName());
        }
        assertEquals(clinic.practitioner().getDisplayName(), rows.get(0).practitionerName());
        assertEquals(clinic.practitioner().getColour(), rows.get(0).practitionerColour());
        assertEquals(other.getDisplayName(), rows.get(1).practitionerName(), "each row its own practitioner");
        assertEquals(other.getId(), rows.get(1).practitionerId());
        assertEquals(second.getId(), rows.get(0).roomId());
        assertEquals(second.getName(), rows.get(0).roomName());
        assertEquals(type.getId(), rows.get(0).appointmentTypeId());
        assertEquals(type.getName(), rows.get(0).appointmentTypeName());
        assertEquals("bring the knee brace", rows.get(0).notes());
        assertEquals(AppointmentStatus.BOOKED, rows.get(0).status());
        assertEquals(null, rows.get(1).roomId(), "a visit without a room is listed, without one");
        assertEquals(null, rows.get(1).roomName());
        assertEquals(null, rows.get(1).appointmentTypeId());
        assertEquals(null, rows.get(1).appointmentTypeName());
        assertEquals(null, rows.get(1).notes());
        assertEquals(List.of(typed.getId()), asFrontDesk.call(() -> scheduling.between(
                day.atStartOfDay(CHICAGO).toInstant(), day.plusDays(1).atStartOfDay(CHICAGO).toInstant(), null,
                List.of(second.getId()))).stream().map(CalendarEntry::id).toList(), "a room's calendar");
    }

    @Test
    void theIcsHasOneEventPerAppointmentInUtcWithoutPatientDetails() throws Exception {
        Clinic clinic = clinic();
        LocalDate day = LocalDate.now(CHICAGO).plusWeeks(5).with(DayOfWeek.WEDNESDAY);
        List<Appointment> booked = List.of(
                book(clinic, day.atTime(9, 0).atZone(CHICAGO), 30),
                book(clinic, day.atTime(14, 0).atZone(CHICAGO), 60),
                book(clinic, day.plusDays(1).atTime(8, 15).atZone(CHICAGO), 45));
        List<Appointment> loaded = asFrontDesk.call(() -> scheduling.between(day.atStartOfDay(CHICAGO).toInstant(),
                day.plusDays(2).atStartOfDay(CHICAGO).toInstant(), List.of(clinic.practitioner().getId()), List.of())
                .stream().map(entry -> scheduling.appointment(entry.id())).toList());

        String ics = AppointmentCalendar.of(loaded, clinic.practitioner().getDisplayName(), Instant.now());
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size());
        for (int i = 0; i < booked.size(); i++) {
            VEvent event = events.get(i);
            assertEquals(booked.get(i).getStartsAt(), Instant.from(event.getStartDate().orElseThrow().getDate()));
            assertEquals(booked.get(i).getEndsAt(), Instant.from(event.getEndDate().orElseThrow().getDate()));
            assertTrue(event.getProperty(Property.DTSTART).orElseThrow().getValue().endsWith("Z"), "in UTC");
            assertEquals("appointment-" + booked.get(i).getId() + "@artclinic",
                    event.getProperty(Property.UID).orElseThrow().getValue());
            String summary = event.getProperty(Property.SUMMARY).orElseThrow().getValue();
            assertTrue(summary.startsWith("Jane C."), summary);
        }
        assertEquals(day.atTime(9, 0).atZone(CHICAGO).withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")),
                events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue());
        assertFalse(ics.contains("Calsuffix"), "no family name in the calendar");
        assertFalse(ics.contains("private note"), "no notes in the calendar");
    }

    @Test
    void theFeedAnswersOnlyToItsSecretAddress() throws Exception {
        Clinic clinic = clinic();
        book(clinic, LocalDate.now(CHICAGO).plusDays(10).atTime(11, 0).atZone(CHICAGO), 30);
        book(clinic, LocalDate.now(CHICAGO).plusDays(12).atTime(11, 0).atZone(CHICAGO), 30);
        long practitioner = clinic.practitioner().getId();
        String token = asFrontDesk.call(() -> feeds.createFeed(practitioner, true)); // what the front desk hands out

        HttpClient anonymous = HttpClient.newHttpClient();
        URI feed = URI.create(base.toExternalForm()).resolve("calendar/practitioner/" + practitioner + ".ics");
        HttpResponse<String> ok = anonymous.send(HttpRequest.newBuilder(URI.create(feed + "?token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendarFeed = new CalendarBuilder().build(new StringReader(ok.body()));
        assertEquals(2, calendarFeed.getComponents("VEVENT").size());
        assertTrue(ok.body().contains("Jane C."), "first name and initial");
        assertFalse(ok.body().contains("Calsuffix"), "first name and initial only");

        HttpResponse<String> without = anonymous.send(HttpRequest.newBuilder(feed).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, without.statusCode());
        assertFalse(without.body().contains("BEGIN:VCALENDAR"));
        HttpResponse<String> wrong = anonymous.send(HttpRequest.newBuilder(URI.create(feed + "?token="
                + "0".repeat(48))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, wrong.statusCode());
        assertFalse(wrong.body().contains("BEGIN:VCALENDAR"));

        String renewed = asFrontDesk.call(() -> feeds.renewFeed(practitioner));
        HttpResponse<String> revoked = anonymous.send(HttpRequest.newBuilder(URI.create(feed + "?token=" + token))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, revoked.statusCode(), "renewing the secret revokes the old address");
        assertEquals(200, anonymous.send(HttpRequest.newBuilder(URI.create(feed + "?token=" + renewed)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        // the feed as made by default: the visits without who comes
        String unnamed = asFrontDesk.call(() -> feeds.createFeed(practitioner, false));
        HttpResponse<String> plain = anonymous.send(HttpRequest.newBuilder(URI.create(feed + "?token=" + unnamed))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, plain.statusCode());
        assertEquals(2, new CalendarBuilder().build(new StringReader(plain.body())).getComponents("VEVENT").size());
        assertFalse(plain.body().contains("Jane"), "no patient names unless asked: " + plain.body());
        assertTrue(plain.body().contains("SUMMARY:Appointment"), plain.body());
    }

    @Test
    @RunAsClient
    void theSchedulePagesOpenForTheFrontDeskOnly() throws Exception {
        WebClient frontDesk = new WebClient(base);
        frontDesk.login("frontdesk", "demo1234");
        for (String page : List.of("scheduling/today.xhtml", "scheduling/calendar.xhtml", "scheduling/waitlist.xhtml")) {
            HttpResponse<String> response = frontDesk.get(page);
            assertEquals(200, response.statusCode(), page);
            assertFalse(response.body().contains("ui-messages-error"), page + ": " + response.body());
        }
        WebClient manager = new WebClient(base);
        manager.login("manager", "demo1234");
        assertEquals(403, manager.get("scheduling/calendar.xhtml").statusCode());
    }

    @Test
    @RunAsClient
    void anOldAddressNamingNoOpenLocationOrPractitionerOpensTheCalendarAndSaysSo() throws Exception {
        WebClient frontDesk = new WebClient(base);
        frontDesk.login("frontdesk", "demo1234");
        HttpResponse<String> day = frontDesk.get("scheduling/calendar.xhtml?location=987654321&date=2026-12-01");
        assertEquals(200, day.statusCode(), "not an error page: " + day.body());
        assertTrue(day.body().contains("named a location that is not open"), day.body());
        assertTrue(day.body().contains("calendarForm"), "the calendar itself is there");
        HttpResponse<String> week = frontDesk.get("scheduling/calendar.xhtml?practitioner=987654321&layout=week");
        assertEquals(200, week.statusCode(), "not an error page: " + week.body());
        assertTrue(week.body().contains("named a practitioner who is not active"), week.body());
    }
}
