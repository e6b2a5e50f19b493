package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.system.DatabaseMigrator;
import org.artclinic.clinic.testsupport.TableFingerprint;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever an API client sends, the clinic answers sensibly: script and SQL in a name, ten thousand
 * or a million characters, a number where a date belongs, impossible dates, numbers too large for
 * any field, broken or non-UTF-8 JSON, a form or XML instead of JSON, odd Unicode, and ids that are
 * not numbers or belong to someone else. Every such request gets an answer below 500; every refusal
 * is JSON with a message the user can read and leaves every application table as it was (row counts,
 * highest id and the versions of this test's own rows); and a hostile text or number that the clinic
 * accepts comes back exactly as sent.
 *
 * <p>The inputs are generated from the served OpenAPI document for every write endpoint and every GET
 * with a path or query parameter, each sent with an API token of a user whose role may call it (the
 * first not refused with 403 of the test's own practitioner and the demo front desk, manager and
 * administrator), and no endpoint may accept broken JSON, a form, an id that is not one, or an
 * unknown record. A valid body is
 * built for each endpoint around real records of a small clinic of the test's own (patients with
 * intakes and policies, visit notes, signed charges, claims, plans, payers, protocols, a staff account
 * and an API token), so each request gets as far as the endpoint's field checks, and then one field
 * or path or query parameter at a time is made hostile. Every problem found is collected, and the
 * test fails once with all of them.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final Logger LOG = Logger.getLogger(HostileInputIT.class.getName());

    /** UTC+14: the small hours of today there have always begun, so visits then can be charted now. */
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final String PASSWORD = "Hostile-test-2026";
    private static final String JSON = "application/json";
    /** What a refused request may still write: the audit trail and the sign-in bookkeeping. */
    private static final Set<String> BOOKKEEPING = Set.of("audit_event", "audit_seal", "audit_chain_head", "audit_pending",
            "sign_in_limit", "flyway_schema_history");
    /** A token's row notes when it was last used (its version too): counted, but its versions left alone. */
    private static final String TOKENS = "api_token";
    /** Of the roles that may call an endpoint, the one asked: the first here, the most likely to own its records. */
    private static final List<String> ROLES = List.of("PRACTITIONER", "FRONT_DESK", "MANAGER", "ADMIN");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> MONEY = Set.of("amount", "fee", "copay", "copayCollected");
    private static final Pattern DAY = Pattern.compile(".*(On|Date|From|Start|End)$");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Fields whose accepted values are written back under another name. */
    private static final Map<String, List<String>> STORED_AS = Map.of("reason",
            List.of("reason", "cancellationReason", "endReason", "why"));
    /**
     * Left alone: a material consent edit (any value read as true) would ask every patient of the
     * shared test clinic to sign again.
     */
    private static final Set<String> UNTOUCHED = Set.of("POST /api/consent-text requiresNewSignature");
    private static final String LONG_TEXT = "A".repeat(10_000);
    private static final String HUGE_TEXT = "B".repeat(1_000_000);

    private static final List<Input> TEXTS = List.of(
            text("a script tag", "<script>alert(1)</script>"),
            text("an img onerror", "\"><img src=x onerror=alert(1)>"),
            text("a javascript: URL", "javascript:alert(1)"),
            text("SQL ' OR '1'='1", "' OR '1'='1"),
            text("SQL DROP TABLE", "'; DROP TABLE patient; --"),
            text("LIKE wildcards %_\\\\", "%_\\\\"),
            text("an RTL override U+202E", "left \u202Ethgir"),
            text("a NUL character", "before\u0000after"),
            text("emoji", "Pain \uD83D\uDE16 better \uD83D\uDC4D"),
            text("a lone high surrogate", "half \uD800 pair"),
            text("a lone low surrogate", "half \uDC00 pair"));
    private static final List<Input> NOT_TEXTS = List.of(
            new Input("a number for a text", Json.createValue(42)),
            new Input("a boolean for a text", JsonValue.TRUE),
            new Input("an array for a text", Json.createArrayBuilder().add("x").build()),
            new Input("an object for a text", Json.createObjectBuilder().add("a", "b").build()));
    private static final List<Input> NUMBERS = List.of(
            new Input("-1", Json.createValue(-1)),
            new Input("0", Json.createValue(0)),
            new Input("-2147483649", Json.createValue(-2_147_483_649L)),
            new Input("9223372036854775808", Json.createValue(new BigInteger("9223372036854775808"))),
            new Input("1e309", Json.createValue(new BigDecimal("1e309"))),
            new Input("1.5", Json.createValue(new BigDecimal("1.5"))),
            new Input("an unknown id 999999999", Json.createValue(999_999_999)),
            text("NaN as a string", "NaN"),
            text("a word for a number", "abc"));
    private static final List<Input> NOT_NUMBERS = List.of(
            new Input("a boolean for a number", JsonValue.TRUE),
            new Input("an array for a number", Json.createArrayBuilder().add(1).build()),
            new Input("an object for a number", Json.createObjectBuilder().add("a", 1).build()));
    private static final List<Input> AMOUNTS = List.of(text("-1", "-1"), text("-2147483649", "-2147483649"),
            text("9223372036854775808", "9223372036854775808"), text("1e309", "1e309"), text("NaN", "NaN"),
            text("a word for an amount", "abc"), text("a tenth of a cent", "0.001"));
    private static final List<Input> DATES = List.of(text("2026-02-30", "2026-02-30"), text("2026-13-01", "2026-13-01"),
            text("0000-00-00", "0000-00-00"), text("99999-01-01", "99999-01-01"), text("yesterday", "yesterday"));
    private static final List<Input> TIMES = List.of(text("30 February", "2026-02-30T09:00:00Z"),
            text("month 13", "2026-13-01T09:00:00Z"), text("year 0", "0000-00-00T00:00:00Z"),
            text("year 99999", "+99999-01-01T00:00:00Z"), text("yesterday", "yesterday"),
            text("25:61 o'clock", "2026-03-02T25:61:00-05:00"), text("offset +19:00", "2026-03-02T09:30:00+19:00"));
    private static final List<Input> FLAGS = List.of(text("yes for a boolean", "yes"),
            new Input("1 for a boolean", Json.createValue(1)), text("\"true\" as a string", "true"),
            new Input("an array for a boolean", Json.createArrayBuilder().add(true).build()),
            new Input("an object for a boolean", JsonValue.EMPTY_JSON_OBJECT));
    private static final List<Input> LISTS = List.of(text("a text for a list", "x"),
            new Input("an object for a list", Json.createObjectBuilder().add("a", 1).build()),
            new Input("a number for a list", Json.createValue(7)),
            new Input("a list of null", Json.createArrayBuilder().addNull().build()),
            new Input("a list of lists", Json.createArrayBuilder().add(Json.createArrayBuilder().add(1)).build()),
            new Input("a list of 10 000 characters", Json.createArrayBuilder().add(LONG_TEXT).build()),
            new Input("a list of a script tag", Json.createArrayBuilder().add("<script>alert(1)</script>").build()));
    private static final List<Input> OBJECTS = List.of(text("a text for an object", "x"),
            new Input("an array for an object", JsonValue.EMPTY_JSON_ARRAY),
            new Input("a number for an object", Json.createValue(7)),
            new Input("a boolean for an object", JsonValue.TRUE),
            new Input("an empty object", JsonValue.EMPTY_JSON_OBJECT));
    /** Path parameter values, as they go into the address (already encoded). */
    private static final List<String> PATH_VALUES = List.of("abc", "-1", "-5", "0", "1e3", "%00",
            "..%2F..%2Fetc%2Fpasswd", "12345678901234567890", "999999999");
    /** Query parameter values: a label and the encoded value. */
    private static final List<String[]> QUERY_VALUES = List.of(
            new String[] {"a script tag", enc("<script>alert(1)</script>")},
            new String[] {"SQL ' OR '1'='1", enc("' OR '1'='1")},
            new String[] {"LIKE wildcards %_\\\\", enc("%_\\\\")},
            new String[] {"4 000 characters", "C".repeat(4_000)},
            new String[] {"-1", "-1"}, new String[] {"-2147483649", "-2147483649"},
            new String[] {"9223372036854775808", "9223372036854775808"}, new String[] {"1e309", "1e309"},
            new String[] {"NaN", "NaN"}, new String[] {"abc", "abc"}, new String[] {"2026-02-30", "2026-02-30"},
            new String[] {"yesterday", "yesterday"}, new String[] {"an encoded NUL", "%00"},
            new String[] {"invalid UTF-8", "%FF%FE"}, new String[] {"a lone surrogate in UTF-8", "%ED%A0%80"},
            new String[] {"an RTL override", enc("a\u202Eb")}, new String[] {"emoji", enc("\uD83D\uDE16")});

    @Inject
    private ClinicFixture fixture;

    @Inject
    private ClinicClock clock;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private PatientService patients;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Caller> byRole = new LinkedHashMap<>();
    private final Map<String, Callable<JsonValue>> bodies = new HashMap<>();
    private final Map<String, Step> afterAccepted = new HashMap<>();
    private final Map<Long, Integer> booked = new HashMap<>();
    private final Set<String> readable = new TreeSet<>();
    private final Map<Caller, Long> tokens = new LinkedHashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private JsonObject schemas;
    private TableFingerprint fingerprint;
    private Map<String, String> rows;
    private boolean dirty = true;
    private int sent;
    private int accepted;
    private int verified;
    private int turn;

    private String root;
    private String suffix;
    private LocalDate today;
    private LocalDate kiritimatiToday;
    private Caller practitioner;
    private Caller desk;
    private Caller manager;
    private Caller admin;
    private Caller signer;
    private long location;
    private long me;
    private long bystander;
    private long signerPractitioner;
    private long main;
    private long otherPatient;
    private long intakePatient;
    private long planPatient;
    private long planC;
    private long intakeRecord;
    private long otherIntake;
    private long measureRecord;
    private long otherMeasure;
    private long payer;
    private long targetPayer;
    private long protocol;
    private long neckProtocol;
    private String neckSide;
    private long token;
    private long user;
    private long draftNote;
    private long draftAppointment;
    private long signedNote;
    private long signerNote;
    private long foreignNote;
    private long artEntry;
    private long service;
    private long fixSheet;
    private long fixLine;
    private long unclaimedSheet;
    private long moveClaim;
    private long payClaim;
    private long batch;
    private long cancelledAppointment;
    private long revisePlan;
    private String consentText;
    private Fresh cancelAppointment;
    private Fresh checkInAppointment;
    private Fresh noShowAppointment;
    private Fresh approveSheet;
    private Fresh endPlan;
    private Fresh policyPatient;
    private Fresh clearancePatient;
    private Fresh serviceNote;

    @Test
    void everyHostileInputIsRefusedWithAMessageOrKeptExactlyAsSent() throws Exception {
        long started = System.nanoTime();
        String address = base.toExternalForm();
        root = address.endsWith("/") ? address : address + "/";
        JsonObject document = openApi();
        schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<Op> operations = operations(document);
        operations.stream().filter(op -> op.method().equals("GET")).forEach(op -> readable.add(op.template()));
        clinic();
        prepareFingerprint();
        try {
            for (Op op : operations) {
                int before = sent;
                long opStarted = System.nanoTime();
                statuses.clear();
                try {
                    attack(op);
                } catch (Exception | AssertionError e) {
                    problems.add(op.key() + ": the test could not prepare the records it needs: " + e);
                }
                LOG.info(op.key() + ": " + (sent - before) + " inputs, " + (System.nanoTime() - opStarted) / 1_000_000
                        + " ms, answers " + statuses);
            }
        } finally {
            tidyUp();
        }
        LOG.info(sent + " hostile inputs, " + accepted + " accepted, " + verified + " read back as sent, "
                + problems.size() + " problems, " + (System.nanoTime() - started) / 1_000_000_000 + " s");
        assertTrue(sent >= 500, "only " + sent + " hostile inputs were sent");
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + sent + " hostile inputs:\n"
                + String.join("\n", problems));
    }

    // --- the attack on one endpoint ---

    private void attack(Op op) throws Exception {
        boolean file = op.id().equals("importProtocols");
        JsonObject schema = file ? null : bodySchema(op);
        Caller caller = callerFor(op, file || schema != null);
        if (caller == null) {
            problems.add(op.key() + ": every role is refused (403), so no input reached it");
            return;
        }
        for (String parameter : pathParameters(op)) {
            List<String[]> values = new ArrayList<>();
            PATH_VALUES.forEach(v -> values.add(new String[] {v, v}));
            values.add(new String[] {"the id of another record", String.valueOf(foreign(op, parameter))});
            for (String[] value : values) {
                JsonValue body = schema == null ? null : base(op, schema);
                String what = "{" + parameter + "} = " + value[0];
                probe(op, caller, path(op, parameter, value[1]) + query(op, null, null), body == null ? null : JSON,
                        body == null ? null : bytes(body), PATH_VALUES.contains(value[1]) ? Attempt.refused(what)
                                : Attempt.of(what));
            }
        }
        List<String> queryNames = queryParameters(op);
        for (String name : queryNames) {
            List<String[]> values = queryNames.size() <= 2 ? QUERY_VALUES : window(QUERY_VALUES, 9);
            for (String[] value : values) {
                JsonValue body = schema == null ? null : base(op, schema);
                probe(op, caller, path(op, null, null) + query(op, name, value[1]), body == null ? null : JSON,
                        body == null ? null : bytes(body), Attempt.of(name + " = " + value[0]));
            }
        }
        if (schema != null) {
            List<Slot> slots = new ArrayList<>();
            slots(schema, base(op, schema), "", "", slots, 0);
            slots.removeIf(slot -> UNTOUCHED.contains(op.key() + " " + slot.label()));
            long texts = slots.stream().filter(s -> kind(s).equals("text")).count();
            for (Slot slot : slots) {
                for (Input input : inputs(slot, texts <= 2)) {
                    JsonValue body = base(op, schema);
                    JsonValue original = at(body, slot.pointer());
                    probe(op, caller, path(op, null, null) + query(op, null, null), JSON,
                            bytes(with(body, slot.pointer(), input.value())),
                            new Attempt(input.label(), false, slot, input.value(), original));
                }
            }
            for (Body body : wholeBodies(base(op, schema), schema)) {
                probe(op, caller, path(op, null, null) + query(op, null, null), body.type(), body.bytes(),
                        new Attempt(body.label(), body.refuse(), null, null, null));
            }
        } else if (file) {
            for (Body body : wholeBodies(null, null)) {
                probe(op, caller, path(op, null, null), body.type(), body.bytes(),
                        new Attempt(body.label(), body.refuse(), null, null, null));
            }
        } else if (!op.method().equals("GET")) {
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x")) {
                probe(op, caller, path(op, null, null), type, utf8("a=1"), Attempt.refused("a body of " + type));
            }
        }
    }

    /**
     * The caller of the first role that is not refused, found with an unknown id in every path
     * parameter and, for a write, broken JSON (or, where no body is read, a text/plain one, which
     * is refused after the role check): inputs of their own.
     */
    private Caller callerFor(Op op, boolean json) throws Exception {
        String path = op.template().replaceAll("\\{[^}]+}", "999999999");
        for (String role : ROLES) {
            Caller caller = byRole.get(role);
            boolean refuse = !op.method().equals("GET") || op.template().contains("{");
            int status = op.method().equals("GET") || op.method().equals("DELETE")
                    ? probe(op, caller, path, null, null, new Attempt("unknown ids", refuse, null, null, null))
                    : json ? probe(op, caller, path, JSON, utf8("{\"broken\": "),
                            Attempt.refused("unknown ids and broken JSON"))
                    : probe(op, caller, path, "text/plain", utf8("{"),
                            Attempt.refused("unknown ids and a text/plain body"));
            if (status != 403) {
                return op.id().equals("signVisit") ? signer
                        : op.key().equals("POST /api/tokens") ? caller.signingIn() : caller;
            }
        }
        return null;
    }

    /** The inputs for a field: every kind of hostile value for a top-level field, a share of them for a nested one. */
    private List<Input> inputs(Slot slot, boolean everyText) {
        List<Input> chosen = new ArrayList<>();
        String name = slot.name();
        switch (kind(slot)) {
            case "number" -> {
                chosen.addAll(NUMBERS);
                chosen.add(window(NOT_NUMBERS, 1).get(0));
                if (name.endsWith("Id") || name.endsWith("Ids") || name.equals("reassessmentOf")) {
                    chosen.add(new Input("the id of another patient", Json.createValue(otherPatient)));
                }
            }
            case "boolean" -> chosen.addAll(FLAGS);
            case "array" -> chosen.addAll(LISTS);
            case "object" -> chosen.addAll(OBJECTS);
            case "date" -> {
                chosen.addAll(DATES);
                chosen.addAll(window(TEXTS, 2));
                chosen.add(text("10 000 characters", LONG_TEXT));
            }
            case "time" -> {
                chosen.addAll(TIMES);
                chosen.addAll(window(TEXTS, 2));
                chosen.add(text("10 000 characters", LONG_TEXT));
            }
            case "money" -> {
                chosen.addAll(AMOUNTS);
                chosen.addAll(window(TEXTS, 2));
                chosen.add(text("10 000 characters", LONG_TEXT));
            }
            case "choice" -> {
                chosen.addAll(window(TEXTS, 3));
                chosen.add(text("10 000 characters", LONG_TEXT));
                chosen.add(text("an empty text", ""));
            }
            default -> {
                chosen.addAll(everyText ? TEXTS : window(TEXTS, 5));
                chosen.add(text("10 000 characters", LONG_TEXT));
                chosen.add(text("1 000 000 characters", HUGE_TEXT));
            }
        }
        if (Set.of("text", "date", "time", "money", "choice").contains(kind(slot))) {
            chosen.add(window(NOT_TEXTS, 1).get(0));
        }
        if (slot.pointer().lastIndexOf('/') > 0) {
            chosen = window(chosen, 4);
        }
        chosen.add(new Input("null", JsonValue.NULL));
        return chosen;
    }

    private static String kind(Slot slot) {
        JsonObject schema = slot.schema();
        String type = schema.getString("type", "string");
        String name = slot.name();
        if (type.equals("integer") || type.equals("number")) {
            return "number";
        }
        if (!type.equals("string")) {
            return type;
        }
        String format = schema.getString("format", "");
        if (format.equals("date") || DAY.matcher(name).matches()) {
            return "date";
        }
        if (format.equals("date-time") || name.endsWith("At") || name.equals("start") || name.equals("end")) {
            return "time";
        }
        if (MONEY.contains(name)) {
            return "money";
        }
        return schema.containsKey("enum") ? "choice" : "text";
    }

    /** The next {@code n} of the values, going round, so the fields of an endpoint share them all. */
    private <T> List<T> window(List<T> values, int n) {
        List<T> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chosen.add(values.get(turn++ % values.size()));
        }
        return chosen;
    }

    private List<Body> wholeBodies(JsonValue valid, JsonObject schema) {
        List<Body> all = new ArrayList<>();
        for (String[] broken : new String[][] {{"broken JSON {", "{"}, {"broken JSON {\"a\":", "{\"a\":"},
                {"broken JSON [", "["}, {"broken JSON nul", "nul"}}) {
            all.add(new Body(broken[0], JSON, utf8(broken[1]), true));
        }
        for (String[] odd : new String[][] {{"an empty body", ""}, {"a JSON text for the body", "\"text\""},
                {"a JSON number for the body", "42"}, {"JSON null for the body", "null"},
                {"JSON true for the body", "true"},
                {"JSON nested 10 000 deep", "[".repeat(10_000) + "]".repeat(10_000)}}) {
            all.add(new Body(odd[0], JSON, utf8(odd[1]), false));
        }
        String text = valid == null ? "[]" : write(valid);
        all.add(new Body("a UTF-8 BOM before the JSON", JSON, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8(text)), false));
        byte[] invalid = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28};
        int at = text.indexOf(":\"");
        all.add(new Body("invalid UTF-8 bytes in a text", JSON, at >= 0
                ? concat(utf8(text.substring(0, at + 2)), invalid, utf8(text.substring(at + 2)))
                : concat(utf8("[\""), invalid, utf8("\"]")), true));
        boolean array = schema != null && "array".equals(schema.getString("type", ""));
        all.add(new Body(array ? "a JSON object for a list" : "a JSON array for the body", JSON,
                utf8(array ? "{}" : "[]"), false));
        if (valid == null) {
            all.add(new Body("a CSV without the columns", "text/csv", utf8("name\n<script>alert(1)</script>\n"), true));
        } else if (!array) {
            all.add(new Body("an empty object", JSON, utf8("{}"), false));
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            all.add(new Body("the JSON as " + type, type, utf8(text), true));
        }
        return all;
    }

    // --- sending and judging one input ---

    /**
     * Sends one hostile input and notes every problem with the answer: a 5xx, a refusal without a JSON
     * message, a refusal that changed rows, an input that cannot be right accepted, or an accepted
     * value that does not come back as sent.
     */
    private int probe(Op op, Caller caller, String path, String type, byte[] body, Attempt attempt)
            throws Exception {
        Slot slot = attempt.slot();
        if (dirty) {
            rows = fingerprint.take();
            dirty = false;
        }
        HttpResponse<byte[]> response = send(caller, op.method(), path, type, body);
        sent++;
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String answer = new String(response.body(), StandardCharsets.UTF_8);
        String where = op.method() + " " + shorten(path, 120) + " | " + (slot == null ? "" : slot.label() + " = ")
                + attempt.what() + " | as " + caller.name() + " | " + status;
        // refused by the web server before the application: a NUL in the path and a DELETE with a body (400),
        // a path climbing out of the API (sent to the sign-in page); the application never sees them
        boolean beforeTheApplication = attempt.what().contains("= %00") || attempt.what().contains("etc%2Fpasswd")
                || op.method().equals("DELETE") && body != null;
        if (status >= 400) {
            if (status >= 500) {
                problems.add(where + " | a server error | " + shorten(answer, 200));
            } else if (message(response, answer) == null && !(beforeTheApplication && status == 400)) {
                problems.add(where + " | no JSON error with a message | "
                        + response.headers().firstValue("Content-Type").orElse("no content type") + " "
                        + shorten(answer, 200));
            }
            Map<String, String> after = fingerprint.take();
            String changed = TableFingerprint.changes(rows, after);
            if (!changed.isEmpty()) {
                problems.add(where + " | refused, yet rows changed: " + changed);
            }
            rows = after;
        } else if (status >= 300) {
            String location = response.headers().firstValue("Location").orElse("?");
            if (!(beforeTheApplication && location.endsWith("/login.xhtml"))) {
                problems.add(where + " | a redirect to " + location);
            }
        } else {
            accepted++;
            if (attempt.mustRefuse()) {
                problems.add(where + " | accepted, though it cannot be right | " + shorten(answer, 200));
            }
            if (slot != null && matches(slot, attempt.value())) {
                readBack(op, caller, path, response, answer, slot, attempt.value(), attempt.original(), where);
            }
            Step step = afterAccepted.get(op.key());
            if (step != null) {
                step.run(parse(answer));
            }
            dirty |= !op.method().equals("GET");
        }
        return status;
    }

    private static boolean matches(Slot slot, JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> !((JsonString) value).getString().isBlank()
                    && Set.of("text", "choice", "money", "date", "time").contains(kind(slot));
            case NUMBER -> kind(slot).equals("number") && !slot.name().equals("version");
            default -> false;
        };
    }

    /**
     * An accepted value must be stored as sent: the answer and the record read back (its Location,
     * the same address or the nearest one above it that can be read) must hold it under its field's
     * name. A field the endpoint ignores (the record keeps the valid body's value, or none) passes.
     */
    private void readBack(Op op, Caller caller, String path, HttpResponse<byte[]> response, String answer, Slot slot,
            JsonValue sentValue, JsonValue original, String where) throws Exception {
        List<JsonValue> seen = new ArrayList<>();
        List<String> keys = STORED_AS.getOrDefault(slot.name(), List.of(slot.name()));
        collect(parse(answer), keys, seen);
        collect(storedView(op, caller, path, response), keys, seen);
        if (seen.stream().anyMatch(v -> same(v, sentValue))) {
            verified++;
            return;
        }
        String sentText = sentValue.toString();
        List<String> other = seen.stream().filter(v -> v.getValueType() != JsonValue.ValueType.NULL
                && (original == null || !same(v, original))).map(JsonValue::toString).distinct()
                .sorted(Comparator.comparingInt((String v) -> -sharedStart(v, sentText))).toList();
        if (!other.isEmpty()) {
            problems.add(where + " | accepted, but read back as " + other.stream().limit(3).map(v -> shorten(v, 60))
                    .collect(Collectors.joining(" / ")));
        }
    }

    private JsonValue storedView(Op op, Caller caller, String path, HttpResponse<byte[]> response) throws Exception {
        List<String> addresses = new ArrayList<>();
        response.headers().firstValue("Location").ifPresent(l -> {
            int at = l.indexOf("/api/");
            if (at >= 0) {
                addresses.add(l.substring(at));
            }
        });
        String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String[] template = op.template().split("/");
        String[] concrete = plain.split("/");
        for (int n = template.length; n > 2 && concrete.length == template.length; n--) {
            if (readable.contains(String.join("/", Arrays.copyOf(template, n)))) {
                addresses.add(String.join("/", Arrays.copyOf(concrete, n)));
            }
        }
        for (String address : addresses) {
            HttpResponse<byte[]> read = send(caller, "GET", address, null, null);
            String body = new String(read.body(), StandardCharsets.UTF_8);
            if (read.statusCode() == 200 && read.headers().firstValue("Content-Type").orElse("").startsWith(JSON)) {
                return parse(body);
            }
        }
        return null;
    }

    private static int sharedStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static void collect(JsonValue json, List<String> keys, List<JsonValue> seen) {
        if (json instanceof JsonObject object) {
            object.forEach((key, value) -> {
                if (keys.contains(key)) {
                    if (value instanceof JsonArray array) {
                        seen.addAll(array);
                    } else {
                        seen.add(value);
                    }
                }
                collect(value, keys, seen);
            });
        } else if (json instanceof JsonArray array) {
            array.forEach(value -> collect(value, keys, seen));
        }
    }

    private static boolean same(JsonValue stored, JsonValue sent) {
        if (stored instanceof JsonString s && sent instanceof JsonString t) {
            return s.getString().equals(t.getString());
        }
        if (stored instanceof JsonNumber s && sent instanceof JsonNumber t) {
            return s.bigDecimalValue().compareTo(t.bigDecimalValue()) == 0;
        }
        return stored.equals(sent);
    }

    private static String message(HttpResponse<byte[]> response, String answer) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith(JSON)) {
            return null;
        }
        JsonValue json = parse(answer);
        if (!(json instanceof JsonObject object) || !(object.get("message") instanceof JsonString message)
                || message.getString().isBlank()) {
            return null;
        }
        return message.getString();
    }

    private HttpResponse<byte[]> send(Caller caller, String method, String path, String type, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path.substring(1)))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, */*;q=0.1")
                .header("Authorization", caller.authorization());
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // --- the rows of the application tables ---

    /** Rows, highest id and this test's rows' versions per application table (its own rows: from its location on). */
    private void prepareFingerprint() throws SQLException {
        fingerprint = TableFingerprint.of(dataSource, BOOKKEEPING, Set.of(TOKENS), location);
        rows = fingerprint.take();
    }

    // --- the served API ---

    private JsonObject openApi() throws Exception {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(root).resolve("/openapi"))
                .header("Accept", JSON).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        return parse(document.body()).asJsonObject();
    }

    private static List<Op> operations(JsonObject document) {
        List<Op> found = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, operations) -> {
            if (path.startsWith("/api/")) {
                operations.asJsonObject().forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        JsonObject doc = operation.asJsonObject();
                        found.add(new Op(method.toUpperCase(Locale.ROOT), path, doc.getString("operationId", ""), doc));
                    }
                });
            }
        });
        return found;
    }

    private JsonObject bodySchema(Op op) {
        JsonObject body = op.doc().getJsonObject("requestBody");
        if (body == null || !body.containsKey("content") || !body.getJsonObject("content").containsKey(JSON)) {
            return null;
        }
        JsonObject schema = body.getJsonObject("content").getJsonObject(JSON).getJsonObject("schema");
        return schema == null ? null : resolve(schema);
    }

    private static List<String> pathParameters(Op op) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(op.template());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<String> queryParameters(Op op) {
        JsonArray parameters = op.doc().getJsonArray("parameters");
        return parameters == null ? List.of() : parameters.getValuesAs(JsonObject.class).stream()
                .filter(p -> "query".equals(p.getString("in", ""))).map(p -> p.getString("name")).toList();
    }

    private JsonObject resolve(JsonObject schema) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return resolve(schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        if (schema.containsKey("allOf") && schema.getJsonArray("allOf").size() == 1) {
            return resolve(schema.getJsonArray("allOf").getJsonObject(0));
        }
        return schema;
    }

    /** The fields of a body, one level into objects and into the first item of lists of objects. */
    private void slots(JsonObject schema, JsonValue valid, String pointer, String label, List<Slot> found, int depth) {
        if ("array".equals(schema.getString("type", "")) && valid instanceof JsonArray array && !array.isEmpty()
                && schema.containsKey("items")) {
            JsonObject items = resolve(schema.getJsonObject("items"));
            if (items.containsKey("properties")) {
                slots(items, array.get(0), pointer + "/0", label + "[0].", found, depth + 1);
            }
            return;
        }
        if (!schema.containsKey("properties")) {
            return;
        }
        schema.getJsonObject("properties").forEach((name, value) -> {
            JsonObject property = resolve(value.asJsonObject());
            if (property.getBoolean("readOnly", false)) {
                return;
            }
            found.add(new Slot(pointer + "/" + name, label + name, name, property));
            JsonValue inner = valid instanceof JsonObject object ? object.get(name) : null;
            if (depth < 2 && inner != null && (inner instanceof JsonObject || inner instanceof JsonArray)) {
                slots(property, inner, pointer + "/" + name, label + name + (inner instanceof JsonArray ? "" : "."),
                        found, depth + 1);
            }
        });
    }

    private JsonValue base(Op op, JsonObject schema) throws Exception {
        Callable<JsonValue> made = bodies.get(op.key());
        return made == null ? example(schema) : made.call();
    }

    /** A body made of the document's examples, for an endpoint this test has no body of its own for. */
    private JsonValue example(JsonObject given) {
        JsonObject schema = resolve(given);
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        return switch (schema.getString("type", "string")) {
            case "object" -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                if (schema.containsKey("properties")) {
                    schema.getJsonObject("properties")
                            .forEach((name, p) -> object.add(name, example(p.asJsonObject())));
                }
                yield object.build();
            }
            case "array" -> Json.createArrayBuilder().add(example(schema.getJsonObject("items"))).build();
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.FALSE;
            default -> Json.createValue(schema.getString("format", "").equals("date") ? today.toString()
                    : "Hostile probe");
        };
    }

    private String path(Op op, String hostile, String value) throws Exception {
        Matcher matcher = PARAMETER.matcher(op.template());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(path, Matcher.quoteReplacement(name.equals(hostile) ? value
                    : String.valueOf(valid(op, name))));
        }
        return matcher.appendTail(path).toString();
    }

    private String query(Op op, String hostile, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (op.template().equals("/api/appointments")) {
            parameters.put("from", enc(iso(kiritimatiToday.minusDays(1).atStartOfDay(KIRITIMATI).toInstant())));
            parameters.put("to", enc(iso(kiritimatiToday.plusDays(1).atStartOfDay(KIRITIMATI).toInstant())));
        } else if (op.template().equals("/api/visits")) {
            parameters.put("patientId", String.valueOf(main));
        }
        if (hostile != null) {
            parameters.put(hostile, value);
        }
        return parameters.isEmpty() ? "" : "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /** The real record a path parameter names, so that the body is what the endpoint judges. */
    private long valid(Op op, String name) throws Exception {
        String t = op.template();
        boolean get = op.method().equals("GET");
        return switch (name) {
            case "patientId" -> t.contains("/intakes") || t.contains("/consents") || t.contains("/outcome-measures")
                    ? intakePatient : t.contains("/clearances") ? clearancePatient.get()
                    : t.contains("/policies") && !get ? policyPatient.get() : t.contains("/plans") ? planPatient : main;
            case "intakeId" -> intakeRecord;
            case "measureId" -> measureRecord;
            case "lineId" -> fixLine;
            case "position" -> 1;
            case "year" -> today.getYear();
            case "batchId" -> batch;
            case "entryId" -> artEntry;
            case "serviceId" -> service;
            default -> t.startsWith("/api/appointments/") ? (t.endsWith("/cancel") ? cancelAppointment.get()
                    : t.endsWith("/check-in") ? checkInAppointment.get()
                    : t.endsWith("/no-show") ? noShowAppointment.get() : cancelledAppointment)
                    : t.startsWith("/api/charges/") ? (t.endsWith("/approve") ? approveSheet.get() : fixSheet)
                    : t.startsWith("/api/claims/") ? (t.endsWith("/status") ? moveClaim : payClaim)
                    : t.startsWith("/api/payers/") ? targetPayer
                    : t.startsWith("/api/plans/") ? (t.endsWith("/complete") || t.endsWith("/discontinue")
                            ? endPlan.get() : revisePlan)
                    : t.startsWith("/api/practitioners/") ? (get ? me : bystander)
                    : t.startsWith("/api/protocols/") ? protocol
                    : t.startsWith("/api/tokens/") ? token
                    : t.startsWith("/api/users/") ? user
                    : t.startsWith("/api/visits/") ? (t.endsWith("/addenda") || t.endsWith("/charges") ? signedNote
                            : t.endsWith("/sign") ? signerNote
                            : t.endsWith("/services") && !get ? serviceNote.get() : draftNote)
                    : main;
        };
    }

    /** A record of someone else: another patient's, another practitioner's note, or another kind's id. */
    private long foreign(Op op, String name) {
        return switch (name) {
            case "intakeId" -> otherIntake;
            case "measureId" -> otherMeasure;
            default -> op.template().startsWith("/api/visits/") && name.equals("id") ? foreignNote : otherPatient;
        };
    }

    // --- the test's own clinic ---

    private void clinic() throws Exception {
        suffix = fixture.suffix();
        today = clock.today();
        kiritimatiToday = clock.now().atZone(KIRITIMATI).toLocalDate();
        Location place = fixture.location("Hostile", KIRITIMATI);
        location = place.getId();
        String username = "hostile" + suffix;
        Practitioner mine = fixture.practitionerWhoSignsIn(username, "Dr Hostile", PASSWORD, place);
        fixture.certify(mine, RegionGroup.values());
        // an NPI of its own: other tests of the same deployment hold theirs
        fixture.withNpi(mine, org.artclinic.clinic.setup.Npi.withCheckDigit(String.valueOf(
                100_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(800_000_000))));
        me = mine.getId();
        signerPractitioner = fixture.practitionerWhoSignsIn("hsign" + suffix, "Dr Signer", PASSWORD, place).getId();
        bystander = fixture.practitioner("Dr Bystander", place, LocalTime.MIN, LocalTime.of(23, 45)).getId();
        practitioner = withToken(Caller.of(username, PASSWORD));
        desk = withToken(Caller.of("frontdesk", ApiClient.PASSWORD));
        manager = withToken(Caller.of("manager", ApiClient.PASSWORD));
        admin = withToken(Caller.of("admin", ApiClient.PASSWORD));
        // wrong passwords at signing count against the signer's sign-ins: a practitioner of its own
        signer = Caller.of("hsign" + suffix, PASSWORD);
        byRole.put("PRACTITIONER", practitioner);
        byRole.put("FRONT_DESK", desk);
        byRole.put("MANAGER", manager);
        byRole.put("ADMIN", admin);

        payer = id(call(manager, "POST", "/api/payers", obj("name", "Hostile Mutual " + suffix, "kind", "COMMERCIAL",
                "unitRule", "CMS_8_MINUTE", "requiresGp", false, "usesXModifiers", true, "ediPayerId",
                "HM" + suffix.substring(0, 4))));
        call(manager, "POST", "/api/payers/" + payer + "/fees", obj("code", "97140", "fee", "30.00", "effectiveFrom",
                "2020-01-01"));
        targetPayer = id(call(manager, "POST", "/api/payers", payerBody("Hostile Target " + suffix, null)));

        main = fixture.withAddress(fixture.patient("Hostile", "Main")).getId();
        call(desk, "POST", "/api/patients/" + main + "/policies", obj("payerId", payer, "memberId", "M" + suffix,
                "primary", true));
        screen(main);
        otherPatient = fixture.patient("Hostile", "Other").getId();
        intakePatient = fixture.patient("Hostile", "Intake").getId();
        planPatient = fixture.patient("Hostile", "Plan").getId();
        long planB = fixture.patient("Hostile", "Revise").getId();
        planC = fixture.patient("Hostile", "Ending").getId();
        intakeRecord = id(call(practitioner, "POST", "/api/patients/" + intakePatient + "/intakes", intake(false)));
        otherIntake = id(call(practitioner, "POST", "/api/patients/" + otherPatient + "/intakes", intake(false)));
        measureRecord = id(call(practitioner, "POST", "/api/patients/" + intakePatient + "/outcome-measures",
                measureBody()));
        otherMeasure = id(call(practitioner, "POST", "/api/patients/" + otherPatient + "/outcome-measures",
                measureBody()));
        revisePlan = id(call(practitioner, "POST", "/api/patients/" + planB + "/plans", terms()));

        JsonObject neck = call(practitioner, "GET", "/api/protocols?region=NECK", null).asJsonArray().getJsonObject(0);
        neckProtocol = id(neck);
        neckSide = neck.getJsonArray("sides").getString(0);
        protocol = id(call(admin, "POST", "/api/protocols", protocol("Hostile Target " + suffix, null)));
        token = id(call(practitioner.signingIn(), "POST", "/api/tokens", obj("name", "Hostile target " + suffix)));
        user = id(call(admin, "POST", "/api/users", obj("username", "hxuser" + suffix, "fullName", "Hostile Target",
                "roles", arr("FRONT_DESK"))).asJsonObject().getJsonObject("user"));
        consentText = call(admin, "GET", "/api/consent-text", null).asJsonObject().getString("text");

        draftAppointment = book(past());
        draftNote = open(draftAppointment);
        artEntry = id(call(practitioner, "POST", "/api/visits/" + draftNote + "/art-entries", artEntry()));
        service = id(call(practitioner, "POST", "/api/visits/" + draftNote + "/services", serviceBody()));
        long signerAppointment = id(call(desk, "POST", "/api/appointments", booking(past(), signerPractitioner)));
        signerNote = id(call(signer, "POST", "/api/visits", obj("appointmentId", signerAppointment)));
        foreignNote = single("SELECT MIN(id) FROM visit_note WHERE practitioner_id <> " + me);
        cancelledAppointment = book(future());
        call(desk, "POST", "/api/appointments/" + cancelledAppointment + "/cancel",
                obj("reason", "Set up for the waitlist"));

        signedNote = signedVisit();
        JsonObject claimed = approved(sheet(signedNote));
        JsonObject claim = call(manager, "POST", "/api/claims", obj("chargesId", id(claimed))).asJsonObject();
        payClaim = id(claim);
        call(manager, "POST", "/api/claims/" + payClaim + "/status", obj("version", version(claim), "status", "READY"));
        HttpResponse<byte[]> sentFile = send(manager, "POST", "/api/claims/batch", null, null);
        assertEquals(201, sentFile.statusCode(), () -> new String(sentFile.body(), StandardCharsets.UTF_8));
        String file = sentFile.headers().firstValue("Location").orElseThrow();
        batch = Long.parseLong(file.substring(file.lastIndexOf('/') + 1));
        assertEquals("SUBMITTED", call(manager, "GET", "/api/claims/" + payClaim, null).asJsonObject()
                .getString("status"), "the claim was sent, so it takes payments");
        moveClaim = id(call(manager, "POST", "/api/claims", obj("chargesId", id(approved(sheet(signedVisit()))))));
        unclaimedSheet = id(approved(sheet(signedVisit())));
        JsonObject fix = sheet(signedVisit());
        fixSheet = id(fix);
        fixLine = id(fix.getJsonArray("lines").getJsonObject(0));

        cancelAppointment = new Fresh(() -> book(future()));
        checkInAppointment = new Fresh(() -> book(slot(0, 0)));
        noShowAppointment = new Fresh(() -> book(past()));
        approveSheet = new Fresh(() -> id(sheet(signedVisit())));
        endPlan = new Fresh(() -> id(call(practitioner, "POST", "/api/patients/" + planC + "/plans", terms())));
        policyPatient = new Fresh(() -> fixture.patient("Hostile", "Policy").getId());
        clearancePatient = new Fresh(() -> {
            long patient = fixture.patient("Hostile", "Cleared").getId();
            call(practitioner, "POST", "/api/patients/" + patient + "/intakes", intake(true));
            return patient;
        });
        serviceNote = new Fresh(() -> open(book(past())));
        bodiesAndSteps();
    }

    private void bodiesAndSteps() {
        bodies.put("POST /api/appointments", () -> booking(future(), me));
        bodies.put("POST /api/appointments/{id}/cancel", () -> obj("reason", "Patient is ill"));
        bodies.put("POST /api/appointments/{id}/check-in", () -> obj("copayCollected", "0.00"));
        bodies.put("POST /api/charges/{id}/approve", () -> obj("version",
                version("/api/charges/" + approveSheet.get())));
        bodies.put("PUT /api/charges/{id}/diagnoses/{position}", () -> {
            JsonObject sheet = call(manager, "GET", "/api/charges/" + fixSheet, null).asJsonObject();
            String first = sheet.getJsonArray("diagnoses").getString(0);
            return obj("version", version(sheet), "code", first.equals("M54.2") ? "M54.6" : "M54.2", "reason",
                    "Hostile probe");
        });
        bodies.put("PUT /api/charges/{id}/lines/{lineId}", () -> obj("version", version("/api/charges/" + fixSheet),
                "code", "97140", "units", 1, "modifiers", arr(), "diagnosisPointers", arr(1), "reason",
                "Hostile probe"));
        bodies.put("POST /api/claims", () -> obj("chargesId", unclaimedSheet));
        bodies.put("POST /api/claims/{id}/status", () -> {
            JsonObject claim = call(manager, "GET", "/api/claims/" + moveClaim, null).asJsonObject();
            return obj("version", version(claim), "status",
                    claim.getString("status").equals("DRAFT") ? "READY" : "DRAFT", "note", "Hostile probe");
        });
        bodies.put("POST /api/claims/{id}/payments", () -> obj("amount", "0.01", "receivedOn", today.toString(),
                "method", "EFT", "reference", "EFT hostile", "adjustments",
                arr(obj("group", "CO", "reasonCode", "45", "amount", "0.01"))));
        bodies.put("POST /api/consent-text", () -> obj("editedVersion", call(admin, "GET", "/api/consent-text", null)
                .asJsonObject().getInt("version"), "text", consentText, "requiresNewSignature", false));
        bodies.put("POST /api/patients", () -> obj("givenName", "Hostile", "familyName", "Probe" + ApiClient.letters(),
                "birthDate", "1980-06-15", "sex", "FEMALE", "phone", "(555) 201-3344", "email",
                "hostile.probe@example.com", "confirmedNotDuplicate", true));
        bodies.put("POST /api/patients/{patientId}/clearances", () -> obj("evidenceKind", "PHYSICIAN_LETTER",
                "evidence", "Letter from Dr. Lee: no fracture", "evidenceDate", today.minusDays(1).toString()));
        bodies.put("POST /api/patients/{patientId}/consents", () -> obj("signedOn", today.toString(),
                "witnessedBy", "Sam Witness"));
        bodies.put("POST /api/patients/{patientId}/intakes", () -> intake(false));
        bodies.put("POST /api/patients/{patientId}/outcome-measures", this::measureBody);
        bodies.put("POST /api/patients/{patientId}/payments", () -> obj("amount", "0.01", "receivedOn",
                today.toString(), "method", "CASH", "reference", "Desk hostile"));
        bodies.put("POST /api/patients/{patientId}/plans", this::terms);
        bodies.put("POST /api/patients/{patientId}/policies", () -> obj("payerId", payer, "memberId", "M123456",
                "primary", true, "groupNumber", "G1", "relationship", "SELF", "subscriberName", "Pat Holder", "copay",
                "10.00", "authorizedVisits", 12, "authorizationStart", today.minusDays(1).toString(),
                "authorizationEnd", today.plusDays(90).toString()));
        bodies.put("POST /api/payers", () -> payerBody("Hostile Payer " + ApiClient.letters(), null));
        bodies.put("PUT /api/payers/{id}", () -> payerBody("Hostile Target " + suffix,
                version("/api/payers/" + targetPayer)));
        bodies.put("POST /api/payers/{id}/fees", () -> obj("code", "97110", "fee", "31.00", "effectiveFrom",
                "2020-01-01"));
        bodies.put("PUT /api/payers/{id}/kx-thresholds/{year}", () -> obj("version",
                version("/api/payers/" + targetPayer), "amount", "60.00"));
        bodies.put("PUT /api/plans/{id}", () -> Json.createObjectBuilder(terms())
                .add("version", version("/api/plans/" + revisePlan)).build());
        bodies.put("POST /api/plans/{id}/complete", () -> obj("version", version("/api/plans/" + endPlan.get()),
                "reason", "Course done"));
        bodies.put("POST /api/plans/{id}/discontinue", () -> obj("version", version("/api/plans/" + endPlan.get()),
                "reason", "Moved away"));
        bodies.put("PUT /api/practitioners/{id}/credentials", () -> obj("version",
                version("/api/practitioners/" + bystander + "/credentials"), "licence", obj("profession",
                        "CHIROPRACTOR", "number", "045.012345", "state", "IL", "expiresOn",
                        today.plusYears(1).toString()),
                "certifications", arr(obj("course", "SPINE", "certifiedOn", today.minusYears(1).toString(),
                        "expiresOn", today.plusYears(2).toString()))));
        bodies.put("POST /api/protocols", () -> protocol("Hostile Protocol " + ApiClient.letters(), null));
        bodies.put("PUT /api/protocols/{id}", () -> protocol("Hostile Target " + suffix,
                version("/api/protocols/" + protocol)));
        bodies.put("POST /api/protocols/{id}/retire", () -> obj("version", version("/api/protocols/" + protocol)));
        bodies.put("POST /api/protocols/{id}/reactivate", () -> obj("version", version("/api/protocols/" + protocol)));
        bodies.put("POST /api/tokens", () -> obj("name", "Hostile token " + ApiClient.letters(), "expiresAt",
                iso(clock.now().plus(Duration.ofDays(30))), "roles", arr("PRACTITIONER")));
        bodies.put("POST /api/users", () -> obj("username", "hx" + ApiClient.letters(), "fullName", "Hostile Probe",
                "email", "hx@clinic.example", "roles", arr("FRONT_DESK")));
        bodies.put("PATCH /api/users/{id}", () -> obj("version", version("/api/users/" + user), "fullName",
                "Hostile Target", "email", "ht@clinic.example", "roles", arr("FRONT_DESK"), "active", true));
        bodies.put("POST /api/visits", () -> obj("appointmentId", draftAppointment));
        bodies.put("POST /api/visits/{id}/addenda", () -> obj("text", "Correction after signing"));
        bodies.put("POST /api/visits/{id}/art-entries", this::artEntry);
        bodies.put("PUT /api/visits/{id}/rom", () -> arr(obj("movement", "CERVICAL_ROTATION", "side", "RIGHT",
                "degrees", 55)));
        bodies.put("POST /api/visits/{id}/services", this::serviceBody);
        bodies.put("POST /api/visits/{id}/sign", () -> obj("password", "Not-the-password-1"));
        bodies.put("PUT /api/visits/{id}/soap", () -> obj("subjective", "Neck stiff", "objective", "Rotation limited",
                "assessment", "Improving", "plan", "Continue", "painToday", 4));

        afterAccepted.put("POST /api/appointments/{id}/cancel", created -> cancelAppointment.spend());
        afterAccepted.put("POST /api/appointments/{id}/check-in", created -> checkInAppointment.spend());
        afterAccepted.put("POST /api/appointments/{id}/no-show", created -> noShowAppointment.spend());
        afterAccepted.put("POST /api/charges/{id}/approve", created -> approveSheet.spend());
        afterAccepted.put("POST /api/patients/{patientId}/clearances", created -> clearancePatient.spend());
        afterAccepted.put("POST /api/patients/{patientId}/policies", created -> policyPatient.spend());
        afterAccepted.put("POST /api/patients/{patientId}/plans", created -> call(practitioner, "POST",
                "/api/plans/" + id(created) + "/complete", obj("version", version(created.asJsonObject()))));
        afterAccepted.put("POST /api/plans/{id}/complete", created -> endPlan.spend());
        afterAccepted.put("POST /api/plans/{id}/discontinue", created -> endPlan.spend());
        afterAccepted.put("POST /api/patients", created -> asFrontDesk.call(() -> {
            Patient stored = patients.find(id(created));
            return patients.update(stored.getId(), stored.getVersion(), PatientDetails.basic("Hostile",
                    "Probe" + ApiClient.letters(), stored.getBirthDate(), stored.getSex(), null, null));
        }));
        afterAccepted.put("POST /api/payers", created -> call(manager, "PUT", "/api/payers/" + id(created),
                payerBody("Hostile Payer " + ApiClient.letters(), version(created.asJsonObject()))));
        afterAccepted.put("POST /api/protocols", created -> {
            JsonObject renamed = call(admin, "PUT", "/api/protocols/" + id(created), protocol("Hostile Protocol "
                    + ApiClient.letters(), version(created.asJsonObject()))).asJsonObject();
            call(admin, "POST", "/api/protocols/" + id(created) + "/retire", obj("version", version(renamed)));
        });
        afterAccepted.put("POST /api/tokens", created -> call(practitioner, "DELETE", "/api/tokens/" + id(created),
                null));
        afterAccepted.put("POST /api/users", created -> {
            JsonObject account = created.asJsonObject().getJsonObject("user");
            call(admin, "PATCH", "/api/users/" + id(account), obj("version", version(account), "active", false));
        });
        afterAccepted.put("POST /api/visits/{id}/services", created -> serviceNote.spend());
    }

    /**
     * Leaves the shared clinic as other tests expect it: no claim left ready to send, the consent
     * text as it was, and what this test accepted renamed, retired, deactivated or revoked, so that
     * other tests' lists and library exports hold no hostile text (accepted patients and payers are
     * renamed as soon as they have been read back).
     */
    private void tidyUp() {
        tidy("the claim that was moved", () -> {
            JsonObject claim = call(manager, "GET", "/api/claims/" + moveClaim, null).asJsonObject();
            if (claim.getString("status").equals("READY")) {
                claim = call(manager, "POST", "/api/claims/" + moveClaim + "/status", obj("version", version(claim),
                        "status", "DRAFT")).asJsonObject();
            }
            return call(manager, "POST", "/api/claims/" + moveClaim + "/status", obj("version", version(claim),
                    "status", "WRITTEN_OFF", "note", "Made by a test"));
        });
        tidy("the consent text", () -> {
            JsonObject consent = call(admin, "GET", "/api/consent-text", null).asJsonObject();
            return consent.getString("text").equals(consentText) ? null : call(admin, "POST", "/api/consent-text",
                    obj("editedVersion", consent.getInt("version"), "text", consentText, "requiresNewSignature",
                            false));
        });
        tidy("the payer that was changed", () -> call(manager, "PUT", "/api/payers/" + targetPayer,
                payerBody("Hostile Target " + suffix, version("/api/payers/" + targetPayer))));
        tidy("the protocol that was changed", () -> {
            JsonObject target = call(admin, "GET", "/api/protocols/" + protocol, null).asJsonObject();
            if (target.getBoolean("retired")) {
                target = call(admin, "POST", "/api/protocols/" + protocol + "/reactivate",
                        obj("version", version(target))).asJsonObject();
            }
            target = call(admin, "PUT", "/api/protocols/" + protocol, protocol("Hostile Target " + suffix,
                    version(target))).asJsonObject();
            return call(admin, "POST", "/api/protocols/" + protocol + "/retire", obj("version", version(target)));
        });
        tidy("the API tokens", () -> {
            call(practitioner, "DELETE", "/api/tokens/" + token, null);
            for (Map.Entry<Caller, Long> mine : tokens.entrySet()) {
                call(mine.getKey(), "DELETE", "/api/tokens/" + mine.getValue(), null);
            }
            return null;
        });
    }

    private void tidy(String what, Callable<?> step) {
        try {
            step.call();
        } catch (Exception | AssertionError e) {
            problems.add("tidying up " + what + " failed: " + e);
        }
    }

    /**
     * The caller, now presenting an API token of its own: a password is checked with a deliberately
     * slow hash at every call, a token is not.
     */
    private Caller withToken(Caller caller) throws Exception {
        JsonObject created = call(caller, "POST", "/api/tokens", obj("name", "Hostile probes " + suffix))
                .asJsonObject();
        Caller bearer = new Caller(caller.name(), "Bearer " + created.getString("token"), caller.basic());
        tokens.put(bearer, id(created));
        return bearer;
    }

    private void screen(long patient) throws Exception {
        call(desk, "POST", "/api/patients/" + patient + "/consents", obj("signedOn", today.toString(),
                "witnessedBy", "Sam Witness"));
        call(practitioner, "POST", "/api/patients/" + patient + "/intakes", intake(false));
    }

    private long book(Instant start) throws Exception {
        return id(call(desk, "POST", "/api/appointments", booking(start, me)));
    }

    private JsonObject booking(Instant start, long practitionerId) {
        return obj("patientId", main, "practitionerId", practitionerId, "locationId", location, "start", iso(start),
                "end", iso(start.plus(Duration.ofMinutes(30))), "notes", "Hostile probe", "confirmSameDay", true);
    }

    private long open(long appointment) throws Exception {
        return id(call(practitioner, "POST", "/api/visits", obj("appointmentId", appointment)));
    }

    /** A signed note of the main patient with one service, which charges the patient's payer. */
    private long signedVisit() throws Exception {
        long note = open(book(past()));
        call(practitioner, "POST", "/api/visits/" + note + "/services", serviceBody());
        call(practitioner, "POST", "/api/visits/" + note + "/sign", obj("password", PASSWORD));
        return note;
    }

    private JsonObject sheet(long note) throws Exception {
        return call(manager, "GET", "/api/charges?max=100&locationId=" + location, null).asJsonObject()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("visitId").longValue() == note).findFirst()
                .orElseThrow(() -> new AssertionError("no charges for note " + note));
    }

    private JsonObject approved(JsonObject sheet) throws Exception {
        return call(manager, "POST", "/api/charges/" + id(sheet) + "/approve", obj("version", version(sheet)))
                .asJsonObject();
    }

    private Instant past() {
        return slot(-1, -1);
    }

    private Instant future() {
        return slot(2, 1);
    }

    /** A free half hour of this test's practitioner, from {@code day} (days from today) on in {@code step}s. */
    private Instant slot(long day, int step) {
        for (long d = day; ; d += step) {
            int taken = booked.getOrDefault(d, 0);
            if (taken < (d == 0 ? 26 : 46)) {
                booked.put(d, taken + 1);
                return kiritimatiToday.plusDays(d).atTime(LocalTime.MIDNIGHT).plusMinutes(30L * taken)
                        .atZone(KIRITIMATI).toInstant();
            }
            if (step == 0) {
                throw new IllegalStateException("no free half hour left today");
            }
        }
    }

    private JsonObject intake(boolean trauma) {
        return obj("chiefComplaint", "Stiff neck after long days at the laptop",
                "regions", arr(obj("region", "NECK", "side", "RIGHT")), "onsetType", "INSIDIOUS",
                "onsetDate", today.minusWeeks(6).toString(), "durationWeeks", 6, "aggravatingActivities", "Typing",
                "easingActivities", "Heat", "trainingLoad", "Runs twice a week", "workSetup", "Laptop on a sofa",
                "priorInjuriesAndSurgeries", "None", "medications", "None", "goals", "Reverse the car",
                "postureObservations", "Forward head",
                "rangeOfMotion", arr(obj("movement", "CERVICAL_ROTATION", "side", "RIGHT", "degrees", 50)),
                "neuroScreen", arr(obj("level", "C5", "side", "RIGHT", "strength", "NORMAL", "sensation", "NORMAL",
                        "reflex", "NORMAL")),
                "palpation", arr(obj("structure", "Upper trapezius", "region", "NECK", "side", "RIGHT",
                        "tightRopeyBand", true, "thickenedGrittyTissue", false, "tenderReproducesSymptom", true,
                        "note", "Tender")),
                "pain", obj("now", 4, "best", 2, "worst", 7),
                "redFlags", obj("recentTrauma", trauma, "unexplainedWeightLossFeverNightPain", false,
                        "progressiveNeurologicalDeficit", false, "bleedingDisorderOrAnticoagulants", false,
                        "pregnancy", false),
                "localContraindications", arr());
    }

    private JsonObject measureBody() {
        return obj("instrument", "NPRS", "answers", arr(4), "administeredAt",
                iso(clock.now().minus(Duration.ofHours(1))));
    }

    private JsonObject terms() {
        return obj("startsOn", today.toString(), "diagnoses", arr("M54.2"),
                "goals", arr(obj("kind", "RANGE_OF_MOTION", "movement", "CERVICAL_ROTATION", "side", "RIGHT",
                                "targetDegrees", 70, "description", "Full rotation"),
                        obj("kind", "FUNCTIONAL", "description", "Check the blind spot when driving")),
                "visitsPerWeek", 2, "weeks", 3, "plannedVisits", 6, "reEvaluateAfterVisits", 6,
                "reEvaluateOn", today.plusWeeks(3).toString(),
                "homeProgram", arr(obj("category", "STRENGTHENING", "name", "Chin tuck hold", "dose", "3 sets of 10",
                        "instructions", "Glide the chin straight back.")));
    }

    private JsonObject artEntry() {
        return obj("protocolId", neckProtocol, "side", neckSide, "passes", 3, "tension", "MODERATE", "painBefore", 5,
                "painAfter", 3, "movement", "CERVICAL_ROTATION", "romBefore", 50, "romAfter", 58, "response",
                "Turning easier");
    }

    private JsonObject serviceBody() {
        return obj("code", "97140", "minutes", 10, "regions", arr("NECK"), "diagnosisCodes", arr("M54.2"));
    }

    private static JsonObject payerBody(String name, Long version) {
        JsonObjectBuilder payer = Json.createObjectBuilder(obj("name", name, "kind", "COMMERCIAL", "unitRule",
                "PER_SERVICE", "requiresGp", false, "usesXModifiers", true, "ediPayerId", "HT1"));
        return version == null ? payer.build() : payer.add("version", version).build();
    }

    private static JsonObject protocol(String name, Long version) {
        JsonObjectBuilder protocol = Json.createObjectBuilder(obj("name", name, "regionGroup", "SPINE", "region",
                "UPPER_BACK", "structure", "Rhomboid test", "tissue", "MUSCLE", "sides", arr("LEFT", "RIGHT"),
                "startPosition", "Prone.", "contactPoint", "Thumb.", "tensionDirection", "Toward the spine.",
                "movement", "Reach across.", "typicalPasses", 3, "indications", arr("M54.6"), "linkIds", arr(),
                "notes", "Hostile probe"));
        return version == null ? protocol.build() : protocol.add("version", version).build();
    }

    // --- small helpers ---

    /** A call this test makes to set things up or read them: it must succeed. */
    private JsonValue call(Caller caller, String method, String path, JsonValue body) throws Exception {
        HttpResponse<byte[]> response = send(caller, method, path, body == null ? null : JSON,
                body == null ? null : bytes(body));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " as " + caller.name() + ": " + response.statusCode() + " "
                    + shorten(text, 300));
        }
        if (!method.equals("GET")) {
            dirty = true;
        }
        return parse(text);
    }

    private long version(String path) throws Exception {
        Caller reader = path.startsWith("/api/charges") || path.startsWith("/api/payers") ? manager
                : path.startsWith("/api/plans") ? practitioner : admin;
        return version(call(reader, "GET", path, null).asJsonObject());
    }

    private static long version(JsonObject record) {
        return record.getJsonNumber("version").longValue();
    }

    private static long id(JsonValue record) {
        return record.asJsonObject().getJsonNumber("id").longValue();
    }

    private long single(String sql) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            assertTrue(result.next(), sql);
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static JsonValue parse(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.NULL;
        }
        try {
            return Json.createReader(new StringReader(text)).readValue();
        } catch (RuntimeException e) {
            return JsonValue.NULL;
        }
    }

    private static JsonValue at(JsonValue body, String pointer) {
        JsonStructure structure = (JsonStructure) body;
        return Json.createPointer(pointer).containsValue(structure) ? Json.createPointer(pointer).getValue(structure)
                : null;
    }

    private static JsonValue with(JsonValue body, String pointer, JsonValue value) {
        JsonStructure structure = (JsonStructure) body;
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        JsonValue holder = parent.isEmpty() ? structure : Json.createPointer(parent).getValue(structure);
        return holder instanceof JsonArray ? Json.createPointer(pointer).replace(structure, value)
                : Json.createPointer(pointer).add(structure, value);
    }

    /** The JSON text, with lone surrogates escaped as JSON allows (a writer would turn them into "?"). */
    private static String write(JsonValue value) {
        String text = value.toString();
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                escaped.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static byte[] bytes(JsonValue value) {
        return utf8(write(value));
    }

    /**
     * The text as UTF-8, a lone surrogate written as the JSON escape a client would send for it
     * (UTF-8 itself cannot carry one: the encoder would put "?" in its place).
     */
    private static byte[] utf8(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                escaped.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String iso(Instant instant) {
        return instant.atZone(KIRITIMATI).toOffsetDateTime().toString();
    }

    private static String shorten(String text, int length) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= length ? flat : flat.substring(0, length) + "... (" + flat.length() + " characters)";
    }

    private static Input text(String label, String value) {
        return new Input(label, Json.createValue(value));
    }

    private static JsonObject obj(Object... pairs) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            object.add((String) pairs[i], value(pairs[i + 1]));
        }
        return object.build();
    }

    private static JsonArray arr(Object... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object item : items) {
            array.add(value(item));
        }
        return array.build();
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer number) {
            return Json.createValue(number);
        }
        if (value instanceof Long number) {
            return Json.createValue(number);
        }
        return Json.createValue(value.toString());
    }

    /** A user as the API sees them: the Authorization header of each call, and HTTP Basic for what needs it. */
    private record Caller(String name, String authorization, String basic) {

        static Caller of(String username, String password) {
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return new Caller(username, basic, basic);
        }

        /** Creating an API token needs the password. */
        Caller signingIn() {
            return new Caller(name, basic, basic);
        }
    }

    private record Op(String method, String template, String id, JsonObject doc) {

        String key() {
            return method + " " + template;
        }
    }

    /** A hostile value and what it is, in words for the report. */
    private record Input(String label, JsonValue value) {
    }

    /** A field of a request body: where it is (a JSON pointer), its name and its schema. */
    private record Slot(String pointer, String label, String name, JsonObject schema) {
    }

    /** A whole request body, and whether it must be refused whatever the endpoint (broken JSON, a form). */
    private record Body(String label, String type, byte[] bytes, boolean refuse) {
    }

    /**
     * What one request tries: in words; whether no endpoint may accept it; and for a field, the field,
     * the value sent and the valid body's value.
     */
    private record Attempt(String what, boolean mustRefuse, Slot slot, JsonValue value, JsonValue original) {

        static Attempt of(String what) {
            return new Attempt(what, false, null, null, null);
        }

        static Attempt refused(String what) {
            return new Attempt(what, true, null, null, null);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run(JsonValue answer) throws Exception;
    }

    /** A record that an accepted request uses up (a cancelled appointment, an ended plan): made again when needed. */
    private final class Fresh {

        private final Callable<Long> make;
        private Long id;

        Fresh(Callable<Long> make) {
            this.make = make;
        }

        long get() throws Exception {
            if (id == null) {
                id = make.call();
                dirty = true;
            }
            return id;
        }

        void spend() {
            id = null;
        }
    }
}
