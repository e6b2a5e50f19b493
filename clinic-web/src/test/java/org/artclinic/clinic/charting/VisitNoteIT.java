package org.artclinic.clinic.charting;

import static org.artclinic.clinic.testsupport.ApiClient.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
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
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.BookingRequest;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.system.DatabaseMigrator;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Visit notes through the REST API as the practitioner uses them (decision 0031): opened from
 * today's appointment, written, charted, signed with the password, then fixed: every change
 * answers 409, and the database (PostgreSQL and H2 alike) refuses an UPDATE or DELETE sent past the service.
 * The screening gate holds treatment, and another practitioner's note is refused.
 */
@ExtendWith(ArquillianExtension.class)
class VisitNoteIT {

    /** It is midday there whenever the test runs: this morning's visits have begun, the day is not about to turn. */
    private final ZoneId zone = ClinicFixture.middayZone();
    private static final String PASSWORD = "Charting-test-2026";

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

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private Location location;
    private String me;
    private Practitioner mine;
    private LocalDate today;

    @BeforeEach
    void clinic() throws Exception {
        location = fixture.location("Charting", zone);
        me = "chart" + fixture.suffix();
        mine = practitionerWhoSignsIn(me, "Dr Chart");
        today = LocalDate.now(zone);
    }

    @AfterEach
    void realTime() {
        if (clock != null) {
            clock.useClock(null);
        }
    }

    @Test
    void aPractitionerOpensWritesChartsAndSignsTheNoteAndAfterwardsOnlyAddendaAreAccepted() throws Exception {
        Patient patient = screened(fixture.patient("Nia", "Signed"), List.of());
        Appointment visit = book(mine, patient, today.atTime(0, 15));
        ApiClient api = new ApiClient(base, me, PASSWORD);

        HttpResponse<String> opened = api.post("api/visits", "{\"appointmentId\": " + visit.getId() + "}");
        assertEquals(201, opened.statusCode(), opened::body);
        String id = field(opened.body(), "id");
        assertEquals("\"DRAFT\"", field(opened.body(), "status"));
        assertEquals(String.valueOf(patient.getId()), field(opened.body(), "patientId"));
        HttpResponse<String> again = api.post("api/visits", "{\"appointmentId\": " + visit.getId() + "}");
        assertEquals(200, again.statusCode(), "a second Start visit finds the same note");
        assertEquals(id, field(again.body(), "id"));

        assertEquals(200, api.put("api/visits/" + id + "/soap", """
                {"subjective": "Low back stiff after a long drive", "objective": "Flexion 60 degrees",
                 "assessment": "Improving", "plan": "Two more visits", "painToday": 4}""").statusCode());
        HttpResponse<String> service = api.post("api/visits/" + id + "/services", """
                {"code": "97110", "minutes": 12, "regions": ["LOW_BACK"], "diagnosisCodes": ["M54.50"]}""");
        assertEquals(201, service.statusCode(), service::body);
        String serviceId = field(service.body(), "id");

        HttpResponse<String> wrong = api.post("api/visits/" + id + "/sign", "{\"password\": \"not my password\"}");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("password is not right"), wrong.body());
        HttpResponse<String> signed = api.post("api/visits/" + id + "/sign", "{\"password\": \"" + PASSWORD + "\"}");
        assertEquals(200, signed.statusCode(), signed::body);
        assertEquals("\"SIGNED\"", field(signed.body(), "status"));
        assertEquals("false", field(signed.body(), "late"));

        for (HttpResponse<String> refused : List.of(
                api.put("api/visits/" + id + "/soap", "{\"assessment\": \"Rewritten\"}"),
                api.post("api/visits/" + id + "/services", "{\"code\": \"97140\", \"minutes\": 8, \"regions\": [\"LOW_BACK\"]}"),
                api.delete("api/visits/" + id + "/services/" + serviceId),
                api.post("api/visits/" + id + "/sign", "{\"password\": \"" + PASSWORD + "\"}"))) {
            assertEquals(409, refused.statusCode(), refused::body);
            assertTrue(refused.body().contains("signed"), refused.body());
        }
        HttpResponse<String> addendum = api.post("api/visits/" + id + "/addenda",
                "{\"text\": \"Pain today was 5, not 4.\"}");
        assertEquals(201, addendum.statusCode(), addendum::body);

