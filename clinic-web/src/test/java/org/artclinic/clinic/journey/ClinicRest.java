package org.artclinic.clinic.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a journey sets up and checks behind the browser, through the application's own REST API
 * (HTTP Basic as a demo user, see docs/decisions/0008): patients, single appointments, and the
 * demo clinic's practitioners and rooms. Responses are flat JSON records, read with a regular
 * expression per property; nothing here reaches into the server.
 */
final class ClinicRest {

    /** The demo clinic's first location and its chiropractor (see the README's demo clinic). */
    static final String CHICAGO = "Chicago West Loop";
    static final ZoneId CHICAGO_ZONE = ZoneId.of("America/Chicago");
    static final String RAMAN = "Dr. Priya Raman";

    private static final Pattern RECORD = Pattern.compile("\\{[^{}]*\\}");

    private final URI api;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ClinicRest(URL base, String username) {
        String root = base.toExternalForm();
        this.api = URI.create((root.endsWith("/") ? root : root + "/") + "api/");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":demo1234").getBytes(StandardCharsets.UTF_8));
    }

    /** A short random word to make names unique, letters only (names refuse digits). */
    static String uniqueLetters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 7).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return letters.toString();
    }

    // ---- patients and appointments

    /** Registers a patient; returns the stored record. */
    Map<String, String> registerPatient(String given, String family, LocalDate birthDate) {
        return created(post("patients", """
                {"givenName": "%s", "familyName": "%s", "birthDate": "%s", "sex": "OTHER"}"""
                .formatted(given, family, birthDate)));
    }

    /** Books one appointment; returns the stored record. */
    Map<String, String> book(String patientId, String practitionerId, String roomId, ZonedDateTime start, int minutes,
            String notes) {
        return created(post("appointments", """
                {"patientId": %s, "practitionerId": %s, "roomId": %s, "start": "%s", "end": "%s", "notes": %s}"""
                .formatted(patientId, practitionerId, roomId, start.toOffsetDateTime(),
                        start.plusMinutes(minutes).toOffsetDateTime(), notes == null ? "null" : quoted(notes))));
    }

    Map<String, String> appointment(String id) {
        return record(ok(get("appointments/" + id)));
    }

    /** The practitioner's appointments starting in [from, to), cancelled and no-shows included, by start. */
    List<Map<String, String>> appointments(String practitionerId, ZonedDateTime from, ZonedDateTime to) {
        return records(ok(get("appointments?practitionerId=" + practitionerId + "&from=" + encoded(from.toOffsetDateTime())
                + "&to=" + encoded(to.toOffsetDateTime()))));
    }

    /**
     * The Monday (in the zone) of the first two weeks, at least {@code weeksAhead} from now, in which
     * the practitioner has no appointment at all: room for a test's own visits, whatever earlier runs
     * against the same database booked.
     */
    LocalDate freeFortnight(String practitionerId, ZoneId zone, int weeksAhead) {
        LocalDate monday = LocalDate.now(zone).plusWeeks(weeksAhead).with(DayOfWeek.MONDAY);
        for (int tries = 0; tries < 500; tries++, monday = monday.plusWeeks(2)) {
            if (appointments(practitionerId, monday.atStartOfDay(zone), monday.plusWeeks(2).atStartOfDay(zone))
                    .isEmpty()) {
                return monday;
            }
        }
        throw new AssertionError("no free fortnight for practitioner " + practitionerId);
    }

    // ---- the clinic's set-up

    String practitionerId(String name) {
        return records(ok(get("practitioners"))).stream().filter(p -> quoted(name).equals(p.get("name")))
                .map(p -> p.get("id")).findFirst().orElseThrow(() -> new AssertionError("no practitioner " + name));
    }

    /** The room's record (id, name, locationId, locationName, timeZone). */
    Map<String, String> room(String locationName, String roomName) {
        return records(ok(get("rooms"))).stream()
                .filter(r -> quoted(locationName).equals(r.get("locationName")) && quoted(roomName).equals(r.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no room " + roomName + " at " + locationName));
    }

    // ---- JSON

    /** A string property without its quotes. */
    static String text(Map<String, String> record, String property) {
        String value = record.get(property);
        return value == null || "null".equals(value) ? null : value.replaceAll("^\"|\"$", "").replace("\\\"", "\"");
    }

    static OffsetDateTime time(Map<String, String> record, String property) {
        return OffsetDateTime.parse(text(record, property));
    }

    private static Map<String, String> record(String json) {
        Map<String, String> record = new java.util.LinkedHashMap<>();
        Matcher property = Pattern.compile("\"(\\w+)\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]]+)").matcher(json);
        while (property.find()) {
            record.putIfAbsent(property.group(1), property.group(2));
        }
        return record;
    }

    private static List<Map<String, String>> records(String json) {
        List<Map<String, String>> records = new ArrayList<>();
        Matcher matcher = RECORD.matcher(json);
        while (matcher.find()) {
            records.add(record(matcher.group()));
        }
        return records;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String encoded(OffsetDateTime time) {
        return java.net.URLEncoder.encode(time.toString(), StandardCharsets.UTF_8);
    }

    // ---- HTTP

    private Map<String, String> created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new AssertionError("expected 201 from " + response.uri() + ", got " + response.statusCode() + ": "
                    + response.body());
        }
        return record(response.body());
    }

    private static String ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("expected 200 from " + response.uri() + ", got " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    private HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
