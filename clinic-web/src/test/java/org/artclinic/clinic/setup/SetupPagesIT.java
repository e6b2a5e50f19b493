package org.artclinic.clinic.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The set-up pages over HTTP with the real login form: only administrators open them, and their
 * forms save good input and answer bad input with the rule's message, saving nothing and showing
 * no stack trace. (The dialogs post ajax in a browser; a plain post of the same form runs the same
 * action, which is what these checks use. SetupJourneyIT drives the real dialogs.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SetupPagesIT {

    private static final String DEMO_PASSWORD = "demo1234";
    private static final Pattern STACK_FRAME = Pattern.compile("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

    @ArquillianResource
    private URL base;

    @ParameterizedTest
    @CsvSource({
            "admin/locations.xhtml, Locations and rooms",
            "admin/practitioners.xhtml, Practitioners",
            "admin/appointment-types.xhtml, Appointment types"})
    void administratorsOpenTheSetUpPagesAndNobodyElseDoes(String page, String title) throws Exception {
        HttpResponse<String> asAdmin = signedIn("admin").get(page);
        assertEquals(200, asAdmin.statusCode());
        assertTrue(asAdmin.body().contains("<h1 class=\"clinic-title\">" + title + "</h1>"), asAdmin.body());
        assertTrue(asAdmin.body().contains("menuLocations") && asAdmin.body().contains("menuPractitioners")
                && asAdmin.body().contains("menuAppointmentTypes"), "the set-up menu entries");

        for (String other : new String[] {"frontdesk", "manager"}) {
            HttpResponse<String> refused = signedIn(other).get(page);
            assertEquals(403, refused.statusCode(), other);
            assertFalse(refused.body().contains("menuLocations"), other);
        }
    }

    @Test
    void aLocationWithAnUnknownTimeZoneIsRefusedAndAGoodOneIsListed() throws Exception {
        WebClient admin = signedIn("admin");
        String name = SetupRulesIT.unique("Westside");

        HttpResponse<String> refused = admin.submit("admin/locations.xhtml", "locationDialogForm",
                Map.of("name", name, "zone_input", "Mars/Olympus", "phone", ""), "save");
        assertPageSays(refused, "is not a time zone; use a name like America/Chicago.");
        assertFalse(admin.get("admin/locations.xhtml").body().contains(name), "nothing saved");

        assertPageSays(admin.submit("admin/locations.xhtml", "locationDialogForm",
                Map.of("name", name, "zone_input", ""), "save"),
                "Please choose the location's time zone, e.g. America/Chicago.");

        HttpResponse<String> saved = admin.submit("admin/locations.xhtml", "locationDialogForm",
                Map.of("name", name, "zone_input", "america/denver", "phone", "303-555-0147", "city", "Denver"),
                "save");
        assertPageSays(saved, "Location \"" + name + "\" added.");
        String list = admin.get("admin/locations.xhtml").body();
        assertTrue(list.contains(name) && list.contains("America/Denver") && list.contains("303-555-0147"), list);
    }

    @Test
    void aPractitionerWithAWrongNpiCheckDigitIsRefusedWithTheReason() throws Exception {
        WebClient admin = signedIn("admin");
        String name = SetupRulesIT.unique("Dr. Casey Chiro");
        String valid = SetupRulesIT.uniqueNpi();
        String wrong = valid.substring(0, 9) + (char) ('0' + (valid.charAt(9) - '0' + 3) % 10);

        HttpResponse<String> refused = admin.submit("admin/practitioners.xhtml", "practitionerDialogForm",
                Map.of("name", name, "discipline_input", "CHIROPRACTOR", "npi", wrong, "colour", "#884422"), "save");
        assertPageSays(refused, "NPI " + wrong + " has a wrong check digit; please check the number.");
        assertFalse(admin.get("admin/practitioners.xhtml").body().contains(name), "nothing saved");

        HttpResponse<String> noDiscipline = admin.submit("admin/practitioners.xhtml", "practitionerDialogForm",
                Map.of("name", name, "npi", valid, "colour", "#884422"), "save");
        assertPageSays(noDiscipline, "Please choose the practitioner's discipline.");

        HttpResponse<String> saved = admin.submit("admin/practitioners.xhtml", "practitionerDialogForm",
                Map.of("name", name, "discipline_input", "CHIROPRACTOR", "npi", valid, "colour", "#884422"), "save");
        assertPageSays(saved, "Practitioner \"" + name + "\" added.");
        String list = admin.get("admin/practitioners.xhtml").body();
        assertTrue(list.contains(name) && list.contains(valid) && list.contains("Chiropractor"), list);
    }

    @Test
    void anAppointmentTypeWithADurationThatIsNotAMultipleOfFiveIsRefused() throws Exception {
        WebClient admin = signedIn("admin");
        String name = SetupRulesIT.unique("Initial ART assessment");

        assertPageSays(admin.submit("admin/appointment-types.xhtml", "typeDialogForm",
                Map.of("name", name, "minutes", "42", "colour", "#225588"), "save"),
                "A duration is a multiple of 5 minutes between 5 and 480.");
        assertPageSays(admin.submit("admin/appointment-types.xhtml", "typeDialogForm",
                Map.of("name", name, "minutes", "half an hour", "colour", "#225588"), "save"),
                "The duration is a whole number of minutes, e.g. 30.");
        assertFalse(admin.get("admin/appointment-types.xhtml").body().contains(name), "nothing saved");

        assertPageSays(admin.submit("admin/appointment-types.xhtml", "typeDialogForm",
                Map.of("name", name, "minutes", "45", "colour", "#225588", "needsRoom_input", "on"), "save"),
                "Appointment type \"" + name + "\" added.");
        assertTrue(admin.get("admin/appointment-types.xhtml").body().contains(name));
    }

    @Test
    void aStaleEditOfAnAppointmentTypeIsRefusedAndTheFirstSaveStays() throws Exception {
        String name = SetupRulesIT.unique("ART review");
        assertPageSays(signedIn("admin").submit("admin/appointment-types.xhtml", "typeDialogForm",
                Map.of("name", name, "minutes", "30", "colour", "#225588"), "save"),
                "Appointment type \"" + name + "\" added.");

        // two administrators open the same type for editing
        Tab first = Tab.signedIn(base, "admin");
        Tab second = Tab.signedIn(base, "admin");
        first.open("admin/appointment-types.xhtml");
        second.open("admin/appointment-types.xhtml");
        assertTrue(first.post("typesForm", Map.of(), first.rowButton(name, "edit")).contains("value=\"" + name + "\""),
                "the dialog shows the type");
        second.post("typesForm", Map.of(), second.rowButton(name, "edit"));

        // the second saves first; the first one's save is refused with the service's message
        second.post("typeDialogForm", Map.of("name", name, "minutes", "60", "colour", "#225588"), "save");
        assertPageSays(second.last(), "Appointment type \"" + name + "\" saved.");
        first.post("typeDialogForm", Map.of("name", name, "minutes", "15", "colour", "#225588"), "save");
        assertPageSays(first.last(),
                "Someone else changed " + name + " while you were editing. Reload to see their changes");

        String list = signedIn("admin").get("admin/appointment-types.xhtml").body();
        String row = list.substring(list.indexOf(name));
        assertTrue(Pattern.compile(">\\s*60\\s*<").matcher(row.substring(0, row.indexOf("</tr>"))).find(),
                "the first save stays: " + row);
    }

    private WebClient signedIn(String username) throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> login = client.login(username, DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), username + " signs in");
        return client;
    }

    /** The page answered 200 with the text (entities decoded) and no stack trace. */
    static void assertPageSays(HttpResponse<String> response, String text) {
        assertEquals(200, response.statusCode(), response.body());
        String page = response.body().replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'")
                .replace("&#039;", "'").replace("&apos;", "'");
        assertTrue(page.contains(text), "expected \"" + text + "\" in " + response.body());
        assertFalse(STACK_FRAME.matcher(response.body()).find(), response.body());
    }

    /**
     * One browser tab without JavaScript that keeps its page (and so its view state) between
     * posts, as a person editing in a dialog does; {@link WebClient} reloads the page for every
     * form, which cannot show an edit made stale by someone else.
     */
    private static final class Tab {

        private static final Pattern VIEW_STATE = Pattern.compile(
                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

        private final java.net.URI base;
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                .build();
        private String path;
        private String page;
        private HttpResponse<String> last;

        private Tab(URL base) {
            this.base = java.net.URI.create(base.toExternalForm().endsWith("/") ? base.toExternalForm()
                    : base.toExternalForm() + "/");
        }

        static Tab signedIn(URL base, String username) throws Exception {
            Tab tab = new Tab(base);
            tab.open("login.xhtml");
            tab.post("loginForm", Map.of("username", username, "password", DEMO_PASSWORD), "submit");
            return tab;
        }

        String open(String pagePath) throws Exception {
            path = pagePath;
            last = http.send(java.net.http.HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            page = last.body();
            return page;
        }

        /** Posts a form of the current page; returns the new page. */
        String post(String formId, Map<String, String> fields, String buttonId) throws Exception {
            java.util.regex.Matcher viewState = VIEW_STATE.matcher(page);
            assertTrue(viewState.find(), "a form on " + path);
            Map<String, String> form = new java.util.LinkedHashMap<>();
            form.put(formId, formId);
            fields.forEach((name, value) -> form.put(formId + ":" + name, value));
            form.put(buttonId.contains(":") ? buttonId : formId + ":" + buttonId, "");
            form.put("jakarta.faces.ViewState", viewState.group(1));
            // as PrimeFaces' script does in a browser: the page's CSP nonce with every post
            java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)")
                    .matcher(page);
            if (nonce.find()) {
                form.put("primefaces.nonce", nonce.group(1));
            }
            String body = form.entrySet().stream()
                    .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                            + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));
            last = http.send(java.net.http.HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            path = base.relativize(last.uri()).toString();
            page = last.body();
            return page;
        }

        HttpResponse<String> last() {
            return last;
        }

        /** The client id of a button in the table row that shows {@code rowText}. */
        String rowButton(String rowText, String buttonId) {
            int at = page.indexOf(rowText);
            assertTrue(at >= 0, rowText + " listed");
            java.util.regex.Matcher button = Pattern.compile("id=\"([^\"]+:\\d+:" + Pattern.quote(buttonId) + ")\"")
                    .matcher(page);
            assertTrue(button.find(at), "a " + buttonId + " button beside " + rowText);
            return button.group(1);
        }
    }
}
