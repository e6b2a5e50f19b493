package org.artclinic.clinic.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.TestPhones;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API as an API client sees it: HTTP Basic as a demo user, JSON in and out, errors as
 * JSON with the right status. Every test makes its own data and runs in any order. The tests of
 * the schedule run in the container, where each first sets up its own location (local time about
 * noon right now), practitioner (working there all day) and room as an administrator, and then
 * calls the API over HTTP like any client.
 */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {


    @EJB
    private ClinicSetupService setup;

    @EJB
    private AsAdmin asAdmin;

    @ArquillianResource
    private URL base;

    // ---- patients

    @Test
    @RunAsClient
    void aFrontDeskClientRegistersAPatientAndReadsItBack() throws Exception {
        ApiClient api = new ApiClient(base, "frontdesk");
        String family = "Apitest" + letters();
        HttpResponse<String> created = api.post("api/patients", """
                {"givenName": "Jane", "familyName": "%s", "birthDate": "1985-04-23", "sex": "female",
                 "email": "%s@example.com"}""".formatted(family, family.toLowerCase()));
        assertEquals(201, created.statusCode(), created.body());
        String id = ApiClient.field(created.body(), "id");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/patients/" + id), location);
        assertTrue(ApiClient.field(created.body(), "chartNumber").matches("\"P\\d+\""), created.body());

        HttpResponse<String> read = api.get(location);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("\"" + family + "\"", ApiClient.field(read.body(), "familyName"));
        assertEquals("\"1985-04-23\"", ApiClient.field(read.body(), "birthDate"));
        assertEquals("\"FEMALE\"", ApiClient.field(read.body(), "sex"));

        HttpResponse<String> search = api.get("api/patients?q=" + family + "&max=5");
        assertEquals(200, search.statusCode(), search.body());
        assertEquals("1", ApiClient.field(search.body(), "total"), search.body());
        assertTrue(search.body().contains("\"id\":" + id), search.body());

        HttpResponse<String> tooMany = api.get("api/patients?max=5000");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("\"field\":\"max\""), tooMany.body());
    }

    @Test
    @RunAsClient
    void registeringTheSamePersonAgainIsAConflictThatNamesTheExistingChart() throws Exception {
        ApiClient api = new ApiClient(base, "frontdesk");
        String family = "Apidup" + letters();
        String patient = """
                {"givenName": "John", "familyName": "%s", "birthDate": "1970-01-31", "sex": "MALE"}""".formatted(family);
        HttpResponse<String> first = api.post("api/patients", patient);
        assertEquals(201, first.statusCode(), first.body());
        String chart = ApiClient.field(first.body(), "chartNumber").replace("\"", "");

        HttpResponse<String> again = api.post("api/patients", patient);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(ApiClient.field(again.body(), "message").contains(chart), again.body());
        assertTrue(again.body().contains("\"duplicates\":[{"), again.body());
        assertTrue(again.body().contains("same name and birth date"), again.body());

        HttpResponse<String> confirmed = api.post("api/patients",
                patient.replace("}", ", \"confirmedNotDuplicate\": true}"));
        assertEquals(201, confirmed.statusCode(), "the user confirmed it is another person: " + confirmed.body());
        assertFalse(ApiClient.field(confirmed.body(), "chartNumber").contains(chart));
    }

    @Test
    @RunAsClient
    void theSamePhoneTypedWithTheCountryCodeIsADuplicateAndANonNumberIsA400() throws Exception {
        ApiClient api = new ApiClient(base, "frontdesk");
        // a number no patient has, outside the demo's numbers (testsupport.TestPhones)
        String digits = TestPhones.free(number -> "0".equals(ApiClient.field(api.get("api/patients?q=" + number).body(), "total")));
        String local = digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        String family = "Apiphone" + letters();
        HttpResponse<String> first = api.post("api/patients", """
                {"givenName": "Lee", "familyName": "%s", "birthDate": "1966-06-06", "phone": "%s"}"""
                .formatted(family, local));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("\"" + local + "\"", ApiClient.field(first.body(), "phone"), "kept as typed");

        HttpResponse<String> again = api.post("api/patients", """
                {"givenName": "Kim", "familyName": "Other%s", "birthDate": "1977-07-07", "phone": "+1 %s"}"""
                .formatted(family, local.replace('-', ' ')));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("same phone"), again.body());

        HttpResponse<String> notAPhone = api.post("api/patients", """
                {"givenName": "Kim", "familyName": "%s", "birthDate": "1977-07-07", "phone": "555-01"}"""
                .formatted(family));
        assertEquals(400, notAPhone.statusCode(), notAPhone.body());
        assertTrue(notAPhone.body().contains("\\\"555-01\\\" is not a phone number"), notAPhone.body());
        assertNoStackTrace(notAPhone);
    }

    @Test
    @RunAsClient
    void badInputIsA400ThatNamesEachWrongField() throws Exception {
        ApiClient api = new ApiClient(base, "frontdesk");
        HttpResponse<String> invalid = api.post("api/patients", """
                {"familyName": "Nobody", "birthDate": "1985-13-45", "sex": "X"}""");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("\"field\":\"givenName\""), invalid.body());
        assertTrue(invalid.body().contains("\"field\":\"birthDate\""), invalid.body());
        assertTrue(invalid.body().contains("\"field\":\"sex\""), invalid.body());
        assertTrue(invalid.body().contains("FEMALE, MALE, OTHER, UNKNOWN"), invalid.body());
        assertNoStackTrace(invalid);

        HttpResponse<String> future = api.post("api/patients", """
                {"givenName": "Time", "familyName": "Traveller", "birthDate": "%s"}"""
                .formatted(LocalDate.now().plusYears(1)));
        assertEquals(400, future.statusCode(), "a clinic rule: " + future.body());
        assertTrue(future.body().contains("cannot be in the future"), future.body());

        for (String malformed : List.of("{\"givenName\": ", "not json", "[1, 2]", "{\"givenName\": {\"a\": 1}}")) {
            HttpResponse<String> response = api.post("api/patients", malformed);
            assertEquals(400, response.statusCode(), malformed + " -> " + response.body());
            assertTrue(response.body().contains("\"message\""), response.body());
            assertNoStackTrace(response);
        }

        HttpResponse<String> missing = api.get("api/patients/999999999");
        assertEquals(404, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("There is no patient"), missing.body());
        HttpResponse<String> notANumber = api.get("api/patients/abc");
        assertEquals(400, notANumber.statusCode(), notANumber.body());
        HttpResponse<String> nowhere = api.get("api/no-such-thing");
        assertEquals(404, nowhere.statusCode(), nowhere.body());
        assertTrue(nowhere.body().startsWith("{"), nowhere.body());
    }

    // ---- who may call

    @Test
    @RunAsClient
    void withoutValidCredentialsTheApiAnswers401AndNeverTheLoginPage() throws Exception {
        ApiClient anonymous = new ApiClient(base, null);
        HttpResponse<String> response = anonymous.get("api/patients");
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertFalse(response.body().contains("login"), response.body());

        ApiClient stranger = new ApiClient(base, "api-nobody-" + letters(), "wrong");
        assertEquals(401, stranger.get("api/practitioners").statusCode());
    }

    @Test
    @RunAsClient
    void eachRoleMayDoWhatItsServicesAllow() throws Exception {
        HttpResponse<String> manager = new ApiClient(base, "manager").post("api/patients", """
                {"givenName": "Not", "familyName": "Allowed", "birthDate": "1990-01-01"}""");
        assertEquals(403, manager.statusCode(), manager.body());
        assertTrue(manager.body().contains("\"message\""), manager.body());

        HttpResponse<String> practitioner = new ApiClient(base, "practitioner").get("api/patients?max=1");
        assertEquals(200, practitioner.statusCode(), practitioner.body());
        HttpResponse<String> setupForManager = new ApiClient(base, "manager").get("api/appointment-types");
        assertEquals(200, setupForManager.statusCode(), setupForManager.body());
        assertEquals(200, new ApiClient(base, "admin").get("api/rooms").statusCode());
    }

    // ---- the set-up lists

    @Test
    void roomsComeAPageAtATimeForOneLocationAndInUseOrNot() throws Exception {
        String token = letters();
        Location location = asAdmin.call(() -> setup.createLocation("Rooms API clinic " + token,
                ZoneOffset.ofHours(-5), null, null));
        long locationId = location.getId();
        long[] rooms = new long[3];
        for (int i = 0; i < rooms.length; i++) {
            String name = "Room " + (char) ('A' + i);
            rooms[i] = asAdmin.call(() -> setup.createRoom(locationId, name)).getId();
        }
        asAdmin.call(() -> {
            setup.setRoomActive(rooms[1], false);
            return null;
        });
        ApiClient api = new ApiClient(base, "frontdesk");

        HttpResponse<String> firstTwo = api.get("api/rooms?locationId=" + locationId + "&max=2");
        assertEquals(200, firstTwo.statusCode(), firstTwo.body());
        assertEquals("3", ApiClient.field(firstTwo.body(), "total"), firstTwo.body());
        assertEquals(List.of("\"Room A\"", "\"Room B\""), names(firstTwo.body()));
        HttpResponse<String> rest = api.get("api/rooms?locationId=" + locationId + "&max=2&first=2");
        assertEquals(List.of("\"Room C\""), names(rest.body()));

        HttpResponse<String> inUse = api.get("api/rooms?locationId=" + locationId + "&active=true");
        assertEquals("2", ApiClient.field(inUse.body(), "total"), inUse.body());
        assertEquals(List.of("\"Room A\"", "\"Room C\""), names(inUse.body()));
        HttpResponse<String> outOfUse = api.get("api/rooms?locationId=" + locationId + "&active=false");
        assertEquals(List.of("\"Room B\""), names(outOfUse.body()));

        HttpResponse<String> wrong = api.get("api/rooms?locationId=none&active=maybe");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("\"field\":\"locationId\"") && wrong.body().contains("\"field\":\"active\""),
                wrong.body());
    }

    @Test
    void practitionersComeAPageAtATimeActiveOrNot() throws Exception {
        String token = letters();
        Practitioner retired = asAdmin.call(() -> setup.createPractitioner("Retired API practitioner " + token,
                Discipline.MASSAGE_THERAPIST, null, "#445566", null));
        asAdmin.call(() -> {
            setup.setPractitionerActive(retired.getId(), false);
            return null;
        });
        ApiClient api = new ApiClient(base, "frontdesk");

        HttpResponse<String> page = api.get("api/practitioners?max=1");
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(1, ApiClient.objects(page.body()).size(), page.body());
        long all = Long.parseLong(ApiClient.field(page.body(), "total"));
        long active = Long.parseLong(ApiClient.field(api.get("api/practitioners?active=true").body(), "total"));
        long inactive = Long.parseLong(ApiClient.field(api.get("api/practitioners?active=false").body(), "total"));
        assertTrue(inactive >= 1, "the retired practitioner is inactive");
        assertEquals(all, active + inactive);
        assertFalse(api.get("api/practitioners?active=true&max=100").body().contains(token),
                "an active-only list leaves the retired practitioner out");
    }

    private static List<String> names(String page) {
        return ApiClient.objects(page).stream().map(room -> ApiClient.field(room, "name")).toList();
    }

    // ---- the schedule

    @Test
    void bookingATakenSlotIsA409NamingTheAppointmentInTheWay() throws Exception {
        Schedule schedule = seedSchedule();
        ApiClient api = new ApiClient(base, "frontdesk");
        String first = api.patient("Booked");
        String second = api.patient("Other");
        LocalDate tomorrow = schedule.today().plusDays(1);

        HttpResponse<String> booked = api.post("api/appointments", booking(first, schedule.practitionerId(),
                schedule.at(tomorrow, 10, 0), schedule.at(tomorrow, 10, 30)));
        assertEquals(201, booked.statusCode(), booked.body());
        String id = ApiClient.field(booked.body(), "id");
        assertTrue(booked.headers().firstValue("Location").orElseThrow().endsWith("/api/appointments/" + id));
        assertEquals("\"BOOKED\"", ApiClient.field(booked.body(), "status"));
        assertEquals("\"" + schedule.at(tomorrow, 10, 0) + "\"", ApiClient.field(booked.body(), "start"),
                "times come back in the location's offset");

        HttpResponse<String> conflict = api.post("api/appointments", booking(second, schedule.practitionerId(),
                schedule.at(tomorrow, 10, 15), schedule.at(tomorrow, 10, 45)));
        assertEquals(409, conflict.statusCode(), conflict.body());
        String message = ApiClient.field(conflict.body(), "message");
        assertTrue(message.contains(schedule.practitionerName() + " is already booked"), message);
        assertTrue(message.contains("10:00-10:30"), message);
        assertTrue(conflict.body().contains("\"conflicts\":["), conflict.body());

        HttpResponse<String> badTimes = api.post("api/appointments", """
                {"patientId": %s, "practitionerId": %s, "start": "tomorrow at ten"}"""
                .formatted(second, schedule.practitionerId()));
        assertEquals(400, badTimes.statusCode(), badTimes.body());
        assertTrue(badTimes.body().contains("\"field\":\"start\""), badTimes.body());
        assertTrue(badTimes.body().contains("\"field\":\"end\""), badTimes.body());

        HttpResponse<String> unknownPatient = api.post("api/appointments", booking("999999999",
                schedule.practitionerId(), schedule.at(tomorrow, 12, 0), schedule.at(tomorrow, 12, 30)));
        assertEquals(404, unknownPatient.statusCode(), unknownPatient.body());
    }

    @Test
    void theFrontDeskChecksInCancelsAndMarksNoShowsThroughTheApi() throws Exception {
        Schedule schedule = seedSchedule();
        ApiClient api = new ApiClient(base, "frontdesk");
        LocalDate today = schedule.today();
        String practitioner = schedule.practitionerId();

        String arriving = book(api, api.patient("Arriving"), practitioner, schedule.at(today, 15, 0),
                schedule.at(today, 15, 30));
        HttpResponse<String> checkedIn = api.post("api/appointments/" + arriving + "/check-in",
                "{\"copayCollected\": \"25.00\"}");
        assertEquals(200, checkedIn.statusCode(), checkedIn.body());
        assertEquals("\"ARRIVED\"", ApiClient.field(checkedIn.body(), "status"));
        HttpResponse<String> again = api.post("api/appointments/" + arriving + "/check-in", null);
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("cannot be checked in"), again.body());

        HttpResponse<String> withNotes = api.post("api/appointments", booking(api.patient("Late"), practitioner,
                schedule.at(today, 16, 0), schedule.at(today, 16, 30)).replace("}",
                        ", \"notes\": \"Shoulder flare-up after a fall\"}"));
        assertEquals(201, withNotes.statusCode(), withNotes.body());
        String lateOne = ApiClient.field(withNotes.body(), "id");
        HttpResponse<String> late = api.post("api/appointments/" + lateOne + "/cancel", "{\"reason\": \"Feels ill\"}");
        assertEquals(200, late.statusCode(), late.body());
        assertTrue(late.body().contains("\"lateCancellation\":true"), late.body());
        assertTrue(late.body().contains("\"waitlistOffers\":["), late.body());
        assertTrue(late.body().contains("\"CANCELLED\""), late.body());

        LocalDate nextWeek = today.plusDays(7);
        String early = book(api, api.patient("Early"), practitioner, schedule.at(nextWeek, 9, 0),
                schedule.at(nextWeek, 9, 30));
        HttpResponse<String> noReason = api.post("api/appointments/" + early + "/cancel", "{}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
        HttpResponse<String> inTime = api.post("api/appointments/" + early + "/cancel", "{\"reason\": \"Travelling\"}");
        assertEquals(200, inTime.statusCode(), inTime.body());
        assertFalse(inTime.body().contains("\"lateCancellation\":true"), inTime.body());

        String missed = book(api, api.patient("Missed"), practitioner, schedule.at(today, 8, 0),
                schedule.at(today, 8, 30));
        HttpResponse<String> noShow = api.post("api/appointments/" + missed + "/no-show", null);
        assertEquals(200, noShow.statusCode(), noShow.body());
        assertEquals("\"NO_SHOW\"", ApiClient.field(noShow.body(), "status"));

        HttpResponse<String> day = api.get("api/appointments?practitionerId=" + practitioner + "&from="
                + schedule.at(today, 0, 0).replace("+", "%2B") + "&to="
                + schedule.at(today.plusDays(1), 0, 0).replace("+", "%2B"));
        assertEquals(200, day.statusCode(), day.body());
        for (String id : List.of(arriving, lateOne, missed)) {
            assertTrue(day.body().contains("\"id\":" + id + ","), id + " in " + day.body());
        }
        assertFalse(day.body().contains("\"id\":" + early + ","), "next week's is outside the range");
        assertTrue(day.body().contains("\"cancellationReason\":\"Feels ill\"")
                && day.body().contains("Shoulder flare-up"), "the desk reads why: " + day.body());

        // the calendar of a whole location: its day, and nothing of a location with no appointments
        String dayRange = "&from=" + schedule.at(today, 0, 0).replace("+", "%2B") + "&to="
                + schedule.at(today.plusDays(1), 0, 0).replace("+", "%2B");
        String locationId = ApiClient.field(api.get("api/appointments/" + arriving).body(), "locationId");
        HttpResponse<String> atLocation = api.get("api/appointments?locationId=" + locationId + dayRange);
        assertEquals(200, atLocation.statusCode(), atLocation.body());
        for (String id : List.of(arriving, lateOne, missed)) {
            assertTrue(atLocation.body().contains("\"id\":" + id + ","), id + " at its location: " + atLocation.body());
        }
        assertEquals("[]", api.get("api/appointments?locationId=999999999" + dayRange).body());
        HttpResponse<String> badLocation = api.get("api/appointments?locationId=first" + dayRange);
        assertEquals(400, badLocation.statusCode(), badLocation.body());
        assertTrue(badLocation.body().contains("\"field\":\"locationId\""), badLocation.body());

        // the manager reads them as billing needs them: what happened, not what the desk typed about why
        ApiClient manager = new ApiClient(base, "manager");
        HttpResponse<String> billing = manager.get("api/appointments?practitionerId=" + practitioner + "&from="
                + schedule.at(today, 0, 0).replace("+", "%2B") + "&to="
                + schedule.at(today.plusDays(1), 0, 0).replace("+", "%2B"));
        assertEquals(200, billing.statusCode(), billing.body());
        assertTrue(billing.body().contains("\"id\":" + lateOne + ",") && billing.body().contains("\"NO_SHOW\"")
                && billing.body().contains("\"lateCancellation\":true"), billing.body());
        assertFalse(billing.body().contains("Feels ill") || billing.body().contains("Shoulder"), billing.body());
        String one = manager.get("api/appointments/" + lateOne).body();
        assertTrue(one.contains("\"CANCELLED\"") && !one.contains("Feels ill") && !one.contains("Shoulder"), one);

        HttpResponse<String> noRange = api.get("api/appointments?from=yesterday");
        assertEquals(400, noRange.statusCode(), noRange.body());
        assertTrue(noRange.body().contains("\"field\":\"from\""), noRange.body());
        assertTrue(noRange.body().contains("\"field\":\"to\""), noRange.body());
    }

    // ---- the document

    @Test
    @RunAsClient
    void theOpenApiDocumentDescribesTheEndpoints() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode(), document.body());
        for (String path : List.of("/api/patients", "/api/appointments", "/api/appointments/{id}/cancel",
                "/api/practitioners", "/api/rooms", "/api/appointment-types")) {
            assertTrue(document.body().contains(path), path + " in " + document.body());
        }
        assertTrue(document.body().contains("NewPatient"), "request bodies are described");
        assertTrue(document.body().contains("scheme: basic"), "and how to sign in: " + document.body());
    }

    // ---- helpers

    /**
     * In the container, as an administrator: a location where it is about noon now, a room there,
     * and a practitioner who works there all day, every day; so that "earlier today" and "later
     * today" both exist for the test that uses them.
     */
    private Schedule seedSchedule() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        ZoneOffset offset = noonOffset();
        Practitioner practitioner = asAdmin.call(() -> {
            Location location = setup.createLocation("API test clinic " + token, offset, null, null);
            setup.createRoom(location.getId(), "API room " + token);
            Practitioner created = setup.createPractitioner("API test practitioner " + token,
                    Discipline.CHIROPRACTOR, null, "#1f6f78", null);
            for (DayOfWeek day : DayOfWeek.values()) {
                setup.addWorkingHours(created.getId(), location.getId(), day, LocalTime.MIDNIGHT, LocalTime.of(23, 59));
            }
            return created;
        });
        return new Schedule(String.valueOf(practitioner.getId()), practitioner.getDisplayName(), offset);
    }

    private static String book(ApiClient api, String patientId, String practitionerId, String start, String end)
            throws Exception {
        HttpResponse<String> booked = api.post("api/appointments", booking(patientId, practitionerId, start, end));
        assertEquals(201, booked.statusCode(), booked.body());
        return ApiClient.field(booked.body(), "id");
    }

    private static String booking(String patientId, String practitionerId, String start, String end) {
        return """
                {"patientId": %s, "practitionerId": %s, "start": "%s", "end": "%s"}"""
                .formatted(patientId, practitionerId, start, end);
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("\tat "), response.body());
    }

    /** The offset where it is about noon now, so that "earlier today" and "later today" both exist. */
    private static ZoneOffset noonOffset() {
        int hour = OffsetDateTime.now(ZoneOffset.UTC).getHour();
        return ZoneOffset.ofHours(Math.max(-12, Math.min(14, 12 - hour)));
    }

    private static String letters() {
        return ApiClient.letters();
    }

    /** The practitioner a test set up and its location's offset. */
    record Schedule(String practitionerId, String practitionerName, ZoneOffset offset) {

        LocalDate today() {
            return LocalDate.now(offset);
        }

        String at(LocalDate day, int hour, int minute) {
            return OffsetDateTime.of(day, LocalTime.of(hour, minute), offset)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
    }

    /** An API client signed in with HTTP Basic (or anonymous), reading JSON as text. */
}
