package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.BookingRequest;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccountService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.CalendarPage;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The screening alerts where a practitioner meets the patient outside the patient page, over HTTP
 * with the real login form: the header of an outcome questionnaire, the calendar's appointment
 * dialog (practitioners only), and what became of the recorded decision's referral on the intake
 * tab. (My day: MyDayIT.) Each test seeds its own patients through the services.
 */
@ExtendWith(ArquillianExtension.class)
class ScreeningAlertsPagesIT {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final String PASSWORD = "Alerts-test-2026";
    private static final String BLEEDING = "Bleeding disorder or blood thinners: reduce pressure and watch for bruising.";

    @Inject
    private ClinicFixture fixture;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private IntakeService intakes;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private UserAccountService users;

    @ArquillianResource
    private URL base;

    @Test
    void theOutcomeQuestionnaireShowsThePatientsScreeningAlertsInItsHeader() throws Exception {
        Patient patient = fixture.patient("Olive", "Questionnaire");
        intake(patient, new ScreeningAnswers(true, false, false, false, true,
                List.of(new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.OPEN_WOUND))));

        String page = signedIn("practitioner", ApiClient.PASSWORD)
                .get("outcome/administer.xhtml?patient=" + patient.getId() + "&instrument=NDI").body();

        assertTrue(page.contains("Refer before treatment:</strong> recent trauma (a fall, a collision or a "
                + "suspected fracture). No treatment until a practitioner records a clearance."), page);
        assertTrue(page.contains("Do not treat:</strong> knee"), page);
        assertTrue(page.contains(Precaution.PREGNANCY.practitionerWords()), page);
        assertTrue(page.contains("administerForm:save"), "the questionnaire is still there to answer");
    }

    @Test
    void aPractitionerWhoOpensAVisitInTheCalendarSeesThePatientsAlertsAndTheFrontDeskDoesNot() throws Exception {
        String username = "deskandcare" + fixture.suffix();
        asAdmin.call(() -> users.create(username, "Desk And Care " + fixture.suffix(), PASSWORD,
                EnumSet.of(Role.FRONT_DESK, Role.PRACTITIONER)));
        Location location = fixture.location("Alerts calendar", CHICAGO);
        Practitioner practitioner = fixture.practitioner("Dr. Alerts", location, LocalTime.of(6, 0),
                LocalTime.of(21, 0));
        Patient patient = fixture.patient("Bea", "Calendar");
        intake(patient, new ScreeningAnswers(false, false, false, true, false, List.of())); // and no consent
        LocalDate day = LocalDate.now(CHICAGO).plusWeeks(2).with(DayOfWeek.TUESDAY);
        ZonedDateTime start = day.atTime(10, 0).atZone(CHICAGO);
        Appointment visit = asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(),
                practitioner.getId(), location.getId(), null, null, start.toInstant(),
                start.plusMinutes(30).toInstant(), null)));

        String dialog = CalendarPage.openDialog(signedIn(username, PASSWORD), visit, day, CHICAGO);

        // the rebuilt dialog names the patient as its heading, then the practitioner and the time
        assertTrue(dialog.contains("id=\"eventTitle\">" + patient.getFullName() + "<")
                && dialog.contains(practitioner.getDisplayName() + " · "), "the visit's dialog: " + dialog);
        assertTrue(dialog.contains("Precaution:</strong> " + BLEEDING), dialog);
        assertTrue(dialog.contains("On hold:</strong> no current consent"), dialog);

        String desk = CalendarPage.openDialog(signedIn("frontdesk", ApiClient.PASSWORD), visit, day, CHICAGO);
        assertTrue(desk.contains("id=\"eventTitle\">" + patient.getFullName() + "<"), "the visit's dialog: " + desk);
        assertFalse(desk.contains("intake-alert") || desk.contains(BLEEDING), "no screening for the front desk: " + desk);
    }

    @Test
    void theIntakeTabSaysBesideTheRecordedDecisionThatItsReferralWasCleared() throws Exception {
        Patient patient = fixture.patient("Cleo", "Cleared");
        intake(patient, new ScreeningAnswers(true, false, false, false, false, List.of()));
        LocalDate letter = LocalDate.now().minusDays(2);
        asPractitioner.call(() -> intakes.recordClearance(patient.getId(), null, ClearanceEvidence.PHYSICIAN_LETTER,
                "Letter from Dr. Lee: X-ray clear", letter));

        String page = signedIn("practitioner", ApiClient.PASSWORD)
                .get("patient/patient.xhtml?id=" + patient.getId() + "&tab=intake").body();

        assertTrue(page.contains("Hands-on treatment is on hold until a doctor has checked you"),
                "the decision as it was recorded: " + page);
        assertTrue(Pattern.compile("Referral cleared on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [A-Z][A-Za-z0-9+:-]* "
                + "by [^<,]+, on a letter from "
                + "the patient's physician: Letter from Dr\\. Lee: X-ray clear \\(evidence dated " + letter + "\\)\\.")
                .matcher(page).find(), page);
        assertTrue(page.contains("This referral no longer holds treatment"), page);
        assertFalse(page.contains("still waits for a clearance, so treatment stays on hold"), page);
    }

    @Test
    void theIntakeTabSaysWhenAnEarlierReferralStillHoldsTreatmentThoughTheLatestDecisionAllowsIt() throws Exception {
        Patient patient = fixture.patient("Dara", "Earlier");
        IntakeAssessment first = intake(patient, new ScreeningAnswers(false, false, true, false, false, List.of()));
        asPractitioner.call(() -> intakes.recordIntake(patient.getId(), first.getId(),
                IntakeDetails.of("Numbness gone, back pain remains", List.of(new ComplaintRegion(BodyRegion.LOW_BACK,
                        Side.BOTH))), ScreeningAnswers.none()));

        String page = signedIn("practitioner", ApiClient.PASSWORD)
                .get("patient/patient.xhtml?id=" + patient.getId() + "&tab=intake").body();

        assertTrue(page.contains("Nothing in your answers stops hands-on treatment."), "the latest decision: " + page);
        assertTrue(page.contains("An earlier intake's referral still waits for a clearance, so treatment stays on hold"),
                page);
        assertFalse(page.contains("Referral cleared on"), page);
    }

    private IntakeAssessment intake(Patient patient, ScreeningAnswers screening) throws Exception {
        return asPractitioner.call(() -> intakes.recordIntake(patient.getId(), null, IntakeDetails.of(
                "Tight hamstrings after running", List.of(new ComplaintRegion(BodyRegion.KNEE, Side.LEFT))), screening));
    }

    private WebClient signedIn(String username, String password) throws Exception {
        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, password).statusCode(), "signed in as " + username);
        return client;
    }
}
