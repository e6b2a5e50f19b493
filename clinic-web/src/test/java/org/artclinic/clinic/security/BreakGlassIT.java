package org.artclinic.clinic.security;

import static org.artclinic.clinic.testsupport.ApiClient.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.scheduling.BookingRequest;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which patients a practitioner may open (decision 0039), as they meet it through the API: their
 * own patient, a colleague's patient at their location and a patient not yet booked open at once;
 * a patient booked only elsewhere answers 403 with what to do, on every clinical read, until the
 * practitioner gives a reason. The refusal and the break-glass are both in the audit trail against
 * the patient, the latter with the reason, and the reads made under it say so.
 */
@ExtendWith(ArquillianExtension.class)
class BreakGlassIT {

    private static final String PASSWORD = "Break-glass-2026";

    @Inject
    private ClinicFixture fixture;

    @Inject
    private ClinicClock clock;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private SchedulingService scheduling;

    @ArquillianResource
    private URL base;

    /** A practitioner who signs in, working at North, and four patients as they stand to them. */
    private record CareTeam(String me, Patient own, Patient colleagues, Patient stranger, Patient unbooked) {
    }

    private CareTeam careTeam(String username) throws Exception {
        Location north = fixture.location("North", ZoneOffset.UTC);
        Location south = fixture.location("South", ZoneOffset.UTC);
        Practitioner mine = fixture.practitionerWhoSignsIn(username, "Dr Glass", PASSWORD, north);
        Practitioner colleague = fixture.practitioner("Colleague", north, LocalTime.MIN, LocalTime.of(23, 45));
        Practitioner elsewhere = fixture.practitioner("Elsewhere", south, LocalTime.MIN, LocalTime.of(23, 45));
        return new CareTeam(username, booked(fixture.patient("Own", "Glasspatient"), mine, north, 1),
                booked(fixture.patient("Colleagues", "Glasspatient"), colleague, north, 2),
                booked(fixture.patient("Stranger", "Glasspatient"), elsewhere, south, 3),
                fixture.patient("Unbooked", "Glasspatient"));
    }

    @Test
    void aPractitionerOpensTheirCareTeamsPatientsAndAnyoneElseOnlyWithAReasonThatIsAudited() throws Exception {
        CareTeam team = careTeam("bg" + fixture.suffix());
        String me = team.me();
        Patient own = team.own();
        Patient colleagues = team.colleagues();
        Patient stranger = team.stranger();
        Patient unbooked = team.unbooked();

        ApiClient api = new ApiClient(base, me, PASSWORD);
        for (Patient open : List.of(own, colleagues, unbooked)) {
            for (String read : reads(open)) {
                assertEquals(200, api.get(read).statusCode(), read);
            }
        }

        // the stranger: refused on every clinical read, with the way out in the message, and audited
        for (String read : reads(stranger)) {
            HttpResponse<String> refused = api.get(read);
            assertEquals(403, refused.statusCode(), read);
            assertTrue(refused.body().contains("not one of yours") && refused.body().contains("break-glass"),
                    refused.body());
        }
        ApiClient admin = new ApiClient(base, "admin");
        JsonObject denied = latest(admin, stranger, me, "");
        assertEquals("DENIED", denied.getString("outcome"), denied.toString());

        // a reason that says nothing opens nothing
        HttpResponse<String> vague = api.post("api/patients/" + stranger.getId() + "/break-glass", "{\"reason\": \"need\"}");
        assertEquals(400, vague.statusCode(), vague.body());
        assertTrue(vague.body().contains("reason"), vague.body());
        assertEquals(403, api.get(reads(stranger).get(0)).statusCode(), "still closed after a refused break-glass");
        assertEquals(404, api.post("api/patients/999999999/break-glass",
                "{\"reason\": \"Covering for a colleague today\"}").statusCode());
        // the front desk does not break glass: it has no clinical record to open
        assertEquals(403, new ApiClient(base, "frontdesk").post("api/patients/" + stranger.getId() + "/break-glass",
                "{\"reason\": \"Covering for a colleague today\"}").statusCode());

        String reason = "Covering for Dr Elsewhere, who is off sick today";
        HttpResponse<String> glass = api.post("api/patients/" + stranger.getId() + "/break-glass",
                "{\"reason\": \"" + reason + "\"}");
        assertEquals(201, glass.statusCode(), glass.body());
        ZonedDateTime until = ZonedDateTime.parse(field(glass.body(), "until").replace("\"", ""));
        long minutes = java.time.Duration.between(clock.now(), until.toInstant()).toMinutes();
        assertTrue(minutes > 7 * 60 && minutes <= 8 * 60, "open for one shift: " + minutes + " minutes");
        for (String read : reads(stranger)) {
            assertEquals(200, api.get(read).statusCode(), read);
        }

        JsonObject emergency = latest(admin, stranger, me, "&action=EMERGENCY_ACCESS");
        assertEquals("SUCCESS", emergency.getString("outcome"));
        assertTrue(emergency.getString("detail").contains(reason), emergency.toString());
        JsonObject underGlass = latest(admin, stranger, me, "&action=VIEW");
        assertTrue(underGlass.getString("detail", "").contains("break-glass"), underGlass.toString());
        // another practitioner's break-glass is theirs alone
        assertEquals(403, new ApiClient(base, "practitioner").get(reads(stranger).get(0)).statusCode());
    }

