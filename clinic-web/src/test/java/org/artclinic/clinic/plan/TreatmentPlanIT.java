package org.artclinic.clinic.plan;

import static org.artclinic.clinic.testsupport.ApiClient.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ComplaintRegion;
import org.artclinic.clinic.intake.IntakeDetails;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.intake.ScreeningAnswers;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.BookingRequest;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Treatment plans as a practitioner writes and uses them (decision 0032), through the REST API on
 * the real database: the article's default course, one active plan per patient, visits used
 * counted from the visit notes, the re-evaluation coming due, stale and foreign edits refused,
 * the PDF handout read back as text, and the front desk seeing only what booking needs.
 */
@ExtendWith(ArquillianExtension.class)
class TreatmentPlanIT {

    private static final String PASSWORD = "Planning-test-2026";

    @Inject
    private ClinicFixture fixture;

    @Inject
    private ClinicClock clock;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private IntakeService intakes;

    @EJB
    private TreatmentPlanService plans;

    @ArquillianResource
    private URL base;

    private Location location;
    private String me;
    private Practitioner mine;
    private ApiClient api;

    @BeforeEach
    void clinic() throws Exception {
        location = fixture.location("Plans", ZoneOffset.UTC);
        me = "plan" + fixture.suffix();
        mine = fixture.practitionerWhoSignsIn(me, "Dr Plan", PASSWORD, location);
        api = new ApiClient(base, me, PASSWORD);
    }

    private static String plan(String startsOn, String extra) {
        return """
                {"startsOn": "%s", "diagnoses": ["m542", "M62.830"],
                 "goals": [{"kind": "RANGE_OF_MOTION", "movement": "CERVICAL_ROTATION", "side": "RIGHT", "targetDegrees": 70},
                           {"kind": "OUTCOME_SCORE", "instrument": "NDI", "targetScore": 10},
                           {"kind": "FUNCTIONAL", "description": "Check the blind spot when driving without pain"}],
                 "homeProgram": [{"category": "STRENGTHENING", "name": "Chin tuck hold", "dose": "3 sets of 10, hold 5 seconds",
                                  "instructions": "Glide the chin straight back, eyes level."},
                                 {"category": "TRACKING", "name": "Symptom diary", "dose": "Once a day"}]%s}"""
                .formatted(startsOn, extra);
    }

    @Test
    void aPlanStartsWithTheArticlesCourseAndCountsTheVisitsChartedUnderIt() throws Exception {
        Patient patient = fixture.patient("Nadia", "Planned");
        LocalDate start = clock.today().minusDays(3);
        HttpResponse<String> created = api.post("api/patients/" + patient.getId() + "/plans", plan(start.toString(), ""));
        assertEquals(201, created.statusCode(), created::body);
        String id = field(created.body(), "id");
        assertEquals("6", field(created.body(), "plannedVisits"), "2 a week for 3 weeks");
        assertEquals("2", field(created.body(), "visitsPerWeek"));
        assertEquals("6", field(created.body(), "reEvaluateAfterVisits"), "re-evaluated at the last planned visit");
        assertEquals("0", field(created.body(), "visitsUsed"));
        assertTrue(created.body().contains("\"diagnoses\":[\"M54.2\",\"M62.830\"]"), created.body());
        assertTrue(created.body().contains("\"words\":\"Neck rotation right 70°\"")
                && created.body().contains("\"words\":\"NDI at most 10\""), created.body());

        HttpResponse<String> second = api.post("api/patients/" + patient.getId() + "/plans", plan(start.toString(), ""));
        assertEquals(409, second.statusCode(), "one active plan per patient");
        assertTrue(second.body().contains("already has an active plan"), second.body());

        // a visit charted today counts; the re-evaluation comes due when its visit is reached
        screened(patient);
        Appointment visit = bookAnHourAgo(patient);
        assertEquals(201, api.post("api/visits", "{\"appointmentId\": " + visit.getId() + "}").statusCode());
        String read = api.get("api/plans/" + id).body();
        assertEquals("1", field(read, "visitsUsed"), read);
        assertEquals("5", field(read, "visitsRemaining"));
        assertEquals("false", field(read, "reEvaluationDue"));
        HttpResponse<String> revised = api.put("api/plans/" + id, plan(start.toString(),
                ", \"version\": " + field(read, "version") + ", \"reEvaluateAfterVisits\": 1"));
        assertEquals(200, revised.statusCode(), revised::body);
        assertEquals("true", field(revised.body(), "reEvaluationDue"));
        assertEquals("false", field(revised.body(), "reEvaluationOverdue"));

        HttpResponse<String> stale = api.put("api/plans/" + id, plan(start.toString(),
                ", \"version\": " + field(read, "version") + ", \"weeks\": 4"));
        assertEquals(400, stale.statusCode(), "an edit of an old copy");
        assertTrue(stale.body().contains("Someone else changed this plan"), stale.body());
        assertEquals("3", field(api.get("api/plans/" + id).body(), "weeks"), "the stale edit changed nothing");
    }

