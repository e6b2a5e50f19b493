package org.artclinic.clinic.progress;

import static org.artclinic.clinic.testsupport.ApiClient.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ComplaintRegion;
import org.artclinic.clinic.intake.IntakeDetails;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.intake.PainScores;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.ScreeningAnswers;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.protocol.RegionGroup;
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
import org.artclinic.clinic.testsupport.SqlStatements;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Range-of-motion re-tests and the progress chart's data (decision 0033), as a practitioner records
 * and reads them: re-tests on a draft, checked field by field, refused once the note is signed (by
 * the service, 409, and by the database for SQL sent past it), and the series of a patient with the
 * intake's baseline, last week's and today's values, left and right side by side.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressIT {

    private static final String PASSWORD = "Progress-test-2026";

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
    private ProgressService progress;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    @EJB
    private SqlStatements sql;

    @Test
    void theChartOfAPatientWithManyVisitsCostsAFewQueriesNotOnePerVisit() throws Exception {
        // the demo patient with the most notes with ART entries
        long patient;
        int visits;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT n.patient_id, COUNT(*) FROM visit_note n "
                        + "WHERE EXISTS (SELECT 1 FROM art_entry e WHERE e.visit_note_id = n.id) GROUP BY n.patient_id "
                        + "ORDER BY COUNT(*) DESC, n.patient_id");
                java.sql.ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next(), "the demo clinic has notes");
            patient = rows.getLong(1);
            visits = rows.getInt(2);
        }
        // a holiday in the demo weeks (Thanksgiving) can take a visit away: five is still "many"
        assertTrue(visits >= 5, "a patient in care for a while: " + visits + " visits");
        SqlStatements.Counted<org.artclinic.clinic.progress.Progress> counted = sql.during(
                () -> asPractitioner.call(() -> progress.of(patient, null, null)));
        assertTrue(counted.result().rom().size() + counted.result().pain().size() > 0, "the chart has data");
        for (String table : List.of("FROM art_entry", "FROM visit_note_rom", "FROM protocol")) {
            assertEquals(1, counted.statements().stream().filter(q -> q.contains(table)).count(),
                    "one read of " + table + " for " + visits + " visits: " + String.join("\n", counted.statements()));
        }
    }

    @Test
    void reTestsAreKeptOnADraftFixedBySigningAndChartedLeftAndRightOverTheVisits() throws Exception {
        Location location = fixture.location("Progress", clock.zone());
        String me = "prog" + fixture.suffix();
        Practitioner mine = fixture.practitionerWhoSignsIn(me, "Dr Progress", PASSWORD, location);
        fixture.certify(mine, RegionGroup.values());
        LocalDate today = clock.today();
        Patient patient = fixture.patient("Ola", "Progress");
        asFrontDesk.call(() -> intakes.recordConsent(patient.getId(), null, today.minusDays(10), "Sam Witness"));
        clock.useClock(Clock.fixed(clock.now().minus(Duration.ofDays(9)), ZoneOffset.UTC)); // the intake came first
        asPractitioner.call(() -> intakes.recordIntake(patient.getId(), null, new IntakeDetails(
                "Stiff neck turning right", List.of(new ComplaintRegion(BodyRegion.NECK, Side.RIGHT)), null, null, 4,
                null, null, null, null, null, null, null, null,
                List.of(new RangeOfMotion(RomMovement.CERVICAL_ROTATION, Side.LEFT, 70),
                        new RangeOfMotion(RomMovement.CERVICAL_ROTATION, Side.RIGHT, 45),
                        new RangeOfMotion(RomMovement.CERVICAL_FLEXION, null, 35)),
                null, null, new PainScores(7, 4, 8)), ScreeningAnswers.none()));
        clock.useClock(null);
        ApiClient api = new ApiClient(base, me, PASSWORD);

        // last week: re-tested, charted, signed
        String lastWeek = open(api, mine, patient, location, today.minusDays(7));
        String version = field(api.get("api/visits/" + lastWeek).body(), "version");
        HttpResponse<String> retested = api.put("api/visits/" + lastWeek + "/rom?version=" + version, """
                [{"movement": "CERVICAL_ROTATION", "side": "LEFT", "degrees": 70},
                 {"movement": "CERVICAL_ROTATION", "side": "RIGHT", "degrees": 52},
                 {"movement": "CERVICAL_FLEXION", "degrees": 40}]""");
        assertEquals(200, retested.statusCode(), retested::body);
        assertTrue(retested.body().contains("\"degrees\":52") && retested.body().contains("\"side\":\"MIDLINE\""),
                retested.body());
        assertEquals(200, api.put("api/visits/" + lastWeek + "/soap", "{\"assessment\": \"Turning right improving\", "
                + "\"painToday\": 5}").statusCode());
        HttpResponse<String> entry = api.post("api/visits/" + lastWeek + "/art-entries", "{\"protocolId\": "
                + neckProtocol(api) + ", \"side\": \"RIGHT\", \"passes\": 3, \"tension\": \"MODERATE\", \"painBefore\": 5, "
                + "\"painAfter\": 3, \"movement\": \"CERVICAL_ROTATION\", \"romBefore\": 52, \"romAfter\": 58}");
        assertEquals(201, entry.statusCode(), entry::body);
        assertEquals(200, api.post("api/visits/" + lastWeek + "/sign", "{\"password\": \"" + PASSWORD + "\"}")
                .statusCode());

        HttpResponse<String> afterSigning = api.put("api/visits/" + lastWeek + "/rom",
                "[{\"movement\": \"CERVICAL_ROTATION\", \"side\": \"RIGHT\", \"degrees\": 60}]");
        assertEquals(409, afterSigning.statusCode(), afterSigning::body);
        SQLException updated = assertThrows(SQLException.class, () -> execute(
                "UPDATE visit_note_rom SET degrees = 60 WHERE visit_note_id = ?", Long.parseLong(lastWeek)));
        assertTrue(updated.getMessage().contains("signed"), updated.getMessage());
        SQLException deleted = assertThrows(SQLException.class, () -> execute(
                "DELETE FROM visit_note_rom WHERE visit_note_id = ?", Long.parseLong(lastWeek)));
        assertTrue(deleted.getMessage().contains("signed"), deleted.getMessage());
        assertTrue(api.get("api/visits/" + lastWeek).body().contains("\"degrees\":52"), "the signed re-test stayed");

        // today: bad input is named field by field and changes nothing; a stale version and a colleague are refused
        String todays = open(api, mine, patient, location, today);
        HttpResponse<String> bad = api.put("api/visits/" + todays + "/rom", """
                [{"movement": "CERVICAL_ROTATION", "degrees": 60},
                 {"movement": "NECK_TWIST", "side": "LEFT", "degrees": 60},
                 {"movement": "CERVICAL_FLEXION", "degrees": 300}]""");
        assertEquals(400, bad.statusCode(), bad::body);
        assertTrue(bad.body().contains("\"field\":\"[0]\"") && bad.body().contains("choose the side"), bad.body());
        assertTrue(bad.body().contains("\"field\":\"[1].movement\""), bad.body());
        assertTrue(bad.body().contains("Neck flexion is measured from 0 to 90 degrees"), bad.body());
        assertTrue(!bad.body().contains("Exception"), "no stack trace: " + bad.body());
        HttpResponse<String> twice = api.put("api/visits/" + todays + "/rom", """
                [{"movement": "CERVICAL_ROTATION", "side": "RIGHT", "degrees": 60},
                 {"movement": "CERVICAL_ROTATION", "side": "RIGHT", "degrees": 62}]""");
        assertEquals(400, twice.statusCode(), twice::body);
        assertTrue(api.get("api/visits/" + todays).body().contains("\"romRetests\":[]"), "nothing was saved");
        String good = "[{\"movement\": \"CERVICAL_ROTATION\", \"side\": \"RIGHT\", \"degrees\": 60},"
                + " {\"movement\": \"CERVICAL_ROTATION\", \"side\": \"LEFT\", \"degrees\": 71}]";
        assertEquals(409, api.put("api/visits/" + todays + "/rom?version=7", good).statusCode(), "a stale version");
        String colleague = "progc" + fixture.suffix();
        fixture.practitionerWhoSignsIn(colleague, "Dr Colleague", PASSWORD, location);
        assertEquals(403, new ApiClient(base, colleague, PASSWORD).put("api/visits/" + todays + "/rom", good)
                .statusCode());
        HttpResponse<String> saved = api.put("api/visits/" + todays + "/rom?version=" + field(
                api.get("api/visits/" + todays).body(), "version"), good);
        assertEquals(200, saved.statusCode(), saved::body);

        // the chart's data: the intake's baseline, last week's and today's values, left and right with the difference
        HttpResponse<String> chart = api.get("api/patients/" + patient.getId() + "/progress");
        assertEquals(200, chart.statusCode(), chart::body);
        JsonObject json = Json.createReader(new StringReader(chart.body())).readObject();
        JsonObject rotation = json.getJsonArray("rangeOfMotion").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("movement").equals("CERVICAL_ROTATION")).findFirst().orElseThrow();
        List<String> rows = rotation.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("source") + " " + r.get("left") + "/" + r.get("right") + " " + r.get("difference"))
                .toList();
        assertEquals(List.of("INTAKE 70/45 25", "VISIT 70/52 18", "BEFORE_ART null/52 null", "AFTER_ART null/58 null",
                "VISIT 71/60 11"), rows, chart.body());
        assertEquals("RIGHT", rotation.getJsonArray("rows").getJsonObject(0).getString("lowerSide"));
        List<Integer> pain = json.getJsonArray("pain").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("value")).toList();
        assertEquals(List.of(7, 5, 5, 3), pain, "intake, last week's pain today, before and after ART");

        // a period from today keeps the intake as its baseline and leaves last week out
        HttpResponse<String> fromToday = api.get("api/patients/" + patient.getId() + "/progress?from=" + today);
        assertEquals(200, fromToday.statusCode(), fromToday::body);
        assertTrue(fromToday.body().contains("\"left\":70,") && !fromToday.body().contains("\"right\":52"),
                fromToday.body());
        assertEquals(400, api.get("api/patients/" + patient.getId() + "/progress?from=last+week").statusCode());
        assertEquals(404, api.get("api/patients/987654321/progress").statusCode());
        assertEquals(403, new ApiClient(base, "frontdesk").get("api/patients/" + patient.getId() + "/progress")
                .statusCode(), "progress is for practitioners");
        DomainException backwards = assertThrows(DomainException.class, () -> asPractitioner.call(
                () -> progress.of(patient.getId(), today, today.minusDays(1))));
        assertTrue(backwards.getMessage().contains("ends"), backwards.getMessage());
    }

    @AfterEach
    void realTime() {
        if (clock != null) {
            clock.useClock(null);
        }
    }

    private String open(ApiClient api, Practitioner practitioner, Patient patient, Location location, LocalDate day)
            throws Exception {
        ZonedDateTime at = day.atTime(9, 0).atZone(location.getZone());
        long appointment = asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(),
                practitioner.getId(), location.getId(), null, null, at.toInstant(), at.plusMinutes(30).toInstant(),
                null))).getId();
        HttpResponse<String> opened = api.post("api/visits", "{\"appointmentId\": " + appointment + "}");
        assertEquals(201, opened.statusCode(), opened::body);
        return field(opened.body(), "id");
    }

    private static String neckProtocol(ApiClient api) throws Exception {
        HttpResponse<String> found = api.get("api/protocols?region=NECK");
        assertEquals(200, found.statusCode(), found::body);
        return field(found.body(), "id");
    }

    private void execute(String sql, long noteId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, noteId);
            statement.executeUpdate();
        }
    }
}
