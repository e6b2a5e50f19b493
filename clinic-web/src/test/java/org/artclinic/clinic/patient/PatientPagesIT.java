package org.artclinic.clinic.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The patient pages over HTTP with the real login form (no JavaScript): registering through the
 * form, the duplicate warning, bad input, the patient page with its header, the search box's
 * address, and who may open the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientPagesIT {

    private static final String DEMO_PASSWORD = "demo1234";
    private static final Pattern PATIENT_PAGE = Pattern.compile("patient/patient\\.xhtml\\?id=(\\d+)");

    @ArquillianResource
    private URL base;

    @Test
    void theFrontDeskRegistersAPatientAndFindsThemByNamePrefixInTheList() throws Exception {
        WebClient desk = signedIn("frontdesk");
        String family = "Brontë" + letters(6);

        HttpResponse<String> saved = desk.submit("patient/edit.xhtml", "editForm",
                person("Émile", family, "1988-04-12", phone()), "save");

        assertEquals(302, saved.statusCode(), saved.body());
        String target = saved.headers().firstValue("Location").orElseThrow();
        Matcher id = PATIENT_PAGE.matcher(target);
        assertTrue(id.find(), "lands on the patient page: " + target);

        HttpResponse<String> page = desk.get("patient/patient.xhtml?id=" + id.group(1));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Émile " + family), "the header names the patient");
        String chart = chartIn(page.body());
        assertTrue(page.body().contains("Registered Émile " + family + " as chart " + chart), "a confirmation");
        assertTrue(page.body().contains("<dt>Balance</dt>") && page.body().contains("$0.00"), "a new patient owes nothing");

        HttpResponse<String> list = search(desk, "BRONTE" + family.substring(6, 8));
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(chart) && list.body().contains(family + ", Émile"), list.body());
    }

    @Test
    void theSearchTextNeverAppearsInAnAddress() throws Exception {
        WebClient desk = signedIn("frontdesk");
        String family = "Private" + letters(6);
        assertEquals(302, desk.submit("patient/edit.xhtml", "editForm", person("Pia", family, "1979-02-03", null),
                "save").statusCode());

        HttpResponse<String> found = search(desk, family);
        assertEquals(200, found.statusCode(), "the results come with the answer to the post, not from a redirect");
        assertTrue(found.headers().firstValue("Location").isEmpty());
        assertTrue(found.body().contains(family + ", Pia"), found.body());
        String body = found.body().toLowerCase(java.util.Locale.ROOT);
        assertFalse(body.contains("q=" + family.toLowerCase(java.util.Locale.ROOT)), "no link carries the search");
        assertFalse(Pattern.compile("action=\"[^\"]*" + family, Pattern.CASE_INSENSITIVE).matcher(found.body()).find(),
                "nor does the form's address");

        HttpResponse<String> bookmarked = desk.get("patient/patients.xhtml?q=" + family);
        assertFalse(bookmarked.body().contains(family + ", Pia"),
                "an old bookmark with ?q= does not search: names must not be put in addresses");
    }

    @Test
    void registeringTheSamePersonAgainShowsTheExistingChartAndSavesNothing() throws Exception {
        WebClient desk = signedIn("frontdesk");
        String family = "Twin" + letters(6);
        String phone = phone();
        HttpResponse<String> first = desk.submit("patient/edit.xhtml", "editForm",
                person("Tess", family, "1975-09-30", phone), "save");
        assertEquals(302, first.statusCode(), first.body());

        HttpResponse<String> again = desk.submit("patient/edit.xhtml", "editForm",
                person("tess", family.toUpperCase(), "1975-09-30", null), "save");

        assertEquals(200, again.statusCode(), "stays on the form");
        String body = again.body();
        assertTrue(body.contains("This may be a patient who is already registered"), body);
        assertTrue(body.contains("same name and birth date"), body);
        assertTrue(body.contains("Open this chart") && body.contains("Register anyway (another person)"), body);
        HttpResponse<String> list = search(desk, family);
        assertEquals(1, Pattern.compile(">" + family + ", Tess<").matcher(list.body()).results().count(),
                "still one chart");
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() throws Exception {
        WebClient desk = signedIn("frontdesk");
        String family = "Future" + letters(6);

        HttpResponse<String> future = desk.submit("patient/edit.xhtml", "editForm",
                person("Fay", family, LocalDate.now().plusDays(3).toString(), null), "save");
        assertEquals(200, future.statusCode());
        assertTrue(future.body().contains("The birth date cannot be in the future."), future.body());

        HttpResponse<String> badPhone = desk.submit("patient/edit.xhtml", "editForm",
                person("Fay", family, "1990-01-01", "call me maybe"), "save");
        assertTrue(badPhone.body().contains("is not a phone number"), badPhone.body());

        HttpResponse<String> missing = desk.submit("patient/edit.xhtml", "editForm",
                person("", "", "not a date", null), "save");
        assertTrue(missing.body().contains("Enter the given name."), missing.body());
        assertTrue(missing.body().contains("Enter the family name."), missing.body());
        assertTrue(missing.body().contains("Write the birth date as yyyy-mm-dd"), missing.body());

        assertTrue(search(desk, family).body().contains("No patient matches this search."));
    }

    @Test
    void anUnknownPatientIdGetsAMessageNotAnErrorPage() throws Exception {
        WebClient desk = signedIn("frontdesk");
        for (String page : new String[] {"patient/patient.xhtml?id=999999999", "patient/patient.xhtml",
                "patient/patient.xhtml?id=abc", "patient/edit.xhtml?id=999999999"}) {
            HttpResponse<String> response = desk.get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.body().contains("There is no patient with this id."), page + ": " + response.body());
        }
    }

    @Test
    void frontDeskAndPractitionersUseThePatientPagesOthersMayNot() throws Exception {
        HttpResponse<String> desk = signedIn("frontdesk").get("patient/patients.xhtml");
        assertEquals(200, desk.statusCode());
        assertTrue(desk.body().contains("Register patient") && desk.body().contains("menuPatients"));

        HttpResponse<String> practitioner = signedIn("practitioner").get("patient/patients.xhtml");
        assertEquals(200, practitioner.statusCode());
        assertTrue(practitioner.body().contains("Register patient"), "the issue lets practitioners register and edit too");
        assertTrue(practitioner.body().contains("menuPatients"));

        for (String other : new String[] {"manager", "admin"}) {
            WebClient client = signedIn(other);
            assertEquals(403, client.get("patient/patients.xhtml").statusCode(), other);
            assertFalse(client.get(other.equals("admin") ? "admin/users.xhtml" : "billing/overview.xhtml").body()
                    .contains("menuPatients"), other + " has no Patients menu entry");
        }
    }

    /** Types the text in the search box and presses Search (a post, as the browser's ajax call is). */
    private static HttpResponse<String> search(WebClient client, String text) throws Exception {
        return client.submit("patient/patients.xhtml", "searchForm", Map.of("query", text), "search");
    }

    private WebClient signedIn(String username) throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> login = client.login(username, DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), "signed in as " + username);
        return client;
    }

    private static Map<String, String> person(String given, String family, String birthDate, String phone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("givenName", given);
        fields.put("familyName", family);
        fields.put("birthDate_input", birthDate);
        if (phone != null) {
            fields.put("phone", phone);
        }
        fields.put("occupation", "Climbing instructor");
        fields.put("alerts", "Latex allergy");
        return fields;
    }

    private static String chartIn(String html) {
        Matcher chart = Pattern.compile("Chart (P\\d+)").matcher(html);
        assertTrue(chart.find(), "the header shows the chart number");
        return chart.group(1);
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }

    private static String phone() {
        return "555-" + String.format("%03d-%04d", ThreadLocalRandom.current().nextInt(1000),
                ThreadLocalRandom.current().nextInt(10_000));
    }
}
