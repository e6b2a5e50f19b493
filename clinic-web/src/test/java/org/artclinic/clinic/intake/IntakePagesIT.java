package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake pages over HTTP with the real login form (no JavaScript): bad input on the intake
 * form is explained field by field and saves nothing; a good intake lands on the patient page
 * with its decision and the header's banners; the administrator's consent text page; who may
 * open which page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakePagesIT {

    @ArquillianResource
    private URL base;

    @Test
    void badInputOnTheIntakeFormIsExplainedAndSavesNothing() throws Exception {
        String patient = new ApiClient(base, "frontdesk").patient("Intakeform");
        WebClient practitioner = signedIn("practitioner");
        String page = "intake/intake.xhtml?patient=" + patient;

        Map<String, String> missing = intake("", "12", "7");
        HttpResponse<String> refused = practitioner.submit(page, "intakeForm", missing, "save");
        assertEquals(200, refused.statusCode(), "stays on the form");
        assertTrue(refused.body().contains("Describe the chief complaint."), refused.body());
        assertTrue(refused.body().contains("Pain is rated from 0 to 10."), refused.body());

        Map<String, String> future = intake("Sore shoulder", "4", "6");
        future.put("onsetDate_input", LocalDate.now().plusDays(5).toString());
        HttpResponse<String> ruled = practitioner.submit(page, "intakeForm", future, "save");
        assertEquals(200, ruled.statusCode());
        assertTrue(ruled.body().contains("The date of onset cannot be in the future."), ruled.body());

        Map<String, String> bestAboveWorst = intake("Sore shoulder", "4", "6");
        bestAboveWorst.put("painBest", "8");
        assertTrue(practitioner.submit(page, "intakeForm", bestAboveWorst, "save").body()
                .contains("Pain at its best (8) cannot be higher than at its worst (6)."));

        HttpResponse<String> intakes = new ApiClient(base, "practitioner").get("api/patients/" + patient + "/intakes");
        assertEquals(200, intakes.statusCode(), intakes.body());
        assertEquals("[]", intakes.body().strip(), "no intake was saved");
        HttpResponse<String> tab = practitioner.get("patient/patient.xhtml?tab=intake&id=" + patient);
        assertTrue(tab.body().contains("No intake is recorded yet") || tab.body().contains("No intake recorded."),
                tab.body());
    }

    @Test
    void aRecordedIntakeWithARedFlagShowsItsDecisionOnThePatientPageAndHeader() throws Exception {
        String patient = new ApiClient(base, "frontdesk").patient("Redflag");
        WebClient practitioner = signedIn("practitioner");

        Map<String, String> fields = intake("Fell off a ladder, painful left knee", "5", "7");
        fields.put("recentTrauma", "true");
        fields.put("pregnancy", "true");
        fields.put("selfCheck:0:answer", "true");
        HttpResponse<String> saved = practitioner.submit("intake/intake.xhtml?patient=" + patient, "intakeForm",
                fields, "save");

        assertEquals(302, saved.statusCode(), saved.body());
        String target = practitioner.redirectTarget(saved);
        assertTrue(target.startsWith("patient/patient.xhtml"), target);
        HttpResponse<String> page = practitioner.get(saved.headers().firstValue("Location").orElseThrow());
        String body = page.body();
        assertTrue(body.contains("recorded."), "a confirmation");
        assertTrue(body.contains("Refer before treatment:"), "the header's referral banner: " + body);
        assertTrue(body.contains("recent trauma (a fall, a collision or a suspected fracture)"), body);
        assertTrue(body.contains("Pregnancy: use modified positioning"), "the precaution banner");
        assertTrue(body.contains("Treatment is on hold."), body);
        assertTrue(body.contains("Fell off a ladder, painful left knee"), "the intake is listed");
        assertTrue(body.contains("Record clearance"), "a practitioner may clear the referral");

        // the front desk sees the hold, the letter to collect and the consent, not the clinical record
        String desk = signedIn("frontdesk").get("patient/patient.xhtml?tab=intake&id=" + patient).body();
        assertTrue(desk.contains("Clearance letter needed:") && desk.contains("Treatment is on hold."), desk);
        for (String clinical : List.of("Refer before treatment", "recent trauma", "Pregnancy", "knee")) {
            assertFalse(desk.contains(clinical), clinical + " shown to the front desk");
        }
        assertTrue(desk.contains("Record consent"), desk);
        assertFalse(desk.contains("Fell off a ladder"), "no clinical details for the front desk");
        assertFalse(desk.contains("Record clearance") || desk.contains("New intake"), desk);
    }

    @Test
    void theFrontDeskEntersThePatientsSelfCheckAndSeesTheArticlesGuidance() throws Exception {
        String patient = new ApiClient(base, "frontdesk").patient("Selfcheck");
        WebClient desk = signedIn("frontdesk");
        String page = "patient/patient.xhtml?tab=intake&id=" + patient;
        assertTrue(desk.get(page).body().contains("No self-check on record."));

        Map<String, String> ticks = new LinkedHashMap<>();
        for (int statement : new int[] {0, 1, 3}) {
            ticks.put("statements:" + statement + ":applies_input", "on");
        }
        HttpResponse<String> saved = desk.submit(page, "tabs:selfCheckForm", ticks, "saveSelfCheck");
        assertEquals(200, saved.statusCode());

        // the desk entered the answers with the patient, but reads back only that they are on record
        String atTheDesk = desk.get(page).body();
        assertTrue(atTheDesk.contains("The answers are for the practitioner"), atTheDesk);
        assertFalse(atTheDesk.contains("statements apply") || atTheDesk.contains("<li>"
                + SelfCheckStatement.MUSCLE_OR_TENDON.words()), "no answers for the front desk: " + atTheDesk);

        String after = signedIn("practitioner").get(page).body();
        assertTrue(after.contains("3 of 6 statements apply"), after);
        assertTrue(after.contains(SelfCheckStatement.MUSCLE_OR_TENDON.words())
                && after.contains(SelfCheckStatement.WORSE_WITH_REPEATED_USE.words())
                && after.contains(SelfCheckStatement.LONGER_THAN_FOUR_TO_SIX_WEEKS.words()), "the statements that apply");
        assertFalse(after.contains("<li>" + SelfCheckStatement.OPEN_TO_EXERCISES.words()), "only those that apply");
        assertTrue(after.contains("Several of these apply to you") && after.contains("not a diagnosis"),
                "the article's guidance for several statements, and that it is no diagnosis");
    }

    @Test
    void onlyPractitionersOpenTheIntakeFormAndOnlyAdministratorsTheConsentText() throws Exception {
        String patient = new ApiClient(base, "frontdesk").patient("Roles");
        assertEquals(403, signedIn("frontdesk").get("intake/intake.xhtml?patient=" + patient).statusCode());
        assertEquals(403, signedIn("practitioner").get("admin/consent.xhtml").statusCode());
        HttpResponse<String> unknown = signedIn("practitioner").get("intake/intake.xhtml?patient=999999999");
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("There is no patient with this id."), unknown.body());
    }

    @Test
    void theAdministratorPublishesAnEditOfTheConsentTextAsANewVersion() throws Exception {
        WebClient admin = signedIn("admin");
        HttpResponse<String> page = admin.get("admin/consent.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("menuConsentText"), "in the admin menu");
        assertTrue(page.body().contains("Current text: version "), page.body());

        HttpResponse<String> empty = admin.submit("admin/consent.xhtml", "consentTextForm", Map.of("body", ""),
                "publish");
        assertTrue(empty.body().contains("Write the consent text."), empty.body());

        String edit = "Consent to manual therapy, edited " + ApiClient.letters() + ".";
        HttpResponse<String> published = admin.submit("admin/consent.xhtml", "consentTextForm",
                Map.of("body", edit), "publish");
        assertEquals(200, published.statusCode());
        assertTrue(published.body().matches("(?s).*Version \\d+ of the consent text published\\..*"), published.body());
        assertTrue(published.body().contains(edit), "the new version is the current text");
        String current = new ApiClient(base, "frontdesk").get("api/consent-text").body();
        assertTrue(current.contains(edit), current);
    }

    /** The screening's yes/no questions on the intake form. */
    private static final List<String> SCREENING = List.of("recentTrauma", "weightLossFeverNightPain",
            "progressiveNeurologicalDeficit", "localPresent", "bleedingRisk", "pregnancy");

    @Test
    void anUnansweredScreeningQuestionIsRefusedBesideItNeverTakenAsNo() throws Exception {
        String patient = new ApiClient(base, "frontdesk").patient("Unanswered");
        WebClient practitioner = signedIn("practitioner");
        String page = "intake/intake.xhtml?patient=" + patient;

        for (String question : SCREENING) {
            Map<String, String> fields = intake("Sore calf after a half marathon", "3", "5");
            fields.remove(question);
            HttpResponse<String> refused = practitioner.submit(page, "intakeForm", fields, "save");
            assertEquals(200, refused.statusCode(), "stays on the form");
            String body = refused.body();
            int radio = body.indexOf("id=\"intakeForm:" + question + "\"");
            assertTrue(radio > 0, question + " is asked: " + body);
            String beside = body.substring(body.lastIndexOf("class=\"clinic-yes-no\"", radio), radio);
            assertTrue(beside.contains("Answer yes or no: an unanswered question is not taken as &quot;no&quot;.")
                    || beside.contains("Answer yes or no: an unanswered question is not taken as \"no\"."),
                    question + " unanswered, the message beside it: " + beside);
        }
        Map<String, String> yesWithoutRegion = intake("Sore calf after a half marathon", "3", "5");
        yesWithoutRegion.put("localPresent", "true");
        assertTrue(practitioner.submit(page, "intakeForm", yesWithoutRegion, "save").body()
                .contains("name the region and the reason"), "a yes to the local question needs its region");

        assertEquals("[]", new ApiClient(base, "practitioner").get("api/patients/" + patient + "/intakes").body()
                .strip(), "no intake was saved");
    }

    @Test
    void aRefusedRowIsExplainedBesideIt() throws Exception {
        String patient = new ApiClient(base, "frontdesk").patient("Rowcheck");
        WebClient practitioner = signedIn("practitioner");

        Map<String, String> fields = intake("Stiff knee after surgery", "2", "4");
        fields.put("regions:0:region_input", "");
        HttpResponse<String> refused = practitioner.submit("intake/intake.xhtml?patient=" + patient, "intakeForm",
                fields, "save");

        assertEquals(200, refused.statusCode());
        String body = refused.body();
        assertTrue(body.contains("Nothing was saved: some rows need attention; see the message beside each."), body);
        int row = body.indexOf("intakeForm:regions_data");
        assertTrue(row > 0, body);
        int message = body.indexOf("Choose the body region of the complaint.");
        assertTrue(message > row && body.indexOf("intake-row-error", row) < message,
                "the message is beside the row in the regions table: " + body);
        assertEquals("[]", new ApiClient(base, "practitioner").get("api/patients/" + patient + "/intakes").body()
                .strip(), "no intake was saved");
    }

    @Test
    void aReassessmentStartsFromTheEarlierHistoryAsksTheScreeningAgainAndIsLinkedToIt() throws Exception {
        String patient = new ApiClient(base, "frontdesk").patient("Reassess");
        WebClient practitioner = signedIn("practitioner");
        Map<String, String> first = intake("Runner's knee, worse downhill", "5", "7");
        first.put("goals", "Run the city half marathon in May");
        assertEquals(302, practitioner.submit("intake/intake.xhtml?patient=" + patient, "intakeForm", first, "save")
                .statusCode());
        String earlier = ApiClient.field(new ApiClient(base, "practitioner")
                .get("api/patients/" + patient + "/intakes").body(), "id");
        assertTrue(practitioner.get("patient/patient.xhtml?tab=intake&id=" + patient).body()
                .contains("intake/intake.xhtml?patient=" + patient + "&amp;reassess=" + earlier), "the tab offers Re-assess");

        String page = "intake/intake.xhtml?patient=" + patient + "&reassess=" + earlier;
        String form = practitioner.get(page).body();
        assertTrue(form.contains("Re-assessment: Reassess"), form);
        assertTrue(form.contains("Runner's knee, worse downhill") || form.contains("Runner&#39;s knee, worse downhill"),
                "the complaint is copied");
        assertTrue(form.contains("Run the city half marathon in May"), "the goals are copied");
        assertFalse(form.contains("value=\"true\" checked") || form.contains("value=\"false\" checked"),
                "no screening answer is copied: each is asked again");

        Map<String, String> again = new LinkedHashMap<>(); // what the browser posts back, pain and screening new
        again.put("chiefComplaint", "Runner's knee, worse downhill");
        again.put("regions:0:region_input", "KNEE");
        again.put("regions:0:side_input", "LEFT");
        again.put("goals", "Run the city half marathon in May");
        again.put("painNow", "2");
        for (String question : SCREENING) {
            again.put(question, "false");
        }
        HttpResponse<String> saved = practitioner.submit(page, "intakeForm", again, "save");
        assertEquals(302, saved.statusCode(), saved.body());

        String intakes = new ApiClient(base, "practitioner").get("api/patients/" + patient + "/intakes").body();
        assertEquals(2, intakes.split("\"assessedAt\":", -1).length - 1, "two intakes: " + intakes);
        assertEquals(earlier, ApiClient.field(intakes, "reassessmentOf"), "the newest intake re-assesses the first");

        HttpResponse<String> otherPatient = practitioner.get("intake/intake.xhtml?patient="
                + new ApiClient(base, "frontdesk").patient("Notmine") + "&reassess=" + earlier);
        assertTrue(otherPatient.body().contains("There is no such intake of this patient to re-assess."),
                otherPatient.body());
        assertFalse(otherPatient.body().contains("id=\"intakeForm\""), "no form to save");
        HttpResponse<String> notANumber = practitioner.get("intake/intake.xhtml?patient=" + patient + "&reassess=abc");
        assertTrue(notANumber.body().contains("There is no such intake of this patient to re-assess."),
                "never a new episode in place of a re-assessment");
        assertFalse(notANumber.body().contains("id=\"intakeForm\""), notANumber.body());
    }

    private WebClient signedIn(String username) throws Exception {
        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, ApiClient.PASSWORD).statusCode(), "signed in as " + username);
        return client;
    }

    private static Map<String, String> intake(String complaint, String painNow, String painWorst) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("chiefComplaint", complaint);
        fields.put("regions:0:region_input", "KNEE");
        fields.put("regions:0:side_input", "LEFT");
        fields.put("painNow", painNow);
        fields.put("painWorst", painWorst);
        for (String question : SCREENING) {
            fields.put(question, "false");
        }
        return fields;
    }
}