        String read = api.get("api/visits/" + id).body();
        assertTrue(read.contains("\"painToday\":4") && read.contains("\"assessment\":\"Improving\""), "as signed: " + read);
        assertTrue(read.contains("Pain today was 5, not 4.") && read.contains("\"writtenBy\":\"" + me + "\""), read);
        assertTrue(api.get("api/visits?patientId=" + patient.getId()).body().contains("\"total\":1"));
    }

    @Test
    void anArtEntryIsChartedOnlyUnderCurrentCredentialsAndWhereTheScreeningAllowsIt() throws Exception {
        Patient kneeSurgery = screened(fixture.patient("Wes", "Protocols"),
                List.of(new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.UNHEALED_SURGICAL_SITE)));
        ApiClient api = new ApiClient(base, me, PASSWORD);
        String id = field(api.post("api/visits", "{\"appointmentId\": "
                + book(mine, kneeSurgery, today.atTime(0, 15)).getId() + "}").body(), "id");
        String neck = protocolAt(api, "NECK");
        String knee = protocolAt(api, "KNEE");
        String entry = "{\"protocolId\": %s, \"side\": \"%s\", \"passes\": 3, \"tension\": \"MODERATE\", "
                + "\"painBefore\": 6, \"painAfter\": 3, \"movement\": \"CERVICAL_ROTATION\", \"romBefore\": 55, "
                + "\"romAfter\": 70}";

        HttpResponse<String> uncertified = api.post("api/visits/" + id + "/art-entries", entry.formatted(neck, "RIGHT"));
        assertEquals(409, uncertified.statusCode(), uncertified::body);
        assertTrue(uncertified.body().contains("licence") || uncertified.body().contains("Spine"), uncertified.body());

        certify(mine, RegionGroup.values());
        HttpResponse<String> charted = api.post("api/visits/" + id + "/art-entries", entry.formatted(neck, "RIGHT"));
        assertEquals(201, charted.statusCode(), charted::body);
        assertEquals("3", field(charted.body(), "painAfter"));
        assertEquals("\"NECK\"", field(charted.body(), "region"));
        HttpResponse<String> blocked = api.post("api/visits/" + id + "/art-entries", entry.formatted(knee, "LEFT"));
        assertEquals(409, blocked.statusCode(), "the knee is not to be treated: " + blocked.body());
        assertEquals(400, api.post("api/visits/" + id + "/art-entries",
                "{\"protocolId\": " + neck + ", \"side\": \"RIGHT\", \"passes\": 11, \"tension\": \"FIRM\"}")
                .statusCode(), "eleven passes");
        HttpResponse<String> noMovement = api.post("api/visits/" + id + "/art-entries", "{\"protocolId\": " + neck
                + ", \"side\": \"RIGHT\", \"passes\": 2, \"tension\": \"FIRM\", \"romBefore\": 40}");
        assertEquals(400, noMovement.statusCode(), noMovement::body);
        assertTrue(noMovement.body().contains("Choose the movement"), noMovement.body());
        assertEquals(400, api.post("api/visits/" + id + "/art-entries", "{\"protocolId\": " + neck
                + ", \"side\": \"RIGHT\", \"passes\": 2, \"tension\": \"FIRM\", \"movement\": \"CERVICAL_ROTATION\", "
                + "\"romAfter\": 121}").statusCode(), "neck rotation is at most twice its normal 60 degrees");
        assertTrue(api.get("api/visits/" + id + "/suggestions").statusCode() == 200);

        assertEquals(200, api.post("api/visits/" + id + "/sign", "{\"password\": \"" + PASSWORD + "\"}").statusCode(),
                "a note with ART entries alone is signed");
        assertEquals(409, api.post("api/visits/" + id + "/art-entries", entry.formatted(neck, "LEFT")).statusCode());
        String read = api.get("api/visits/" + id).body();
        assertTrue(read.contains("\"romAfter\":70") && read.contains("\"tension\":\"MODERATE\"")
                && read.contains("\"movement\":\"CERVICAL_ROTATION\""), read);
        SQLException refused = assertThrows(SQLException.class,
                () -> execute("UPDATE art_entry SET passes = 9 WHERE visit_note_id = ?", Long.parseLong(id)));
        assertTrue(refused.getMessage().contains("signed"), refused.getMessage());

        // the follow-up starts from what the last visit charted
        Appointment followUp = asFrontDesk.call(() -> scheduling.book(new BookingRequest(kneeSurgery.getId(),
                mine.getId(), location.getId(), null, null, today.atTime(2, 0).atZone(zone).toInstant(),
                today.atTime(2, 30).atZone(zone).toInstant(), null, true)));
        String next = field(api.post("api/visits", "{\"appointmentId\": " + followUp.getId() + "}").body(), "id");
        String previous = api.get("api/visits/" + next + "/previous-entries").body();
        assertTrue(previous.contains("\"protocolId\":" + neck) && previous.contains("\"side\":\"RIGHT\"")
                && previous.contains("\"passes\":3"), previous);
        assertEquals("[]", api.get("api/visits/" + id + "/previous-entries").body(), "the first visit has none before it");
    }

    @Test
    void theDatabaseRefusesToChangeASignedNoteEvenPastTheService() throws Exception {
        Patient patient = screened(fixture.patient("Ola", "Fixed"), List.of());
        ApiClient api = new ApiClient(base, me, PASSWORD);
        String id = field(api.post("api/visits", "{\"appointmentId\": "
                + book(mine, patient, today.atTime(0, 15)).getId() + "}").body(), "id");
        api.put("api/visits/" + id + "/soap", "{\"assessment\": \"As signed\"}");
        api.post("api/visits/" + id + "/services", "{\"code\": \"97140\", \"minutes\": 10, \"regions\": [\"NECK\"]}");
        assertEquals(200, api.post("api/visits/" + id + "/sign", "{\"password\": \"" + PASSWORD + "\"}").statusCode());
        assertEquals(201, api.post("api/visits/" + id + "/addenda", "{\"text\": \"Checked again.\"}").statusCode());

        long noteId = Long.parseLong(id);
        for (String sql : List.of(
                "UPDATE visit_note SET assessment = 'Tampered' WHERE id = ?",
                "DELETE FROM visit_note WHERE id = ?",
                "UPDATE visit_service SET minutes = 60 WHERE visit_note_id = ?",
                "DELETE FROM visit_service_region WHERE visit_service_id IN "
                        + "(SELECT id FROM visit_service WHERE visit_note_id = ?)",
                "INSERT INTO visit_service (id, version, visit_note_id, position, code, minutes) "
                        + "SELECT MAX(id) + 1000000, 0, ?, 9, '97110', 30 FROM visit_service",
                "UPDATE visit_addendum SET body = 'Tampered' WHERE visit_note_id = ?")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(sql, noteId), sql);
            assertTrue(refused.getMessage().contains("signed") || refused.getMessage().contains("addendum"),
                    refused.getMessage());
        }
        assertTrue(api.get("api/visits/" + id).body().contains("\"assessment\":\"As signed\""));
    }

    @Test
    void theScreeningGateHoldsTreatmentButNotAnAssessmentAndNamesTheReason() throws Exception {
        Patient unscreened = fixture.patient("Pia", "Unscreened");
        Patient kneeSurgery = screened(fixture.patient("Quin", "Knee"),
                List.of(new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.UNHEALED_SURGICAL_SITE)));
        ApiClient api = new ApiClient(base, me, PASSWORD);

        String held = field(api.post("api/visits", "{\"appointmentId\": "
                + book(mine, unscreened, today.atTime(0, 15)).getId() + "}").body(), "id");
        HttpResponse<String> treatment = api.post("api/visits/" + held + "/services",
                "{\"code\": \"97140\", \"minutes\": 15, \"regions\": [\"HIP\"]}");
        assertEquals(409, treatment.statusCode(), treatment::body);
        assertTrue(treatment.body().contains("No intake assessment"), treatment.body());
        assertEquals(201, api.post("api/visits/" + held + "/services",
                "{\"code\": \"97161\", \"regions\": [\"HIP\"]}").statusCode(), "an evaluation is always allowed");
        api.put("api/visits/" + held + "/soap", "{\"assessment\": \"Screening first; referred for an intake.\"}");
        assertEquals(200, api.post("api/visits/" + held + "/sign", "{\"password\": \"" + PASSWORD + "\"}").statusCode(),
                "an assessment-only note is signed");

        String knee = field(api.post("api/visits", "{\"appointmentId\": "
                + book(mine, kneeSurgery, today.atTime(1, 0)).getId() + "}").body(), "id");
        HttpResponse<String> blocked = api.post("api/visits/" + knee + "/services",
                "{\"code\": \"97140\", \"minutes\": 10, \"regions\": [\"HIP\", \"KNEE\"]}");
        assertEquals(409, blocked.statusCode(), blocked::body);
        assertTrue(blocked.body().toLowerCase(Locale.ROOT).contains("knee"), blocked.body());
        assertEquals(201, api.post("api/visits/" + knee + "/services",
                "{\"code\": \"97140\", \"minutes\": 10, \"regions\": [\"HIP\"]}").statusCode());
    }

    @Test
    void anotherPractitionersVisitIsRefusedAndNoNoteOpensForAFutureOrCancelledVisit() throws Exception {
        String colleagueName = "colleague" + fixture.suffix();
        Practitioner colleague = practitionerWhoSignsIn(colleagueName, "Dr Colleague");
        Patient patient = screened(fixture.patient("Rae", "Shared"), List.of());
        ApiClient api = new ApiClient(base, me, PASSWORD);
        ApiClient other = new ApiClient(base, colleagueName, PASSWORD);

        String id = field(api.post("api/visits", "{\"appointmentId\": "
                + book(mine, patient, today.atTime(0, 15)).getId() + "}").body(), "id");
        assertEquals(403, other.put("api/visits/" + id + "/soap", "{\"assessment\": \"Mine now\"}").statusCode());
        assertEquals(403, other.post("api/visits/" + id + "/sign", "{\"password\": \"" + PASSWORD + "\"}").statusCode());
        assertEquals(200, other.get("api/visits/" + id).statusCode(), "colleagues read the clinic's notes");
        Appointment colleagues = book(colleague, fixture.patient("Sol", "Theirs"), today.atTime(2, 0));
        assertEquals(403, api.post("api/visits", "{\"appointmentId\": " + colleagues.getId() + "}").statusCode());
        assertEquals(403, new ApiClient(base, "frontdesk").get("api/visits/" + id).statusCode(), "not the front desk");

        HttpResponse<String> future = api.post("api/visits", "{\"appointmentId\": "
                + book(mine, fixture.patient("Uma", "Tomorrow"), today.plusDays(1).atTime(0, 15)).getId() + "}");
        assertEquals(409, future.statusCode());
        assertTrue(future.body().contains("has not taken place yet"), future.body());
        Appointment cancelled = book(mine, fixture.patient("Vic", "Cancelled"), today.atTime(3, 0));
        asFrontDesk.call(() -> scheduling.cancel(cancelled.getId(), "Unwell"));
        assertEquals(409, api.post("api/visits", "{\"appointmentId\": " + cancelled.getId() + "}").statusCode());
    }

    @Test
    void aNoteSignedMoreThanADayAfterTheVisitIsMarkedLate() throws Exception {
        Patient patient = screened(fixture.patient("Tam", "Late"), List.of());
        Appointment visit = book(mine, patient, today.atTime(0, 15));
        ApiClient api = new ApiClient(base, me, PASSWORD);
        String id = field(api.post("api/visits", "{\"appointmentId\": " + visit.getId() + "}").body(), "id");
        api.put("api/visits/" + id + "/soap", "{\"assessment\": \"Written up two days later\"}");

        clock.useClock(Clock.fixed(visit.getEndsAt().plus(Duration.ofHours(25)), ZoneOffset.UTC));
        HttpResponse<String> signed = api.post("api/visits/" + id + "/sign", "{\"password\": \"" + PASSWORD + "\"}");
        assertEquals(200, signed.statusCode(), signed::body);
        assertEquals("true", field(signed.body(), "late"));
    }

    /** The id of the first protocol of the library at a region (the library is seeded at start-up). */
    private static String protocolAt(ApiClient api, String region) throws Exception {
        HttpResponse<String> found = api.get("api/protocols?region=" + region);
        assertEquals(200, found.statusCode(), found::body);
        return field(found.body(), "id");
    }

    private void certify(Practitioner practitioner, RegionGroup... groups) throws Exception {
        fixture.certify(practitioner, groups);
    }

    private Practitioner practitionerWhoSignsIn(String username, String name) throws Exception {
        return fixture.practitionerWhoSignsIn(username, name, PASSWORD, location);
    }

    /** Consent signed yesterday and an intake with these local contraindications (no red flag). */
    private Patient screened(Patient patient, List<LocalContraindication> local) throws Exception {
        asFrontDesk.call(() -> intakes.recordConsent(patient.getId(), null, LocalDate.now(ZoneOffset.UTC).minusDays(1),
                "Sam Witness"));
        asPractitioner.call(() -> intakes.recordIntake(patient.getId(), null, IntakeDetails.of("Sore after training",
                List.of(new ComplaintRegion(BodyRegion.LOW_BACK, Side.BOTH))),
                new ScreeningAnswers(false, false, false, false, false, local)));
        return patient;
    }

    private Appointment book(Practitioner practitioner, Patient patient, java.time.LocalDateTime start) throws Exception {
        ZonedDateTime at = start.atZone(zone);
        return asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                location.getId(), null, null, at.toInstant(), at.plusMinutes(30).toInstant(), null)));
    }

    private void execute(String sql, long noteId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, noteId);
            statement.executeUpdate();
        }
    }
}
