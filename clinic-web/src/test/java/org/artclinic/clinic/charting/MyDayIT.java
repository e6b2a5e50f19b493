package org.artclinic.clinic.charting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ComplaintRegion;
import org.artclinic.clinic.intake.ContraindicationReason;
import org.artclinic.clinic.intake.IntakeDetails;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.intake.LocalContraindication;
import org.artclinic.clinic.intake.ScreeningAnswers;
import org.artclinic.clinic.intake.Side;
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
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A practitioner signs in and sees their own appointments of today, in the time of the location
 * they take place at, each with the patient's screening alerts, and takes a checked-in patient into
 * treatment from there.
 */
@ExtendWith(ArquillianExtension.class)
class MyDayIT {

    /** It is midday there whenever the test runs: this morning's visits have begun, the day is not about to turn. */
    private final ZoneId zone = ClinicFixture.middayZone();
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

    @EJB
    private IntakeService intakes;

    @EJB
    private AsPractitioner asPractitioner;

    @ArquillianResource
    private URL base;

    @Test
    void aPractitionerSeesTodaysOwnVisitsAndTakesTheArrivedPatientIntoTreatment() throws Exception {
        String username = "myday" + fixture.suffix();
        Location location = fixture.location("My day", zone);
        Practitioner me = practitionerWhoSignsIn(username, location);
        Practitioner colleague = fixture.practitioner("Colleague", location, LocalTime.MIN, LocalTime.of(23, 45));
        Patient arrived = fixture.patient("Ada", "Arrived");
        Patient later = fixture.patient("Bo", "Later");
        Patient cancelled = fixture.patient("Cy", "Cancelled");
        Patient tomorrow = fixture.patient("Di", "Tomorrow");
        Patient colleagues = fixture.patient("Ed", "Colleagues");
        LocalDate today = LocalDate.now(zone);

        Appointment first = book(me, location, arrived, today.atTime(0, 15).atZone(zone));
        book(me, location, later, today.atTime(1, 0).atZone(zone));
        Appointment dropped = book(me, location, cancelled, today.atTime(2, 0).atZone(zone));
        book(me, location, tomorrow, today.plusDays(1).atTime(0, 15).atZone(zone));
        book(colleague, location, colleagues, today.atTime(0, 15).atZone(zone));
        asFrontDesk.call(() -> scheduling.checkIn(first.getId(), null));
        asFrontDesk.call(() -> scheduling.cancel(dropped.getId(), "Patient is travelling"));
        asFrontDesk.call(() -> intakes.recordConsent(arrived.getId(), null, LocalDate.now(ZoneOffset.UTC).minusDays(1), "Sam Witness"));
        intake(arrived, ScreeningAnswers.none());

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
        assertTrue(page.contains("id=\"myDayForm:appointments:0:start\""), "the arrived patient can be taken in");
        assertFalse(page.contains("myDayForm:appointments:1:start"), "a booked patient has not arrived yet");

        HttpResponse<String> started = client.submit("charting/my-day.xhtml", "myDayForm", Map.of(),
                "appointments:0:start");
        assertEquals(302, started.statusCode(), "Start visit opens the visit's note");
        String target = started.headers().firstValue("Location").orElseThrow();
        assertTrue(target.contains("charting/visit.xhtml?id="), target);
        String note = client.get(target.substring(target.indexOf("charting/"))).body();
        assertTrue(note.contains(arrived.getFullName() + " is in treatment."), "the confirmation follows: " + note);
        assertTrue(note.contains("Draft") && note.contains("noteForm:subjective"), note);
        assertEquals(AppointmentStatus.IN_TREATMENT,
                asFrontDesk.call(() -> scheduling.appointment(first.getId()).getStatus()));
    }

