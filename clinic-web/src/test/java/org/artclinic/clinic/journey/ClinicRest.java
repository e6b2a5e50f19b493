package org.artclinic.clinic.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.artclinic.clinic.testsupport.ApiClient;

/**
 * What a journey sets up and checks behind the browser, through the application's own REST API
 * ({@link ApiClient}: HTTP Basic as a demo user): patients, single appointments, and the demo
 * clinic's practitioners and rooms, each answer read into a map of its JSON properties (as written:
 * strings keep their quotes). Nothing here reaches into the server.
 */
final class ClinicRest {

    /** The demo clinic's first location and its chiropractor (see the README's demo clinic). */
    static final String CHICAGO = "Chicago West Loop";
    static final ZoneId CHICAGO_ZONE = ZoneId.of("America/Chicago");
    static final String RAMAN = "Dr. Priya Raman";

    private static final Pattern PROPERTY = Pattern.compile("\"(\\w+)\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]]+)");

    /** The largest page the set-up lists give. */
    private static final int PAGE = 100;

    private final ApiClient api;

    ClinicRest(URL base, String username) {
        this.api = new ApiClient(base, username);
    }

    /** A short random word to make names unique, letters only (names refuse digits). */
    static String uniqueLetters() {
        return ApiClient.letters().substring(0, 7);
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

    /**
     * The first {@code weekDay} at least {@code weeksAhead} from now (in the zone) on which none of
     * the practitioners has an appointment: a day of the test's own, found by looking, not by chance.
     */
    LocalDate freeDay(ZoneId zone, int weeksAhead, DayOfWeek weekDay, String... practitionerIds) {
        LocalDate day = LocalDate.now(zone).plusWeeks(weeksAhead).with(weekDay);
        for (int tries = 0; tries < 500; tries++, day = day.plusWeeks(1)) {
            LocalDate candidate = day;
            if (java.util.Arrays.stream(practitionerIds).allMatch(p -> appointments(p, candidate.atStartOfDay(zone),
                    candidate.plusDays(1).atStartOfDay(zone)).isEmpty())) {
                return day;
            }
        }
        throw new AssertionError("no free " + weekDay + " for practitioners " + String.join(", ", practitionerIds));
    }

    // ---- the clinic's set-up

    String practitionerId(String name) {
        return everyPage("practitioners?").stream().filter(p -> quoted(name).equals(p.get("name")))
                .map(p -> p.get("id")).findFirst().orElseThrow(() -> new AssertionError("no practitioner " + name));
    }

    /** The room's record (id, name, locationId, locationName, timeZone). */
    Map<String, String> room(String locationName, String roomName) {
        return everyPage("rooms?").stream()
                .filter(r -> quoted(locationName).equals(r.get("locationName")) && quoted(roomName).equals(r.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no room " + roomName + " at " + locationName));
    }

    /** Every record of a paged list ({@code total, first, max, items}), read a page at a time. */
    private List<Map<String, String>> everyPage(String query) {
        List<Map<String, String>> all = new java.util.ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            // the items are the innermost objects; an empty page's own braces are not an item
            List<Map<String, String>> page = records(ok(get(query + "max=" + PAGE + "&first=" + first))).stream()
                    .filter(r -> !r.containsKey("items")).toList();
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
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
        Map<String, String> record = new LinkedHashMap<>();
        Matcher property = PROPERTY.matcher(json);
        while (property.find()) {
            record.putIfAbsent(property.group(1), property.group(2));
        }
        return record;
    }

    private static List<Map<String, String>> records(String json) {
        return ApiClient.objects(json).stream().map(ClinicRest::record).toList();
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
        return send(() -> api.get("api/" + path));
    }

    private HttpResponse<String> post(String path, String json) {
        return send(() -> api.post("api/" + path, json));
    }

    private interface Exchange {
        HttpResponse<String> run() throws IOException, InterruptedException;
    }

    private static HttpResponse<String> send(Exchange exchange) {
        try {
            return exchange.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
