package org.artclinic.clinic.charting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.BookingRequest;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccountService;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.CalendarPage;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a small clinic the practitioner also keeps the calendar: the visit dialog of one of their own
 * visits of today offers "Start visit", which opens the visit's note; the front desk's dialog does
 * not, and neither does a visit of a later day.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarStartVisitIT {

    /** It is midday there whenever the test runs: this morning's visits have begun, the day is not about to turn. */
    private final ZoneId zone = ClinicFixture.middayZone();
    private static final String PASSWORD = "Calendar-visit-2026";
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

    @Inject
    private ClinicFixture fixture;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private UserAccountService users;

    @EJB
    private SchedulingService scheduling;

    @ArquillianResource
    private URL base;

    @Test
    void thePractitionerStartsTheirOwnVisitFromTheCalendarAndTheFrontDeskDoesNot() throws Exception {
        String username = "deskcare" + fixture.suffix();
        asAdmin.call(() -> users.create(username, "Desk Care " + fixture.suffix(), PASSWORD,
                EnumSet.of(Role.FRONT_DESK, Role.PRACTITIONER)));
        Location location = fixture.location("Calendar visit", zone);
        Practitioner me = asAdmin.call(() -> setup.createPractitioner("Dr Desk Care " + fixture.suffix(),
                Discipline.CHIROPRACTOR, null, "#1f6f78", username));
        for (DayOfWeek day : DayOfWeek.values()) {
            asAdmin.call(() -> setup.addWorkingHours(me.getId(), location.getId(), day, LocalTime.MIN,
                    LocalTime.of(23, 45)));
        }
        LocalDate today = LocalDate.now(zone);
        Appointment visit = book(me, location, fixture.patient("Gil", "Calendar"), today.atTime(0, 15).atZone(zone));
        Appointment later = book(me, location, fixture.patient("Hal", "Tomorrow"),
                today.plusDays(1).atTime(0, 15).atZone(zone));

        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, PASSWORD).statusCode());
        String path = CalendarPage.path(visit, today);
        String viewState = WebClient.viewState(client.get(path));
        String dialog = CalendarPage.openDialog(client, path, viewState, visit, today, zone);
        assertTrue(dialog.contains("eventForm:startVisit"), "Start visit for one's own visit of today: " + dialog);

        HttpResponse<String> started = client.ajax(path, viewState, "eventForm", "eventForm:startVisit", null,
                Map.of("eventForm:startVisit", "eventForm:startVisit"), "@none");
        Matcher redirect = REDIRECT.matcher(started.body());
        assertTrue(redirect.find(), "the note opens: " + started.body());
        String note = redirect.group(1).replace("&amp;", "&");
        assertTrue(note.contains("/charting/visit.xhtml?id="), note);
        String page = client.get(note.substring(note.indexOf("charting/"))).body();
        assertTrue(page.contains("Draft") && page.contains("Gil Calendar"), page);

        assertFalse(CalendarPage.openDialog(client, path, viewState, later, today, zone).contains("eventForm:startVisit"),
                "not for tomorrow's visit");

        WebClient desk = new WebClient(base);
        assertEquals(302, desk.login("frontdesk", "demo1234").statusCode());
        String deskView = WebClient.viewState(desk.get(path));
        assertFalse(CalendarPage.openDialog(desk, path, deskView, visit, today, zone).contains("eventForm:startVisit"),
                "the front desk does not chart");
    }

    private Appointment book(Practitioner practitioner, Location location, Patient patient, ZonedDateTime start)
            throws Exception {
        return asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                location.getId(), null, null, start.toInstant(), start.plusMinutes(30).toInstant(), null)));
    }
}
