package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The treatment gate through the REST API, as an API client sees it: status codes and JSON. Each
 * test registers its own patient through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeApiIT {

    /**
     * A date that is not in the future wherever the clinic is: the service checks dates against the
     * clinic's day (ClinicClock), which may be behind the test machine's.
     */
    private static final LocalDate YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    private static final String TRAUMA_AND_KNEE_WOUND = """
            {"chiefComplaint": "Neck and knee pain after a cycling fall",
             "regions": [{"region": "NECK", "side": "RIGHT"}, {"region": "KNEE", "side": "LEFT"}],
             "onsetType": "ACUTE_INJURY", "onsetDate": "%s",
             "rangeOfMotion": [{"movement": "CERVICAL_ROTATION", "side": "RIGHT", "degrees": 40}],
             "neuroScreen": [{"level": "C6", "side": "RIGHT", "strength": "NORMAL", "sensation": "NORMAL",
                              "reflex": "NORMAL"}],
             "palpation": [{"structure": "Upper trapezius", "region": "NECK", "side": "RIGHT",
                            "tightRopeyBand": true, "tenderReproducesSymptom": true}],
             "pain": {"now": 5, "best": 3, "worst": 8},
             "goals": "Ride to work again",
             "redFlags": {"recentTrauma": true, "unexplainedWeightLossFeverNightPain": false,
                          "progressiveNeurologicalDeficit": false, "bleedingDisorderOrAnticoagulants": true,
                          "pregnancy": false},
             "localContraindications": [{"region": "KNEE", "reason": "OPEN_WOUND"}]}""";

    private static final String NO_FLAGS = """
            {"recentTrauma": false, "unexplainedWeightLossFeverNightPain": false,
             "progressiveNeurologicalDeficit": false, "bleedingDisorderOrAnticoagulants": false, "pregnancy": false}""";

    @ArquillianResource
    private URL base;

    @Test
    void aScreeningAnswerLeftOutIsA400NamingItNeverAReadNo() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        String patient = new ApiClient(base, "frontdesk").patient("Omitted");

        HttpResponse<String> noScreening = practitioner.post("api/patients/" + patient + "/intakes", """
                {"chiefComplaint": "Tight hamstring", "regions": [{"region": "HIP", "side": "LEFT"}]}""");
        assertEquals(400, noScreening.statusCode(), noScreening.body());
        assertTrue(noScreening.body().contains("{\"field\":\"redFlags\",\"message\":\"Answer the red-flag screening:"),
                noScreening.body());
        assertTrue(noScreening.body().contains("{\"field\":\"localContraindications\",\"message\":\"Give the local "
                + "contraindications"), noScreening.body());

        HttpResponse<String> partly = practitioner.post("api/patients/" + patient + "/intakes", """
                {"chiefComplaint": "Tight hamstring", "regions": [{"region": "HIP", "side": "LEFT"}],
                 "redFlags": {"recentTrauma": false, "unexplainedWeightLossFeverNightPain": null,
                              "progressiveNeurologicalDeficit": false, "bleedingDisorderOrAnticoagulants": false},
                 "localContraindications": []}""");
        assertEquals(400, partly.statusCode(), partly.body());
        for (String open : new String[] {"redFlags.unexplainedWeightLossFeverNightPain", "redFlags.pregnancy"}) {
            assertTrue(partly.body().contains("{\"field\":\"" + open + "\",\"message\":\"Answer true or false; "
                    + "a missing answer is never read as \\\"no\\\".\"}"), open + " in " + partly.body());
        }
        assertFalse(partly.body().contains("redFlags.recentTrauma"), "an answered question is not named");
        assertEquals("[]", practitioner.get("api/patients/" + patient + "/intakes").body(), "nothing was stored");
    }

    @Test
    void aCleanReassessmentSaysTheEarlierReferralStillHoldsTreatment() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        String patient = withTraumaIntake(practitioner, "Holdon");

        HttpResponse<String> clean = practitioner.post("api/patients/" + patient + "/intakes", """
                {"chiefComplaint": "Knee feels better", "regions": [{"region": "KNEE", "side": "LEFT"}],
                 "redFlags": %s, "localContraindications": []}""".formatted(NO_FLAGS));

        assertEquals(201, clean.statusCode(), clean.body());
        assertEquals("true", ApiClient.field(ApiClient.withoutNested(clean.body(), "eligibility"), "treatmentAllowed"),
                "this intake's screening found nothing");
        String eligibility = ApiClient.nested(clean.body(), "eligibility");
        assertEquals("false", ApiClient.field(eligibility, "treatmentAllowed"), "but the patient may not be treated");
        assertEquals("true", ApiClient.field(eligibility, "referralPending"), eligibility);
        assertTrue(eligibility.contains("recent injury"), "the earlier referral's reason: " + eligibility);
    }

    @Test
    void anIntakeWithARedFlagBlocksTreatmentUntilAClearanceAndTheWoundedRegionStaysBlocked() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        ApiClient frontDesk = new ApiClient(base, "frontdesk");
        String patient = frontDesk.patient("Ivo");

        HttpResponse<String> created = practitioner.post("api/patients/" + patient + "/intakes",
                TRAUMA_AND_KNEE_WOUND.formatted(LocalDate.now().minusDays(3)));

        assertEquals(201, created.statusCode(), created.body());
        String intake = ApiClient.field(created.body(), "id");
        assertTrue(created.headers().firstValue("Location").orElseThrow()
                .endsWith("/api/patients/" + patient + "/intakes/" + intake));
        String decision = ApiClient.withoutNested(created.body(), "eligibility");
        assertEquals("false", ApiClient.field(decision, "treatmentAllowed"));
        assertTrue(decision.contains("\"blockedRegions\":[\"KNEE\"]"), decision);
        String now = ApiClient.nested(created.body(), "eligibility");
        assertEquals("false", ApiClient.field(now, "treatmentAllowed"), "the answer says treatment waits: " + now);
        assertEquals("true", ApiClient.field(now, "missingConsent"), now);
        assertTrue(created.body().contains("{\"code\":\"BLEEDING_RISK\",\"text\":\"Bleeding disorder or blood "
                + "thinners: reduce pressure and watch for bruising.\"}"), created.body());
        assertTrue(decision.contains("\"referralReasons\":[\"You told us about a recent injury such as a fall, "
                + "a collision or a possible broken bone."), created.body());

        HttpResponse<String> blocked = practitioner.get("api/patients/" + patient + "/treatment-eligibility");
        assertEquals(200, blocked.statusCode(), blocked.body());
        assertEquals("false", ApiClient.field(blocked.body(), "treatmentAllowed"));
        assertEquals("true", ApiClient.field(blocked.body(), "referralPending"));
        assertEquals("true", ApiClient.field(blocked.body(), "missingConsent"));
        assertEquals("\"MISSING\"", ApiClient.field(blocked.body(), "consent"));

        HttpResponse<String> consent = frontDesk.post("api/patients/" + patient + "/consents", """
                {"signedOn": "%s", "witnessedBy": "Fran Desmond"}""".formatted(YESTERDAY));
        assertEquals(201, consent.statusCode(), consent.body());
        assertEquals("true", ApiClient.field(practitioner.get("api/patients/" + patient + "/treatment-eligibility").body(),
                "referralPending"), "consent does not lift the referral");

        HttpResponse<String> clearance = practitioner.post("api/patients/" + patient + "/clearances", """
                {"evidenceKind": "PHYSICIAN_LETTER", "evidence": "Dr. Lee: X-ray shows no fracture",
                 "evidenceDate": "%s"}""".formatted(YESTERDAY));
        assertEquals(201, clearance.statusCode(), clearance.body());
        assertEquals(intake, ApiClient.field(clearance.body(), "intakeId"));
        assertEquals("\"practitioner\"", ApiClient.field(clearance.body(), "clearedBy"));

        HttpResponse<String> knee = practitioner.get("api/patients/" + patient + "/treatment-eligibility?region=knee");
        assertEquals(200, knee.statusCode(), knee.body());
        assertEquals("true", ApiClient.field(knee.body(), "treatmentAllowed"));
        assertEquals("false", ApiClient.field(knee.body(), "regionAllowed"));
        assertEquals("\"Do not treat the knee: an open wound.\"", ApiClient.field(knee.body(), "regionRefusal"));
        assertTrue(knee.body().contains("\"blockedRegions\":[\"KNEE\"]"), knee.body());
        HttpResponse<String> neck = practitioner.get("api/patients/" + patient + "/treatment-eligibility?region=NECK");
        assertEquals("true", ApiClient.field(neck.body(), "regionAllowed"), neck.body());
    }

    @Test
    void thePatientHeaderShowsTheReferralUntilClearedAndThePrecautionsAndBlockedRegionsAfter() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        String patient = withTraumaIntake(practitioner, "Hana");
        WebClient clinician = new WebClient(base);
        assertEquals(302, clinician.login("practitioner", "demo1234").statusCode());
        WebClient desk = new WebClient(base);
        assertEquals(302, desk.login("frontdesk", "demo1234").statusCode());

        String before = clinician.get("patient/patient.xhtml?id=" + patient).body();

        assertTrue(before.contains("Refer before treatment:</strong> recent trauma (a fall, a collision or a suspected "
                + "fracture). No treatment until a practitioner records a clearance."), before);
        assertTrue(before.contains("Do not treat:</strong> knee"), before);
        assertTrue(before.contains("Bleeding disorder or blood thinners: reduce pressure and watch for bruising."));
        String deskBefore = desk.get("patient/patient.xhtml?id=" + patient).body();
        assertTrue(deskBefore.contains("Clearance letter needed:</strong> no treatment until the patient's physician "
                + "sends a clearance letter"), deskBefore);
        assertNothingClinical(deskBefore);

        assertEquals(201, practitioner.post("api/patients/" + patient + "/clearances",
                "{\"evidenceKind\": \"PHYSICIAN_LETTER\", \"evidence\": \"Dr. Lee: no fracture\"}").statusCode());
        String after = clinician.get("patient/patient.xhtml?id=" + patient).body();

        assertFalse(after.contains("Refer before treatment"), "the referral is cleared");
        assertTrue(after.contains("Do not treat:</strong> knee"), "the wound still blocks the knee");
        assertTrue(after.contains("reduce pressure and watch for bruising"), "precautions stay");
        String deskAfter = desk.get("patient/patient.xhtml?id=" + patient).body();
        assertFalse(deskAfter.contains("Clearance letter needed"), "the letter is in");
        assertNothingClinical(deskAfter);
    }

    @Test
    void theFrontDeskReadsOnlyThatTreatmentIsOnHoldAndWhichPaperworkIsMissing() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        ApiClient frontDesk = new ApiClient(base, "frontdesk");
        String patient = withTraumaIntake(practitioner, "Mina");

        HttpResponse<String> desk = frontDesk.get("api/patients/" + patient + "/treatment-eligibility?region=KNEE");

        assertEquals(200, desk.statusCode(), desk.body());
        assertEquals("\"PAPERWORK\"", ApiClient.field(desk.body(), "view"));
        assertEquals("false", ApiClient.field(desk.body(), "treatmentAllowed"));
        assertTrue(desk.body().contains("\"missingPaperwork\":[\"CLEARANCE_LETTER\",\"CONSENT\"]"), desk.body());
        assertTrue(desk.body().contains("\"referralReasons\":[]") && desk.body().contains("\"precautions\":[]")
                && desk.body().contains("\"blockedRegions\":[]"), desk.body());
        assertFalse(desk.body().contains("regionAllowed"), "no answer about a region: " + desk.body());
        assertNothingClinical(desk.body());
        HttpResponse<String> full = practitioner.get("api/patients/" + patient + "/treatment-eligibility?region=KNEE");
        assertEquals("\"FULL\"", ApiClient.field(full.body(), "view"));
        assertTrue(full.body().contains("\"blockedRegions\":[\"KNEE\"]") && full.body().contains("\"regionAllowed\":false"),
                full.body());
        assertTrue(full.body().contains("\"missingPaperwork\":[\"CLEARANCE_LETTER\",\"CONSENT\"]"), full.body());

        WebClient page = new WebClient(base);
        assertEquals(302, page.login("frontdesk", "demo1234").statusCode());
        String tab = page.get("patient/patient.xhtml?id=" + patient + "&tab=intake").body();
        assertTrue(tab.contains("A clearance letter from the patient's physician is needed")
                || tab.contains("A clearance letter from the patient&#39;s physician is needed"), tab);
        assertNothingClinical(tab);
    }

    /** The red flag, region and precaution of {@link #withTraumaIntake} appear nowhere in a desk's page or answer. */
    private static void assertNothingClinical(String text) {
        for (String clinical : List.of("trauma", "fracture", "Do not treat", "KNEE", "knee", "Bleeding disorder",
                "watch for bruising", "Refer before treatment")) {
            assertFalse(text.contains(clinical), clinical + " shown to the front desk: " + text);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheIntakeEndpoints() throws Exception {
        HttpResponse<String> document = new ApiClient(base, null).get("/openapi");

        assertEquals(200, document.statusCode(), document.body());
        for (String path : new String[] {"/api/patients/{patientId}/intakes", "/api/patients/{patientId}/clearances",
                "/api/patients/{patientId}/treatment-eligibility", "/api/patients/{patientId}/consents",
                "/api/consent-text", "NewIntake", "TreatmentEligibility"}) {
            assertTrue(document.body().contains(path), path + " in the OpenAPI document");
        }
    }

    @Test
    void badInputIsA400NamingEachFieldAndNeverA500() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        String patient = new ApiClient(base, "frontdesk").patient("Bo");

        HttpResponse<String> bad = practitioner.post("api/patients/" + patient + "/intakes", """
                {"chiefComplaint": " ", "regions": [],
                 "rangeOfMotion": [{"movement": "KNEE_FLEXION", "side": "LEFT", "degrees": 400},
                                   {"movement": "NECK_TWIST", "degrees": 10}],
                 "pain": {"now": 12},
                 "onsetDate": "yesterday",
                 "localContraindications": [{"region": "ELBOWS", "reason": "OPEN_WOUND"}]}""");

        assertEquals(400, bad.statusCode(), bad.body());
        for (String field : new String[] {"chiefComplaint", "regions", "rangeOfMotion[0]", "rangeOfMotion[1].movement",
                "pain", "onsetDate", "localContraindications[0].region"}) {
            assertTrue(bad.body().contains("\"field\":\"" + field + "\""), field + " in " + bad.body());
        }
        assertTrue(bad.body().contains("Knee flexion is measured from 0 to 200 degrees"), bad.body());
        assertEquals("[]", practitioner.get("api/patients/" + patient + "/intakes").body(), "nothing was stored");

        HttpResponse<String> notJson = practitioner.post("api/patients/" + patient + "/intakes", "{\"regions\": 5}");
        assertEquals(400, notJson.statusCode(), notJson.body());

        HttpResponse<String> clearNothing = practitioner.post("api/patients/" + patient + "/clearances", """
                {"evidenceKind": "LETTER", "evidence": ""}""");
        assertEquals(400, clearNothing.statusCode(), clearNothing.body());
        assertTrue(clearNothing.body().contains("\"field\":\"evidenceKind\""), clearNothing.body());
        assertTrue(clearNothing.body().contains("\"field\":\"evidence\""), clearNothing.body());

        HttpResponse<String> consent = practitioner.post("api/patients/" + patient + "/consents", "{}");
        assertEquals(400, consent.statusCode(), consent.body());
        assertTrue(consent.body().contains("\"field\":\"signedOn\""), consent.body());
        assertTrue(consent.body().contains("\"field\":\"witnessedBy\""), consent.body());

        HttpResponse<String> region = practitioner.get("api/patients/" + patient + "/treatment-eligibility?region=TOE");
        assertEquals(400, region.statusCode(), region.body());
    }

    @Test
    void nothingIsRecordedForAPatientThatDoesNotExistOrByTheWrongRole() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        ApiClient frontDesk = new ApiClient(base, "frontdesk");
        String patient = frontDesk.patient("Cy");
        String intake = """
                {"chiefComplaint": "Calf tightness", "regions": [{"region": "ANKLE_FOOT", "side": "BOTH"}],
                 "redFlags": %s, "localContraindications": []}""".formatted(NO_FLAGS);

        HttpResponse<String> unknown = practitioner.post("api/patients/999999999/intakes", intake);
        assertEquals(404, unknown.statusCode(), unknown.body());
        HttpResponse<String> badId = practitioner.get("api/patients/abc/treatment-eligibility");
        assertEquals(400, badId.statusCode(), badId.body());

        assertEquals(403, frontDesk.post("api/patients/" + patient + "/intakes", intake).statusCode());
        assertEquals(403, new ApiClient(base, "manager").get("api/patients/" + patient + "/treatment-eligibility")
                .statusCode());
        assertEquals(401, new ApiClient(base, null).get("api/patients/" + patient + "/treatment-eligibility").statusCode());

        HttpResponse<String> noIntake = frontDesk.get("api/patients/" + patient + "/treatment-eligibility");
        assertEquals(200, noIntake.statusCode(), noIntake.body());
        assertEquals("false", ApiClient.field(noIntake.body(), "intakeRecorded"));
        assertTrue(noIntake.body().contains("\"blockers\":[\"An intake assessment with a practitioner is needed"),
                noIntake.body());
        assertTrue(noIntake.body().contains("\"missingPaperwork\":[\"INTAKE\""), noIntake.body());

        HttpResponse<String> clear = practitioner.post("api/patients/" + patient + "/intakes", intake);
        assertEquals(201, clear.statusCode(), clear.body());
        assertEquals("true", ApiClient.field(ApiClient.withoutNested(clear.body(), "eligibility"), "treatmentAllowed"),
                "the screening found nothing");
        assertEquals("false", ApiClient.field(ApiClient.nested(clear.body(), "eligibility"), "treatmentAllowed"),
                "but without consent the patient may not be treated yet");
        assertTrue(ApiClient.withoutNested(clear.body(), "eligibility").contains("\"referralReasons\":[]"),
                clear.body());
        HttpResponse<String> nothingToClear = practitioner.post("api/patients/" + patient + "/clearances", """
                {"evidenceKind": "OTHER", "evidence": "Nothing"}""");
        assertEquals(400, nothingToClear.statusCode(), nothingToClear.body());
        assertEquals("\"This intake found no red flag, so there is no referral to clear.\"",
                ApiClient.field(nothingToClear.body(), "message"));
        assertFalse(nothingToClear.body().contains("Exception"), nothingToClear.body());
    }

    /** A new patient with an intake that found recent trauma and a knee wound; the patient's id. */
    private String withTraumaIntake(ApiClient practitioner, String name) throws Exception {
        String patient = new ApiClient(base, "frontdesk").patient(name);
        assertEquals(201, practitioner.post("api/patients/" + patient + "/intakes",
                TRAUMA_AND_KNEE_WOUND.formatted(YESTERDAY)).statusCode());
        return patient;
    }
}