    @Test
    void thePatientPageAsksForTheReasonInsteadOfShowingTheRecord() throws Exception {
        CareTeam team = careTeam("bgpage" + fixture.suffix());
        WebClient pages = new WebClient(base);
        assertEquals(302, pages.login(team.me(), PASSWORD).statusCode());
        String path = "patient/patient.xhtml?id=" + team.stranger().getId();

        HttpResponse<String> closed = pages.get(path);
        assertEquals(200, closed.statusCode());
        assertTrue(closed.body().contains("This patient is not one of yours"), closed.body());
        assertFalse(closed.body().contains("Stranger"), "nothing of the record, not even the name");

        HttpResponse<String> vague = pages.submit(path, "breakGlassForm", Map.of("reason", "need it"), "open");
        assertEquals(200, vague.statusCode());
        assertTrue(vague.body().contains("Give the reason you need this record"), vague.body());
        assertFalse(vague.body().contains("Stranger"), "a reason that says nothing opens nothing");

        HttpResponse<String> opened = pages.submit(path, "breakGlassForm",
                Map.of("reason", "Covering for Dr Elsewhere this afternoon"), "open");
        assertEquals(302, opened.statusCode(), opened.body());
        HttpResponse<String> record = pages.get(path);
        assertTrue(record.body().contains("Stranger"), "the record opens");
        assertFalse(record.body().contains("This patient is not one of yours"));
        // the own patient's page never asked
        assertFalse(pages.get("patient/patient.xhtml?id=" + team.own().getId()).body()
                .contains("This patient is not one of yours"));
    }

    /** The clinical reads of a patient a practitioner makes first: the record, intakes, plans, progress. */
    private static List<String> reads(Patient patient) {
        String p = "api/patients/" + patient.getId();
        return List.of(p, p + "/intakes", p + "/plans", p + "/progress", p + "/treatment-eligibility");
    }

    private Patient booked(Patient patient, Practitioner practitioner, Location location, int daysAhead)
            throws Exception {
        ZonedDateTime at = clock.today().plusDays(daysAhead).atTime(9, 0).atZone(location.getZone());
        asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                location.getId(), null, null, at.toInstant(), at.plusMinutes(30).toInstant(), null)));
        return patient;
    }

    /** The newest audit row of the user about the patient (with more filters), as the administrator reads it. */
    private static JsonObject latest(ApiClient admin, Patient patient, String user, String more) throws Exception {
        HttpResponse<String> page = admin.get("api/audit?patientId=" + patient.getId() + "&user=" + user + more);
        assertEquals(200, page.statusCode(), page.body());
        var items = Json.createReader(new StringReader(page.body())).readObject().getJsonArray("items");
        assertTrue(!items.isEmpty(), "audit rows for " + user + more + ": " + page.body());
        return items.getJsonObject(0);
    }
}
