package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.system.DatabaseMigrator;
import org.artclinic.clinic.testsupport.TableFingerprint;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever a user types into the clinic's screens, the clinic answers with the page or a message,
 * never with its "Something went wrong" page, a server error or a Java stack trace, and a form it
 * refuses leaves every application table as it was. Script tags, an img with onerror, SQL
 * meta-characters, ten and a hundred thousand characters, impossible dates, negative and huge
 * numbers, a right-to-left override, emoji and a NUL character (which the clinic refuses outright
 * with 400) go into every text field and text area of every form of every page that the demo front
 * desk, practitioner, manager and administrator may open (docs/access/pages.csv), posted with every
 * button as a browser without JavaScript would and, for the buttons that work by ajax, as
 * PrimeFaces' script would.
 *
 * <p>Pages about one patient or visit get a patient and a draft visit note of the test's own; those
 * pages are opened, for the practitioner role, by a practitioner of the test's own who treats the
 * patient (a note can only be written by its practitioner, and the demo practitioner would first
 * have to break the glass, which is walked too). To keep the shared demo data intact no button that deletes, removes, deactivates,
 * revokes, ends, cancels, stops, retires, resets, unlocks or signs out is pressed, nor any button
 * of a table row (which acts on an existing, shared record), nor a form with a password field (a
 * wrong password counts against the user's sign-ins); the sign-in and password-change pages are
 * left alone, and the consent text the administrator may edit is put back afterwards. Every
 * problem found is collected, and the test fails once with all of them.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.Tag("forms")
class FormHostileInputIT {

    private static final Logger LOG = Logger.getLogger(FormHostileInputIT.class.getName());

    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final String PASSWORD = "Form-hostile-2026";
    private static final Path PAGES = Path.of("..", "docs", "access", "pages.csv");
    private static final Map<String, String> USERS = Map.of("FRONT_DESK", "frontdesk", "PRACTITIONER",
            "practitioner", "MANAGER", "manager", "ADMIN", "admin");
    /** Pages not walked: signing in again or changing the password would end the walk. */
    private static final Set<String> LEFT_ALONE = Set.of("login.xhtml", "account/password.xhtml");
    /** What a refused post may still write: the audit trail, the sign-in bookkeeping and token use. */
    private static final Set<String> BOOKKEEPING = Set.of("audit_event", "audit_seal", "audit_chain_head", "audit_pending",
            "sign_in_limit", "flyway_schema_history", "api_token");
    /** Words of a button's id or label that say it would destroy or end something shared. */
    private static final Set<String> DESTRUCTIVE = Set.of("delete", "remove", "deactivate", "deactivation",
            "revoke", "end", "ending", "cancel", "cancellation", "stop", "retire", "logout", "signout", "reset",
            "unlock", "disable", "discard", "void", "archive", "withdraw");
    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "email", "tel", "number", "url");
    /** The walk's own budget, so that the whole test stays within three minutes. */
    private static final Duration BUDGET = Duration.ofSeconds(165);
    /** Values per field for a form's buttons after its first. */
    private static final int FEW = 3;

    private static final Pattern FORM = Pattern.compile("(?s)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern INPUT = Pattern.compile("(?s)<input\\b([^>]*?)/?>");
    private static final Pattern TEXTAREA = Pattern.compile("(?s)<textarea\\b([^>]*)>");
    private static final Pattern BUTTON = Pattern.compile("(?s)<button\\b([^>]*)>(.*?)</button>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern STACK_TRACE = Pattern.compile("(?s)Exception.{0,400}?\\sat (org|jakarta)\\.");
    private static final Pattern PARTIAL_ERROR = Pattern.compile("(?s)<error>.*?</error>");
    private static final Pattern PARTIAL_REDIRECT = Pattern.compile("<redirect url=\"([^\"]*)\"");
    private static final String ERROR_PAGE = "Something went wrong";
    /** The title of the clinic's error pages (server error, expired page, not found, forbidden). */
    private static final Pattern ERROR_TITLE = Pattern.compile("<h1 id=\"errorTitle\">([^<]*)</h1>");

    @Inject
    private ClinicFixture fixture;

    @Inject
    private ClinicClock clock;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    /** One hostile value: what the failure list calls it, the value, and whether 400 is the right answer. */
    private record Value(String label, String text, boolean refusedOutright) {
    }

    /** A user walking the screens, signed in with their own cookies. */
    private final class Visitor {
        final String role;
        final String username;
        final String password;
        WebClient client;

        Visitor(String role, String username, String password) throws Exception {
            this.role = role;
            this.username = username;
            this.password = password;
            signIn();
        }

        void signIn() throws Exception {
            client = new WebClient(base);
            assertEquals(302, client.login(username, password).statusCode(), "sign-in of " + username);
        }
    }

    /** A form of a page as served: its text fields and the buttons that may be pressed. */
    private record Form(String id, List<String> fields, List<Button> buttons) {
    }

    private record Button(String id, String label, boolean ajax) {
    }

    private final List<String> problems = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private List<Value> values;
    private TableFingerprint fingerprint;
    private Map<String, String> rows;
    private int posts;
    private int partial;
    private int refusals;
    private int skippedForTime;
    private long deadline;

    @Test
    void everyFormAnswersHostileInputWithThePageOrAMessageAndARefusalChangesNothing() throws Exception {
        long started = System.nanoTime();
        String tag = "fh" + fixture.suffix();
        values = values(tag);
        prepareFingerprint();

        // the test's own records for the pages about one patient or one visit
        ApiClient desk = new ApiClient(base, "frontdesk");
        ApiClient adminApi = new ApiClient(base, "admin");
        String patient = desk.patient("Formhostile");
        String username = "formhostile" + fixture.suffix();
        Location place = fixture.location("Form hostile", KIRITIMATI);
        Practitioner mine = fixture.practitionerWhoSignsIn(username, "Dr Formhostile", PASSWORD, place);
        fixture.certify(mine, RegionGroup.values());
        String note = draftNote(desk, new ApiClient(base, username, PASSWORD), patient, mine.getId(), place.getId());
        JsonObject consent = json(adminApi.get("api/consent-text").body());

        Map<String, Visitor> visitors = new LinkedHashMap<>();
        for (Map.Entry<String, String> user : List.copyOf(new TreeMap<>(USERS).entrySet())) {
            visitors.put(user.getKey(), new Visitor(user.getKey(), user.getValue(), ApiClient.PASSWORD));
        }
        Visitor own = new Visitor("PRACTITIONER", username, PASSWORD);

        List<String[]> table = Files.readAllLines(PAGES).stream().filter(l -> !l.isBlank()).map(l -> l.split(","))
                .toList();
        String[] header = table.get(0);
        rows = fingerprint.take();
        deadline = System.nanoTime() + BUDGET.toNanos();
        // the pages of each role, taken in turns so that every role is walked should time run short
        List<List<Map.Entry<Visitor, String>>> byRole = new ArrayList<>();
        for (int column = 1; column < header.length; column++) {
            Visitor visitor = visitors.get(header[column].strip());
            List<Map.Entry<Visitor, String>> pages = new ArrayList<>();
            for (String[] line : table.subList(1, table.size())) {
                String page = line[0].strip();
                if (!line[column].strip().equals("allow") || LEFT_ALONE.contains(page)) {
                    continue;
                }
                if (page.equals("charting/visit.xhtml")) {
                    if (note != null) {
                        pages.add(Map.entry(own, page + "?id=" + note));
                    }
                } else if (visitor.role.equals("PRACTITIONER") && !withRecord(page, patient).equals(page)) {
                    // a patient's record opens to the practitioners who treat them (others must break the glass)
                    pages.add(Map.entry(own, withRecord(page, patient)));
                    if (page.equals("patient/patient.xhtml")) {
                        pages.add(Map.entry(visitor, withRecord(page, patient)));
                    }
                } else {
                    pages.add(Map.entry(visitor, withRecord(page, patient)));
                }
            }
            byRole.add(pages);
        }
        try {
            for (int i = 0; byRole.stream().anyMatch(pages -> !pages.isEmpty()); i++) {
                List<Map.Entry<Visitor, String>> pages = byRole.get(i % byRole.size());
                if (!pages.isEmpty()) {
                    Map.Entry<Visitor, String> next = pages.remove(0);
                    walk(next.getKey(), next.getValue());
                }
            }
        } finally {
            restoreConsent(adminApi, consent);
        }

        LOG.info(() -> "FormHostileInputIT: " + posts + " posts in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s, answers " + statuses
                + ", partial responses " + partial + ", refused " + refusals + ", skipped for time " + skippedForTime + ", forms " + seen.size());
        if (skippedForTime > 0) {
            problems.add(0, "(note) " + skippedForTime + " posts left out to stay within " + BUDGET.toSeconds() + " s");
        }
        boolean failed = problems.stream().anyMatch(p -> !p.startsWith("(note)"));
        assertTrue(!failed, problems.size() + " problems in " + posts + " posts:\n" + String.join("\n", problems));
        assertTrue(posts >= 300, "only " + posts + " posts were sent: " + seen);
    }

    /** The page's address with the test's own patient where the page is about one patient. */
    private static String withRecord(String page, String patient) {
        return switch (page) {
            case "patient/patient.xhtml", "patient/edit.xhtml" -> page + "?id=" + patient;
            case "intake/intake.xhtml", "outcome/administer.xhtml", "charting/plan.xhtml",
                    "charting/progress.xhtml" -> page + "?patient=" + patient;
            default -> page;
        };
    }

    // --- the walk ---

    private void walk(Visitor visitor, String path) throws Exception {
        HttpResponse<String> start = visitor.client.get(path);
        if (start.statusCode() == 302 && !start.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            return; // the start page sends each role on to its own first page, which is walked in its turn
        }
        HttpResponse<String> page = open(visitor, path);
        if (page == null) {
            return;
        }
        List<Form> forms = forms(page.body());
        LOG.fine(() -> "FormHostileInputIT " + visitor.username + " " + path + ": " + forms.stream()
                .map(f -> f.id() + " " + f.fields().size() + " fields " + f.buttons()).toList());
        for (Form form : forms) {
            for (int b = 0; b < form.buttons().size(); b++) {
                Button button = form.buttons().get(b);
                if (!seen.add(visitor.role + " " + visitor.username + " " + path.replaceAll("\\?.*", "") + " "
                        + form.id() + " " + button.id())) {
                    continue;
                }
                int count = b == 0 ? values.size() : FEW;
                for (int k = 0; k < count; k++) {
                    int first = (k + b * FEW) % values.size();
                    post(visitor, path, form, button, first, false);
                    if (button.ajax()) {
                        post(visitor, path, form, button, first, true);
                    }
                }
            }
        }
    }

    /** GETs a page as the visitor; signs in again if the session was lost. Null if it cannot be opened. */
    private HttpResponse<String> open(Visitor visitor, String path) throws Exception {
        HttpResponse<String> page = visitor.client.get(path);
        if (page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            problems.add(visitor.username + " " + path + ": the session had ended (" + page.headers()
                    .firstValue("Location").orElse("") + "); signed in again");
            visitor.signIn();
            page = visitor.client.get(path);
        }
        if (page.statusCode() != 200) {
            problems.add(visitor.username + " GET " + path + ": HTTP " + page.statusCode() + " "
                    + excerpt(page.body(), 0));
            return null;
        }
        return page;
    }

    private void post(Visitor visitor, String path, Form form, Button button, int first, boolean ajax)
            throws Exception {
        if (System.nanoTime() > deadline) {
            skippedForTime++;
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        boolean refusedOutright = false;
        List<Value> others = values.stream().filter(v -> !v.refusedOutright()).toList();
        for (int f = 0; f < form.fields().size(); f++) {
            // the NUL only ever in the first field: the whole post is refused for it
            Value value = f == 0 ? values.get(first) : others.get((first + f) % others.size());
            fields.put(form.fields().get(f), value.text());
            labels.put(form.fields().get(f), value.label());
            refusedOutright |= value.refusedOutright();
        }
        String prefix = form.id() + ":";
        HttpResponse<String> answer;
        if (ajax) {
            HttpResponse<String> page = open(visitor, path);
            if (page == null) {
                return;
            }
            Map<String, String> params = new LinkedHashMap<>();
            // what PrimeFaces sends as the Faces-Request header, as the parameter Mojarra reads alike
            params.put("Faces-Request", "partial/ajax");
            params.put("jakarta.faces.partial.execute", "@all");
            params.put(button.id(), button.id());
            params.putAll(fields);
            answer = visitor.client.ajax(path, WebClient.viewState(page), form.id(), button.id(), null, params,
                    "@all");
        } else {
            Map<String, String> local = new LinkedHashMap<>();
            fields.forEach((name, value) -> local.put(name.substring(prefix.length()), value));
            answer = visitor.client.submit(path, form.id(), local, button.id().substring(prefix.length()));
        }
        posts++;
        if (ajax && answer.body() != null && answer.body().contains("<partial-response")) {
            partial++;
        }
        statuses.merge(answer.statusCode(), 1, Integer::sum);
        String what = visitor.username + " " + path.replaceAll("\\?.*", "") + " form " + form.id() + " button "
                + button.id() + " (" + button.label() + ", " + (ajax ? "ajax" : "full") + ") fields " + labels;
        check(what, answer, refusedOutright, ajax);
    }

    private void check(String what, HttpResponse<String> answer, boolean refusedOutright, boolean ajax)
            throws SQLException {
        String body = answer.body() == null ? "" : answer.body();
        int status = answer.statusCode();
        boolean outright = refusedOutright && status == 400;
        if (status >= 500) {
            problems.add(what + ": HTTP " + status + " " + excerpt(body, errorAt(body)));
        } else if (!outright && body.contains(ERROR_PAGE)) {
            problems.add(what + ": the error page, HTTP " + status + " " + excerpt(body, body.indexOf(ERROR_PAGE)));
        } else if (!outright && ERROR_TITLE.matcher(body).find()) {
            Matcher title = ERROR_TITLE.matcher(body);
            title.find();
            problems.add(what + ": the error page \"" + title.group(1) + "\", HTTP " + status);
        }
        Matcher trace = STACK_TRACE.matcher(body);
        if (trace.find()) {
            problems.add(what + ": a stack trace, HTTP " + status + " " + excerpt(body, trace.start()));
        }
        if (ajax) {
            Matcher error = PARTIAL_ERROR.matcher(body);
            if (error.find()) {
                problems.add(what + ": an ajax error " + excerpt(body, error.start()));
            }
            Matcher redirect = PARTIAL_REDIRECT.matcher(body);
            if (redirect.find() && (redirect.group(1).contains("errorpages") || redirect.group(1).contains("login"))) {
                problems.add(what + ": the ajax answer redirects to " + redirect.group(1));
            }
        } else if (status == 302) {
            String location = answer.headers().firstValue("Location").orElse("");
            if (location.contains("errorpages") || location.contains("login.xhtml")) {
                problems.add(what + ": redirected to " + location);
            }
        }
        Map<String, String> after = fingerprint.take();
        boolean refused = outright || body.contains("ui-messages-error") || body.contains("ui-message-error");
        if (refused) {
            refusals++;
        }
        if (refused && !after.equals(rows)) {
            problems.add(what + ": refused (HTTP " + status + ") yet changed " + TableFingerprint.changes(rows, after) + " "
                    + excerpt(body, Math.max(body.indexOf("ui-messages-error"), body.indexOf("ui-message-error"))));
        }
        rows = after;
    }

    private static int errorAt(String body) {
        int at = body.indexOf(ERROR_PAGE);
        return at >= 0 ? at : Math.max(0, body.indexOf("Exception"));
    }

    private static String excerpt(String body, int at) {
        int from = Math.max(0, at - 40);
        String text = body.substring(from, Math.min(body.length(), from + 300)).replaceAll("\\s+", " ");
        return "[" + text + "]";
    }

    // --- reading a page's forms ---

    /** The forms of a page, each with its text fields and the buttons this test may press. */
    static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String id = attribute(form.group(1), "id");
            String body = form.group(2);
            String lower = id == null ? "" : id.toLowerCase(Locale.ROOT);
            if (id == null || lower.contains("logout") || lower.contains("signout") || lower.contains("password")
                    || body.matches("(?s).*<input\\b[^>]*\\btype=\"password\".*")) {
                continue; // sign-out and password forms; a wrong password counts against the user's sign-ins
            }
            List<String> fields = new ArrayList<>();
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                String attributes = input.group(1);
                String type = attribute(attributes, "type");
                String name = attribute(attributes, "name");
                if (name != null && name.startsWith(id + ":") && !disabled(attributes)
                        && TEXT_TYPES.contains(type == null ? "text" : type.toLowerCase(Locale.ROOT))) {
                    fields.add(name);
                }
            }
            Matcher textarea = TEXTAREA.matcher(body);
            while (textarea.find()) {
                String name = attribute(textarea.group(1), "name");
                if (name != null && name.startsWith(id + ":") && !disabled(textarea.group(1))) {
                    fields.add(name);
                }
            }
            List<Button> buttons = new ArrayList<>();
            Matcher button = BUTTON.matcher(body);
            while (button.find()) {
                String attributes = button.group(1);
                String buttonId = attribute(attributes, "id");
                String name = attribute(attributes, "name");
                String label = unescape(TAG.matcher(button.group(2)).replaceAll(" ")).strip().replaceAll("\\s+", " ");
                if (label.isEmpty()) {
                    label = unescape(String.valueOf(attribute(attributes, "aria-label")));
                }
                if (buttonId == null || name == null || !buttonId.startsWith(id + ":") || disabled(attributes)
                        || "button".equals(attribute(attributes, "type"))
                        || buttonId.matches(".*:\\d+:.*") || destructive(buttonId, label)) {
                    continue;
                }
                buttons.add(new Button(buttonId, label, ajax(html, buttonId)));
            }
            if (!fields.isEmpty() && !buttons.isEmpty()) {
                forms.add(new Form(id, List.copyOf(new LinkedHashSet<>(fields)), buttons));
            }
        }
        return forms;
    }

    /** Whether PrimeFaces' script posts the button by ajax (in CSP mode its handler is a registered script). */
    private static boolean ajax(String html, String buttonId) {
        String id = Pattern.quote(buttonId);
        return Pattern.compile("\\bs:(\"|'|&quot;|&#39;)" + id + "(\"|'|&quot;|&#39;)").matcher(html).find();
    }

    private static boolean destructive(String id, String label) {
        String last = id.substring(id.lastIndexOf(':') + 1);
        List<String> words = new ArrayList<>();
        for (String text : List.of(last.replaceAll("([a-z0-9])([A-Z])", "$1 $2"), label)) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            boolean out = i + 1 < words.size() && words.get(i + 1).equals("out");
            if (DESTRUCTIVE.contains(words.get(i))
                    || (out && (words.get(i).equals("sign") || words.get(i).equals("log")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean disabled(String attributes) {
        return Pattern.compile("(^|\\s)disabled(=|\\s|$)").matcher(attributes).find();
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? unescape(matcher.group(1)) : null;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    // --- the hostile values ---

    /** The values, texts made unique with {@code tag} so that whatever the clinic keeps is the test's own. */
    private static List<Value> values(String tag) {
        return List.of(
                new Value("a script tag", "<script>alert(1)</script> " + tag, false),
                new Value("an img onerror", "\"><img src=x onerror=alert(1)> " + tag, false),
                new Value("SQL DROP TABLE", "'; DROP TABLE patient; -- " + tag, false),
                new Value("SQL ' OR '1'='1", "x' OR '1'='1 " + tag, false),
                new Value("10 000 characters", tag + "A".repeat(10_000), false),
                new Value("100 000 characters", tag + "B".repeat(100_000), false),
                new Value("2026-02-30", "2026-02-30", false),
                new Value("0000-00-00", "0000-00-00", false),
                new Value("-1", "-1", false),
                new Value("-9223372036854775809", "-9223372036854775809", false),
                new Value("99999999999999999999999", "99999999999999999999999", false),
                new Value("an RTL override U+202E", "left \u202Ethgir " + tag, false),
                new Value("emoji", "Pain \uD83D\uDE16 better \uD83D\uDC4D " + tag, false),
                new Value("a NUL character", "before\u0000after " + tag, true));
    }

    // --- the test's own records ---

    /** A draft visit note of yesterday (at the location) of the test's practitioner, or null if none could be made. */
    private String draftNote(ApiClient desk, ApiClient practitioner, String patient, long me, long location) {
        try {
            LocalDate yesterday = clock.now().atZone(KIRITIMATI).toLocalDate().minusDays(1);
            HttpResponse<String> consent = desk.post("api/patients/" + patient + "/consents", """
                    {"signedOn": "%s", "witnessedBy": "Sam Witness"}""".formatted(clock.today()));
            assertTrue(consent.statusCode() < 300, "consent: " + consent.body());
            HttpResponse<String> intake = practitioner.post("api/patients/" + patient + "/intakes", """
                    {"chiefComplaint": "Stiff neck after long days at the laptop",
                     "regions": [{"region": "NECK", "side": "RIGHT"}], "onsetType": "INSIDIOUS",
                     "onsetDate": "%s", "durationWeeks": 6, "aggravatingActivities": "Typing",
                     "easingActivities": "Heat", "trainingLoad": "Runs twice a week", "workSetup": "Laptop on a sofa",
                     "priorInjuriesAndSurgeries": "None", "medications": "None", "goals": "Reverse the car",
                     "postureObservations": "Forward head",
                     "rangeOfMotion": [{"movement": "CERVICAL_ROTATION", "side": "RIGHT", "degrees": 50}],
                     "neuroScreen": [{"level": "C5", "side": "RIGHT", "strength": "NORMAL", "sensation": "NORMAL",
                                      "reflex": "NORMAL"}],
                     "palpation": [{"structure": "Upper trapezius", "region": "NECK", "side": "RIGHT",
                                    "tightRopeyBand": true, "thickenedGrittyTissue": false,
                                    "tenderReproducesSymptom": true, "note": "Tender"}],
                     "pain": {"now": 4, "best": 2, "worst": 7},
                     "redFlags": {"recentTrauma": false, "unexplainedWeightLossFeverNightPain": false,
                                  "progressiveNeurologicalDeficit": false, "bleedingDisorderOrAnticoagulants": false,
                                  "pregnancy": false},
                     "localContraindications": []}""".formatted(clock.today().minusWeeks(6)));
            assertTrue(intake.statusCode() < 300, "intake: " + intake.body());
            LocalDateTime start = yesterday.atTime(1, 0);
            HttpResponse<String> booked = desk.post("api/appointments", """
                    {"patientId": %s, "practitionerId": %d, "locationId": %d, "start": "%s", "end": "%s",
                     "notes": "Form hostile probe", "confirmSameDay": true}""".formatted(patient, me, location,
                    start.atZone(KIRITIMATI).toOffsetDateTime(), start.plusMinutes(30).atZone(KIRITIMATI)
                            .toOffsetDateTime()));
            assertTrue(booked.statusCode() < 300, "appointment: " + booked.body());
            HttpResponse<String> opened = practitioner.post("api/visits", "{\"appointmentId\": "
                    + ApiClient.field(booked.body(), "id") + "}");
            assertTrue(opened.statusCode() < 300, "visit note: " + opened.body());
            return ApiClient.field(opened.body(), "id");
        } catch (Exception | AssertionError e) {
            problems.add("(note) no draft visit note for charting/visit.xhtml: " + e.getMessage());
            return null;
        }
    }

    /** Puts the clinic's consent text back as it was, should a hostile save on the consent page have been kept. */
    private void restoreConsent(ApiClient admin, JsonObject before) throws Exception {
        JsonObject now = json(admin.get("api/consent-text").body());
        if (!now.getString("text").equals(before.getString("text"))) {
            problems.add("(note) the consent text was changed by the walk; put back");
            HttpResponse<String> restored = admin.post("api/consent-text", Json.createObjectBuilder()
                    .add("editedVersion", now.getInt("version")).add("text", before.getString("text"))
                    .add("requiresNewSignature", false).build().toString());
            assertTrue(restored.statusCode() < 300, "consent text put back: " + restored.body());
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    // --- the rows of the application tables ---

    /** Per application table: its rows, highest id and sum of versions. */
    private void prepareFingerprint() throws SQLException {
        fingerprint = TableFingerprint.of(dataSource, BOOKKEEPING, Set.of(), null);
    }
}
