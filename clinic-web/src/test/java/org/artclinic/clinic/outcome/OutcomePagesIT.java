package org.artclinic.clinic.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * The outcome pages over HTTP with the real login form (no JavaScript): a questionnaire that
 * cannot be scored is stored with the reason, an answer that is not offered stores nothing, the
 * front desk may administer but sees no history, and a wrong address gets a message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomePagesIT {

    @ArquillianResource
    private URL base;

    @Test
    void aQuickDashWithTwoUnansweredItemsIsStoredWithoutAScoreAndSaysWhy() throws Exception {
        ApiClient api = new ApiClient(base, "practitioner");
        String patient = api.patient("Quinn");
        WebClient practitioner = signedIn("practitioner");

        HttpResponse<String> saved = practitioner.submit(administer(patient, "quickdash"), "administerForm",
                answers(2, 3, 1, null, 2, 3, 2, 1, null, 2, 3), "save");

        assertEquals(200, saved.statusCode(), saved.body());
        String body = saved.body();
        assertTrue(body.contains("Saved QuickDASH without a score."), body);
        assertTrue(body.contains("Items 4 and 9 (Washing your back; Arm, shoulder or hand pain) are unanswered, and "
                + "the QuickDASH is scored with at most 1 unanswered item."), body);
        HttpResponse<String> history = api.get("api/patients/" + patient + "/outcome-measures?instrument=QUICKDASH");
        assertEquals("1", ApiClient.field(history.body(), "total"), history.body());
        assertTrue(history.body().contains("\"answers\":[2,3,1,null,2,3,2,1,null,2,3]"), history.body());
    }

    @Test
    void anAnswerThatIsNotOfferedIsRefusedAndNothingIsStored() throws Exception {
        ApiClient api = new ApiClient(base, "practitioner");
        String patient = api.patient("Olga");
        WebClient practitioner = signedIn("practitioner");

        // item 3 (Lifting) of the NDI goes from 0 to 5; 7 is not one of the answers offered
        HttpResponse<String> refused = practitioner.submit(administer(patient, "NDI"), "administerForm",
                answers(3, 2, 7, 0, 4, 2, 1, 3, 2, 2), "save");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Item 3 (Lifting)"), refused.body());
        assertFalse(refused.body().contains("Saved Neck Disability Index"), refused.body());

        Map<String, String> typed = answers(3, 2, 1, 0, 4, 2, 1, 3, 2, 2);
        typed.put("items:4:answer", "four");
        HttpResponse<String> notANumber = practitioner.submit(administer(patient, "NDI"), "administerForm", typed,
                "save");
        assertTrue(notANumber.body().contains("The answer must be one of the numbers offered."), notANumber.body());

        HttpResponse<String> history = api.get("api/patients/" + patient + "/outcome-measures");
        assertEquals("0", ApiClient.field(history.body(), "total"), "nothing was stored: " + history.body());
    }

    @Test
    void theFrontDeskAdministersButTheTabShowsThemNoHistory() throws Exception {
        ApiClient api = new ApiClient(base, "frontdesk");
        String patient = api.patient("Dora");
        WebClient desk = signedIn("frontdesk");

        HttpResponse<String> saved = desk.submit(administer(patient, "NPRS"), "administerForm", answers(6), "save");
        assertTrue(saved.body().contains("Saved Numeric Pain Rating Scale. The score is for the practitioner."),
                saved.body());
        assertFalse(saved.body().contains("6 of 10"), "the desk does not see the score (minimum necessary)");
        assertFalse(saved.body().contains("outcome-result"), "nor an empty result heading");

        HttpResponse<String> page = desk.get("patient/patient.xhtml?tab=outcomes&id=" + patient);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Outcome measures"), page.body());
        assertTrue(page.body().contains("The history and its change over time are for practitioners."), page.body());
        assertFalse(page.body().contains("6 of 10"), "the desk does not see the history");
        assertTrue(page.body().contains("outcome/administer.xhtml?patient=" + patient + "&amp;instrument=LEFS"),
                "the desk may administer every instrument");
        assertEquals(403, signedIn("manager").get(administer(patient, "NPRS")).statusCode());
    }

    @Test
    void aWrongAddressGetsAMessageNotAnErrorPage() throws Exception {
        WebClient practitioner = signedIn("practitioner");
        HttpResponse<String> unknown = practitioner.get(administer("1", "SF36"));
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("There is no questionnaire called \"SF36\"")
                || unknown.body().contains("There is no questionnaire called &quot;SF36&quot;"), unknown.body());
        HttpResponse<String> noPatient = practitioner.get(administer("999999999", "NDI"));
        assertEquals(200, noPatient.statusCode());
        assertTrue(noPatient.body().contains("There is no such patient."), noPatient.body());
        assertFalse(noPatient.body().contains("administerForm"), "no form to fill in");
    }

    private static String administer(String patient, String instrument) {
        return "outcome/administer.xhtml?patient=" + patient + "&instrument=" + instrument;
    }

    /** The radio group of every item; null is "Not answered" (the value -1). */
    private static Map<String, String> answers(Integer... answers) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Integer> given = java.util.Arrays.asList(answers);
        for (int i = 0; i < given.size(); i++) {
            fields.put("items:" + i + ":answer", given.get(i) == null ? "-1" : String.valueOf(given.get(i)));
        }
        return fields;
    }

    private WebClient signedIn(String user) throws Exception {
        WebClient client = new WebClient(base);
        assertEquals(302, client.login(user, ApiClient.PASSWORD).statusCode());
        return client;
    }
}
