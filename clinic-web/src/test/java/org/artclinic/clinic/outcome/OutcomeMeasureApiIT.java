package org.artclinic.clinic.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.artclinic.clinic.testsupport.ApiClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outcome-measure API as a client sees it: JSON in and out, 400 naming each wrong answer, roles. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomeMeasureApiIT {

    @ArquillianResource
    private URL base;

    @Test
    void aPractitionerRecordsAnNdiAndGetsTheScoreAsAPercentage() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        String patient = practitioner.patient("Nadia");
        HttpResponse<String> created = practitioner.post(measures(patient), """
                {"instrument": "ndi", "answers": [3, 2, 1, 0, 4, 2, 1, 3, 2, 2]}""");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("40.0", ApiClient.field(created.body(), "score"), created.body());
        assertTrue(created.body().contains("\"answers\":[3,2,1,0,4,2,1,3,2,2]"), created.body());
        assertEquals("\"practitioner\"", ApiClient.field(created.body(), "administeredBy"));
        assertEquals("null", ApiClient.field(created.body(), "message"));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertEquals(200, practitioner.get(location).statusCode());

        HttpResponse<String> later = practitioner.post(measures(patient), """
                {"instrument": "NDI", "answers": [1, 1, 1, 0, 2, 1, 0, 1, 1, 2]}""");
        assertEquals(201, later.statusCode(), later.body());
        // 10 / 50 = 20.0 %: 20 percentage points better, exactly the MCID of 20, so it counts
        assertEquals("20.0", ApiClient.field(later.body(), "score"));
        assertEquals("\"IMPROVED\"", ApiClient.field(later.body(), "flag"), later.body());

        HttpResponse<String> history = practitioner.get(measures(patient) + "?instrument=NDI&max=10");
        assertEquals(200, history.statusCode(), history.body());
        assertEquals("2", ApiClient.field(history.body(), "total"), history.body());
        assertTrue(history.body().indexOf("\"score\":20.0") < history.body().indexOf("\"score\":40.0"), "newest first");
    }

    @Test
    void answersThatCannotBeScoredGiveScoreNullAndAMessage() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        String patient = practitioner.patient("Quentin");
        HttpResponse<String> created = practitioner.post(measures(patient), """
                {"instrument": "QUICKDASH", "answers": [2, 3, 1, null, 2, 3, 2, 1, null, 2, 3]}""");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("null", ApiClient.field(created.body(), "score"), created.body());
        assertTrue(ApiClient.field(created.body(), "message").startsWith("\"Items 4 and 9"), created.body());
        assertTrue(created.body().contains("\"answers\":[2,3,1,null,2,3,2,1,null,2,3]"), created.body());
    }

    @Test
    void answersOutOfRangeAre400NamingEachAnswer() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        String patient = practitioner.patient("Lena");
        HttpResponse<String> outOfRange = practitioner.post(measures(patient), """
                {"instrument": "NDI", "answers": [3, 2, 6, 0, 4, 2, 1, 3, 2, -1]}""");
        assertEquals(400, outOfRange.statusCode(), outOfRange.body());
        assertTrue(outOfRange.body().contains("\"field\":\"answers[2]\""), outOfRange.body());
        assertTrue(outOfRange.body().contains("Item 3 (Lifting) of the Neck Disability Index cannot be 6"),
                outOfRange.body());
        assertTrue(outOfRange.body().contains("\"field\":\"answers[9]\""), outOfRange.body());

        HttpResponse<String> tooFew = practitioner.post(measures(patient), """
                {"instrument": "LEFS", "answers": [4, 4]}""");
        assertEquals(400, tooFew.statusCode(), tooFew.body());
        assertTrue(tooFew.body().contains("\"field\":\"answers\""), tooFew.body());

        HttpResponse<String> fraction = practitioner.post(measures(patient), """
                {"instrument": "NPRS", "answers": [2.5]}""");
        assertEquals(400, fraction.statusCode(), fraction.body());
        assertTrue(fraction.body().contains("\"field\":\"answers[0]\""), fraction.body());

        HttpResponse<String> unknown = practitioner.post(measures(patient), """
                {"instrument": "SF36", "answers": [1]}""");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"field\":\"instrument\""), unknown.body());

        HttpResponse<String> history = practitioner.get(measures(patient));
        assertEquals("0", ApiClient.field(history.body(), "total"), "nothing was stored");
        assertEquals(404, practitioner.post(measures("999999999"), """
                {"instrument": "NPRS", "answers": [2]}""").statusCode());
    }

    @Test
    void theFrontDeskRecordsButCannotReadTheHistoryAndManagersDoNeither() throws Exception {
        ApiClient frontDesk = new ApiClient(base, "frontdesk");
        String patient = frontDesk.patient("Tomas");
        HttpResponse<String> recorded = frontDesk.post(measures(patient), """
                {"instrument": "NPRS", "answers": [7]}""");
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals("\"NPRS\"", ApiClient.field(recorded.body(), "instrument"));
        assertTrue(recorded.body().contains("\"score\":null") && recorded.body().contains("\"answers\":null"),
                "the desk stores the answers but does not read the score back: " + recorded.body());
        HttpResponse<String> stored = new ApiClient(base, "practitioner").get(measures(patient));
        assertTrue(stored.body().contains("\"score\":7"), "the practitioner reads it: " + stored.body());
        assertEquals(403, frontDesk.get(measures(patient)).statusCode());
        ApiClient manager = new ApiClient(base, "manager");
        assertEquals(403, manager.post(measures(patient), """
                {"instrument": "NPRS", "answers": [7]}""").statusCode());
    }

    @Test
    void theInstrumentsDescribeTheirItemsAndSuggestOneForARegion() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        HttpResponse<String> neck = practitioner.get("api/outcome-instruments?region=neck");
        assertEquals(200, neck.statusCode(), neck.body());
        assertEquals("\"NDI\"", ApiClient.field(neck.body(), "name"));
        assertTrue(neck.body().contains("\"label\":\"Lifting\",\"number\":3,"
                + "\"question\":\"How does the neck affect lifting things?\""), neck.body());
        assertTrue(neck.body().contains("\"answers\":[\"I lift heavy things and it does not bring on pain\","),
                "each answer in words, to read to the patient: " + neck.body());
        HttpResponse<String> all = practitioner.get("api/outcome-instruments");
        assertFalse(all.body().contains("\"SF36\""));
        assertTrue(all.body().contains("\"QUICKDASH\""), all.body());
        assertEquals(400, practitioner.get("api/outcome-instruments?region=tail").statusCode());
    }

    private static String measures(String patientId) {
        return "api/patients/" + patientId + "/outcome-measures";
    }
}