    @Test
    void eachVisitShowsThePatientsScreeningAlertsBeforeTheSession() throws Exception {
        String username = "alerts" + fixture.suffix();
        Location location = fixture.location("My day alerts", zone);
        Practitioner me = practitionerWhoSignsIn(username, location);
        Patient careful = fixture.patient("Ida", "Careful");
        Patient referred = fixture.patient("Jo", "Referred");
        Patient unscreened = fixture.patient("Kai", "Unscreened");
        Patient clear = fixture.patient("Lu", "Clear");
        for (Patient consenting : List.of(careful, referred, clear)) {
            // signed yesterday: never "in the future" wherever the clinic's day is
            asFrontDesk.call(() -> intakes.recordConsent(consenting.getId(), null, LocalDate.now(ZoneOffset.UTC).minusDays(1),
                    "Sam Witness"));
        }
        intake(careful, new ScreeningAnswers(false, false, false, true, false,
                List.of(new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.UNHEALED_SURGICAL_SITE))));
        intake(referred, new ScreeningAnswers(true, false, false, false, false, List.of()));
        intake(clear, ScreeningAnswers.none());
        LocalDate today = LocalDate.now(zone);
        Appointment first = book(me, location, careful, today.atTime(0, 15).atZone(zone));
        Appointment second = book(me, location, referred, today.atTime(1, 0).atZone(zone));
        Appointment third = book(me, location, unscreened, today.atTime(2, 0).atZone(zone));
        Appointment fourth = book(me, location, clear, today.atTime(3, 0).atZone(zone));

        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, PASSWORD).statusCode());
        String page = client.get("charting/my-day.xhtml").body();

        String ida = row(page, first);
        assertTrue(ida.contains("Precaution:</strong> Bleeding disorder or blood thinners: reduce pressure and "
                + "watch for bruising."), ida);
        assertTrue(ida.contains("Do not treat:</strong> knee"), ida);
        assertFalse(ida.contains("On hold"), "treatment may go ahead, with care: " + ida);
        String jo = row(page, second);
        assertTrue(jo.contains("On hold:</strong> referral pending"), jo);
        assertTrue(jo.contains("Refer before treatment:</strong> recent trauma (a fall, a collision or a suspected "
                + "fracture)"), jo);
        assertTrue(row(page, third).contains("On hold:</strong> no intake yet, no current consent"), row(page, third));
        assertFalse(row(page, fourth).contains("intake-alert"), "nothing to say about a screened, consenting patient");
    }

    @Test
    void aPatientOnHoldCanBeSeenForAnAssessmentOnlyAfterAWarningNamingTheHold() throws Exception {
        String username = "onhold" + fixture.suffix();
        Location location = fixture.location("My day hold", zone);
        Practitioner me = practitionerWhoSignsIn(username, location);
        Patient referred = fixture.patient("Mo", "Referred");
        asFrontDesk.call(() -> intakes.recordConsent(referred.getId(), null, LocalDate.now(ZoneOffset.UTC).minusDays(1), "Sam Witness"));
        intake(referred, new ScreeningAnswers(false, true, false, false, false, List.of()));
        Appointment visit = book(me, location, referred, LocalDate.now(zone).atTime(0, 15).atZone(zone));
        asFrontDesk.call(() -> scheduling.checkIn(visit.getId(), null));

        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, PASSWORD).statusCode());
        String page = client.get("charting/my-day.xhtml").body();
        String row = row(page, visit);

        assertFalse(row.contains("id=\"myDayForm:appointments:0:start\""), "no plain Start treatment: " + row);
        assertTrue(row.contains("Start visit: assessment only"), row);
        // the button's confirmation, which PrimeFaces' CSP mode registers in a script at the end of the page
        assertTrue(page.contains("Treatment is on hold for this patient (referral pending). Start the visit to assess"),
                "the warning names the hold: " + page);
        HttpResponse<String> started = client.submit("charting/my-day.xhtml", "myDayForm", Map.of(),
                "appointments:0:startOnHold");
        assertEquals(302, started.statusCode(), "the visit's note opens, for the assessment");
        assertTrue(started.headers().firstValue("Location").orElseThrow().contains("charting/visit.xhtml?id="));
        assertEquals(AppointmentStatus.IN_TREATMENT,
                asFrontDesk.call(() -> scheduling.appointment(visit.getId()).getStatus()), "the visit may go ahead");
        assertEquals(Boolean.TRUE, asPractitioner.call(() -> intakes.treatmentEligibility(referred.getId())
                .referralPending()), "and the hold stays until a clearance");
    }

    @Test
    void anEmptyDayPointsToTheNextDayWithVisitsAndGoesThereInOneClick() throws Exception {
        String username = "mydaynext" + fixture.suffix();
        Location location = fixture.location("My day next", zone);
        Practitioner me = practitionerWhoSignsIn(username, location);
        Patient later = fixture.patient("Flo", "Thursday");
        Patient dropped = fixture.patient("Gus", "Dropped");
        LocalDate today = LocalDate.now(zone);
        // a cancelled visit the day after tomorrow is not "the next visits"; the one three days ahead is
        Appointment cancelled = book(me, location, dropped, today.plusDays(2).atTime(9, 0).atZone(zone));
        asFrontDesk.call(() -> scheduling.cancel(cancelled.getId(), "Patient is travelling"));
        book(me, location, later, today.plusDays(3).atTime(9, 0).atZone(zone));
        String nextDay = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH)
                .format(today.plusDays(3));

        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, PASSWORD).statusCode());
        String page = client.get("charting/my-day.xhtml").body();
        assertTrue(page.contains("No appointments on this day."), page);
        assertTrue(page.contains("Next visits: " + nextDay), "the next day with visits is named: " + page);

        String there = client.submit("charting/my-day.xhtml", "myDayForm", Map.of(), "showNextVisits").body();
        assertTrue(there.contains("your appointments for " + nextDay), there);
        assertTrue(there.contains(later.getFullName()) && there.contains("09:00 – 09:30"), there);
        assertFalse(there.contains("Next visits:"), "a day with visits needs no pointer");
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

    /** A practitioner with an account of their own, working all day every day at the location. */
    private Practitioner practitionerWhoSignsIn(String username, Location location) throws Exception {
        asAdmin.call(() -> users.create(username, "My Day " + fixture.suffix(), PASSWORD,
                EnumSet.of(Role.PRACTITIONER)));
        Practitioner me = asAdmin.call(() -> setup.createPractitioner("Dr My Day " + fixture.suffix(),
                Discipline.PHYSICAL_THERAPIST, null, "#1f6f78", username));
        for (var day : java.time.DayOfWeek.values()) {
            asAdmin.call(() -> setup.addWorkingHours(me.getId(), location.getId(), day, LocalTime.MIN,
                    LocalTime.of(23, 45)));
        }
        return me;
    }

    private void intake(Patient patient, ScreeningAnswers screening) throws Exception {
        asPractitioner.call(() -> intakes.recordIntake(patient.getId(), null, IntakeDetails.of("Sore after training",
                List.of(new ComplaintRegion(BodyRegion.LOW_BACK, Side.BOTH))), screening));
    }

    /** The table row of the appointment, as rendered. */
    private static String row(String page, Appointment appointment) {
        Matcher row = Pattern.compile("<tr[^>]*clinic-row-" + appointment.getId() + "[\" \\s].*?</tr>",
                Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), "a row for appointment " + appointment.getId() + ": " + page);
        return row.group();
    }

    private Appointment book(Practitioner practitioner, Location location, Patient patient, ZonedDateTime start)
            throws Exception {
        return asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                location.getId(), null, null, start.toInstant(), start.plusMinutes(30).toInstant(), null)));
    }
}
