package org.artclinic.clinic.charting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;
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
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A practitioner signs in and sees their own appointments of today, in the time of the location
 * they take place at, and takes a checked-in patient into treatment from there.
 */
@ExtendWith(ArquillianExtension.class)
class MyDayIT {

    /** Far from UTC, so "today" there is often another date than on the server. */
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final String PASSWORD = "Myday-test-2026";

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
    void aPractitionerSeesTodaysOwnVisitsAndTakesTheArrivedPatientIntoTreatment() throws Exception {
        String username = "myday" + fixture.suffix();
        asAdmin.call(() -> users.create(username, "My Day " + fixture.suffix(), PASSWORD,
                EnumSet.of(Role.PRACTITIONER)));
        Location location = fixture.location("My day", KIRITIMATI);
        Practitioner me = asAdmin.call(() -> setup.createPractitioner("Dr My Day " + fixture.suffix(),
                Discipline.PHYSICAL_THERAPIST, null, "#1f6f78", username));
        Practitioner colleague = fixture.practitioner("Colleague", location, LocalTime.MIN, LocalTime.of(23, 45));
        for (var day : java.time.DayOfWeek.values()) {
            asAdmin.call(() -> setup.addWorkingHours(me.getId(), location.getId(), day, LocalTime.MIN,
                    LocalTime.of(23, 45)));
        }
        Patient arrived = fixture.patient("Ada", "Arrived");
        Patient later = fixture.patient("Bo", "Later");
        Patient cancelled = fixture.patient("Cy", "Cancelled");
        Patient tomorrow = fixture.patient("Di", "Tomorrow");
        Patient colleagues = fixture.patient("Ed", "Colleagues");
        LocalDate today = LocalDate.now(KIRITIMATI);

        Appointment first = book(me, location, arrived, today.atTime(0, 15).atZone(KIRITIMATI));
        book(me, location, later, today.atTime(1, 0).atZone(KIRITIMATI));
        Appointment dropped = book(me, location, cancelled, today.atTime(2, 0).atZone(KIRITIMATI));
        book(me, location, tomorrow, today.plusDays(1).atTime(0, 15).atZone(KIRITIMATI));
        book(colleague, location, colleagues, today.atTime(0, 15).atZone(KIRITIMATI));
        asFrontDesk.call(() -> scheduling.checkIn(first.getId(), null));
        asFrontDesk.call(() -> scheduling.cancel(dropped.getId(), "Patient is travelling"));

        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, PASSWORD).statusCode());
        String page = client.get("charting/my-day.xhtml").body();

        assertTrue(page.contains("Dr My Day " + fixture.suffix() + ": your appointments for"), page);
        assertTrue(page.contains(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH)
                .format(today)), "the date at the location is shown");
        assertTrue(page.contains("00:15 – 00:45") && page.contains("01:00 – 01:30"), "times of the location");
        assertTrue(page.contains(arrived.getFullName()) && page.contains(later.getFullName()));
        assertFalse(page.contains(cancelled.getFullName()), "cancelled visits are not listed");
        assertFalse(page.contains(tomorrow.getFullName()), "only today");
        assertFalse(page.contains(colleagues.getFullName()), "only the practitioner's own");
        assertTrue(page.contains("patient/patient.xhtml?id=" + arrived.getId()), "the patient is one click away");
        assertTrue(page.contains("myDayForm:appointments:0:start"), "the arrived patient can be taken in");
        assertFalse(page.contains("myDayForm:appointments:1:start"), "a booked patient has not arrived yet");

        HttpResponse<String> started = client.submit("charting/my-day.xhtml", "myDayForm", Map.of(),
                "appointments:0:start");
        assertEquals(200, started.statusCode());
        assertTrue(started.body().contains(arrived.getFullName() + " is in treatment."), started.body());
        assertEquals(AppointmentStatus.IN_TREATMENT,
                asFrontDesk.call(() -> scheduling.appointment(first.getId()).getStatus()));
    }

    @Test
    void anAccountThatIsNotLinkedToAPractitionerIsToldSoInsteadOfSeeingSomeoneElsesDay() throws Exception {
        String username = "unlinked" + fixture.suffix();
        asAdmin.call(() -> users.create(username, "Unlinked " + fixture.suffix(), PASSWORD,
                EnumSet.of(Role.PRACTITIONER)));
        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, PASSWORD).statusCode());

        String page = client.get("charting/my-day.xhtml").body();

        assertTrue(page.contains("not linked to a practitioner"), page);
        assertFalse(page.contains("myDayForm:appointments"), "no table of anybody's appointments");
    }

    private Appointment book(Practitioner practitioner, Location location, Patient patient, ZonedDateTime start)
            throws Exception {
        return asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                location.getId(), null, null, start.toInstant(), start.plusMinutes(30).toInstant(), null)));
    }
}
