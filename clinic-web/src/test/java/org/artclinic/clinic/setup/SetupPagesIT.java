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

        HttpResponse<String> saved = admin.submit("admin/locations.xhtml", "locationDialogForm",
                Map.of("name", name, "zone_input", "America/Denver", "phone", "303-555-0147", "city", "Denver"),
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

    private WebClient signedIn(String username) throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> login = client.login(username, DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), username + " signs in");
        return client;
    }

    private static void assertPageSays(HttpResponse<String> response, String text) {
        assertEquals(200, response.statusCode(), response.body());
        String page = response.body().replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'")
                .replace("&#039;", "'").replace("&apos;", "'");
        assertTrue(page.contains(text), "expected \"" + text + "\" in " + response.body());
        assertFalse(STACK_FRAME.matcher(response.body()).find(), response.body());
    }
}