    @Test
    void badTermsAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        Patient patient = fixture.patient("Bo", "Refused");
        HttpResponse<String> bad = api.post("api/patients/" + patient.getId() + "/plans", """
                {"diagnoses": ["neck"], "goals": [{"kind": "RANGE_OF_MOTION", "movement": "NECK_TWIST", "targetDegrees": 70},
                                                  {"kind": "RANGE_OF_MOTION", "movement": "CERVICAL_ROTATION", "side": "RIGHT", "targetDegrees": 400}],
                 "homeProgram": [{"category": "STRENGTHENING", "name": "Bridge"}]}""");
        assertEquals(400, bad.statusCode(), bad::body);
        assertTrue(bad.body().contains("goals[0].movement") && bad.body().contains("goals[1]")
                && bad.body().contains("between 1 and 120 degrees"), bad.body());
        assertTrue(bad.body().contains("homeProgram[0]") && bad.body().contains("The dose of Bridge is required"),
                bad.body());
        HttpResponse<String> tooOften = api.post("api/patients/" + patient.getId() + "/plans",
                plan(clock.today().toString(), ", \"visitsPerWeek\": 6"));
        assertEquals(400, tooOften.statusCode());
        assertTrue(tooOften.body().contains("Visits per week are between 1 and 5"), tooOften.body());
        HttpResponse<String> noCode = api.post("api/patients/" + patient.getId() + "/plans",
                plan(clock.today().toString(), "").replace("\"m542\", \"M62.830\"", "\"back pain\""));
        assertEquals(400, noCode.statusCode());
        assertTrue(noCode.body().contains("\\\"back pain\\\" is not an ICD-10-CM code"), noCode.body());
        assertEquals("[]", api.get("api/patients/" + patient.getId() + "/plans").body(), "nothing stored");
        assertEquals(404, api.post("api/patients/987654321/plans", plan(clock.today().toString(), "")).statusCode());
    }

    @Test
    void theHandoutIsAPdfWithTheCourseGoalsAndExercisesInThePatientsOwnName() throws Exception {
        Patient patient = fixture.patient("Małgorzata", "Dvořák");
        String id = field(api.post("api/patients/" + patient.getId() + "/plans",
                plan(clock.today().toString(), "")).body(), "id");
        HttpResponse<byte[]> pdf = api.bytes("api/plans/" + id + "/handout", "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        String handout = text.toString().replaceAll("\\s+", " ");
        assertTrue(handout.contains("Your home program"), handout);
        assertTrue(handout.contains("Małgorzata Dvořák"), "the name as written: " + handout);
        assertTrue(handout.contains("2 visits a week for 3 weeks (6 visits)") && handout.contains("at visit 6"), handout);
        assertTrue(handout.contains("Neck rotation right 70°") && handout.contains("NDI at most 10"), handout);
        assertTrue(handout.contains("Progressive strengthening") && handout.contains("Chin tuck hold")
                && handout.contains("3 sets of 10, hold 5 seconds"), handout);
        assertTrue(handout.indexOf("Progressive strengthening") < handout.indexOf("Track your progress"),
                "the aftercare kinds in the article's order: " + handout);
        assertTrue(handout.contains("call the clinic"), "when to stop and call: " + handout);
    }

    @Test
    void onlyTheAuthorChangesOrEndsAPlanAndTheFrontDeskSeesOnlyWhatBookingNeeds() throws Exception {
        Patient patient = fixture.patient("Ola", "Owned");
        String created = api.post("api/patients/" + patient.getId() + "/plans", plan(clock.today().toString(), "")).body();
        String id = field(created, "id");
        String version = field(created, "version");
        String colleague = "colleague" + fixture.suffix();
        fixture.practitionerWhoSignsIn(colleague, "Dr Colleague", PASSWORD, location);
        ApiClient other = new ApiClient(base, colleague, PASSWORD);
        assertEquals(200, other.get("api/plans/" + id).statusCode(), "colleagues read plans, for continuity of care");
        assertEquals(403, other.put("api/plans/" + id, plan(clock.today().toString(), ", \"version\": " + version))
                .statusCode());
        assertEquals(403, other.post("api/plans/" + id + "/discontinue",
                "{\"version\": " + version + ", \"reason\": \"Mine now\"}").statusCode());
        assertEquals(403, new ApiClient(base, "frontdesk").get("api/patients/" + patient.getId() + "/plans").statusCode(),
                "the diagnoses and goals are clinical");
        TreatmentPlanService.PlanBooking booking = asFrontDesk.call(() -> plans.bookingOf(patient.getId())).orElseThrow();
        assertEquals(2, booking.visitsPerWeek());
        assertEquals(6, booking.remaining());
        assertEquals(mine.getId(), booking.practitionerId());

        HttpResponse<String> noReason = api.post("api/plans/" + id + "/discontinue", "{\"version\": " + version + "}");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("reason for stopping the plan is required"), noReason.body());
        HttpResponse<String> completed = api.post("api/plans/" + id + "/complete",
                "{\"version\": " + version + ", \"reason\": \"Goals met at visit 5\"}");
        assertEquals(200, completed.statusCode(), completed::body);
        assertEquals("\"COMPLETED\"", field(completed.body(), "status"));
        HttpResponse<String> afterEnd = api.put("api/plans/" + id, plan(clock.today().toString(),
                ", \"version\": " + field(completed.body(), "version")));
        assertEquals(409, afterEnd.statusCode());
        assertTrue(afterEnd.body().contains("This plan is completed"), afterEnd.body());
        assertTrue(asFrontDesk.call(() -> plans.bookingOf(patient.getId())).isEmpty(), "nothing left to book");
        assertEquals(201, api.post("api/patients/" + patient.getId() + "/plans", plan(clock.today().toString(), ""))
                .statusCode(), "a new plan once the old one ended");
        String listed = api.get("api/patients/" + patient.getId() + "/plans").body();
        assertTrue(listed.indexOf("\"status\":\"ACTIVE\"") >= 0 && listed.indexOf("\"status\":\"COMPLETED\"") >= 0,
                "the new plan and the completed one: " + listed);
    }

    private void screened(Patient patient) throws Exception {
        asFrontDesk.call(() -> intakes.recordConsent(patient.getId(), null, LocalDate.now(ZoneOffset.UTC).minusDays(1),
                "Sam Witness"));
        asPractitioner.call(() -> intakes.recordIntake(patient.getId(), null, IntakeDetails.of("Stiff neck",
                List.of(new ComplaintRegion(BodyRegion.NECK, Side.RIGHT))),
                new ScreeningAnswers(false, false, false, false, false, List.of())));
    }

    /** A visit that began an hour ago (in the location's time zone, UTC: today or, just after midnight, yesterday). */
    private Appointment bookAnHourAgo(Patient patient) throws Exception {
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        return asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), mine.getId(),
                location.getId(), null, null, start, start.plus(30, ChronoUnit.MINUTES), null)));
    }
}
