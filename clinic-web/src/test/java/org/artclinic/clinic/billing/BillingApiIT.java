package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ComplaintRegion;
import org.artclinic.clinic.intake.IntakeDetails;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.intake.ScreeningAnswers;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.BookingRequest;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsManager;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Charges as signing a visit note makes them and a manager reviews them (issue 12), through the REST
 * API on the real database: the payer comes from the patient's primary policy (else self-pay), the
 * units from the payer's unit rule, the modifiers with their reasons (XS, 59, GP, KX), the warnings
 * (NCCI pair, under 8 minutes, a deleted diagnosis, no active plan for Medicare manipulation), the
 * fees of the payer's schedule; then the queue's filters, fixes with who and why, refused bad
 * diagnoses, stale versions, and approval only once every warning is dealt with; then claims and
 * payments: the claim's statuses, payments with adjustments, the patient's balance, the copay taken
 * at check-in, a secondary claim, the A/R aging, and payments posted at once by several managers.
 */
@ExtendWith(ArquillianExtension.class)
class BillingApiIT {

    private static final String PASSWORD = "Billing-test-2026";
    /** It is midday there whenever the test runs: this morning's visits have begun, the day is not about to turn. */
    private final ZoneId zone = ClinicFixture.middayZone();

    @Inject
    private ClinicFixture fixture;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private AsManager asManager;

    @EJB
    private ChargeService charges;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private IntakeService intakes;

    @ArquillianResource
    private URL base;

    private Location location;
    private Practitioner chiropractor;
    private ApiClient practitioner;
    private ApiClient manager;
    private ApiClient desk;
    private LocalDate today;
    private String suffix;
    /** Each charted visit starts 45 minutes after the one before, from 00:15 (one practitioner, no overlap). */
    private int visits;

    @BeforeEach
    void clinic() throws Exception {
        suffix = fixture.suffix();
        location = fixture.location("Billing", zone);
        String me = "bill" + suffix;
        chiropractor = fixture.practitionerWhoSignsIn(me, "Dr Bill", PASSWORD, location);
        practitioner = new ApiClient(base, me, PASSWORD);
        fixture.staffWhoSignsIn("mgr" + suffix, PASSWORD, Role.MANAGER);
        manager = new ApiClient(base, "mgr" + suffix, PASSWORD);
        fixture.staffWhoSignsIn("desk" + suffix, PASSWORD, Role.FRONT_DESK);
        desk = new ApiClient(base, "desk" + suffix, PASSWORD);
        today = LocalDate.now(zone);
    }

    @Test
    void medicareBillsByTheEightMinuteRuleWithXsOnASeparateSiteAndKxPastTheThreshold() throws Exception {
        String medicare = payer("Medicare " + suffix, "MEDICARE", "CMS_8_MINUTE", true, true);
        fee(medicare, "97140", "30.00");
        fee(medicare, "97110", "32.00");
        fee(medicare, "98940", "29.00");
        JsonObject set = json(manager.get("api/payers/" + medicare));
        HttpResponse<String> kx = manager.put("api/payers/" + medicare + "/kx-thresholds/" + today.getYear(),
                "{\"version\": " + set.getJsonNumber("version") + ", \"amount\": \"60.00\"}");
        assertEquals(200, kx.statusCode(), kx::body);
        assertEquals("60.00", json(kx).getString("kxThreshold"));
        HttpResponse<String> listed = desk.get("api/payers");
        assertEquals(200, listed.statusCode(), "the front desk reads the payer list to pick a policy's payer");
        JsonObject mine = array(listed).stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("Medicare " + suffix)).findFirst().orElseThrow();
        assertEquals("CMS_8_MINUTE", mine.getString("unitRule"));
        assertTrue(mine.getBoolean("requiresGp") && mine.getBoolean("usesXModifiers"));

        Patient patient = insured(fixture.patient("Medi", "Care"), medicare);
        String note = chart(patient, List.of(
                "{\"code\": \"97140\", \"minutes\": 33, \"regions\": [\"SHOULDER\"], \"diagnosisCodes\": [\"M75.41\"]}",
                "{\"code\": \"97110\", \"minutes\": 7, \"regions\": [\"SHOULDER\"], \"diagnosisCodes\": [\"M75.41\"]}",
                "{\"code\": \"98940\", \"regions\": [\"LUMBAR\"], \"diagnosisCodes\": [\"M99.03\", \"M54.50\"]}"));
        assertEquals(409, manager.get("api/visits/" + note + "/charges").statusCode(), "no charges before signing");
        sign(note);

        Map<String, JsonObject> lines = lines(note);
        assertEquals(2, lines.get("97140").getInt("units"), "40 timed minutes are 3 units: 2 whole blocks of 97140");
        assertEquals(1, lines.get("97110").getInt("units"), "the third unit goes to the most minutes left over (7 > 3)");
        assertEquals(1, lines.get("98940").getInt("units"));
        assertEquals(List.of("XS", "KX"), modifiers(lines.get("97140")), "shoulder apart from the manipulated lumbar spine");
        assertEquals("60.00", lines.get("97140").getString("amount"));
        assertEquals("32.00", lines.get("97110").getString("amount"));
        assertTrue(reason(lines.get("97140"), "KX").contains("$92.00") && reason(lines.get("97140"), "KX").contains("$60.00"),
                "KX says the year's therapy charges and the threshold");
        assertTrue(reason(lines.get("97140"), "XS").contains("shoulder"), lines.get("97140")::toString);
        assertEquals(List.of(), modifiers(lines.get("98940")), "no AT without an active treatment plan");
        assertEquals(List.of("NO_ACTIVE_PLAN"), warningCodes(lines.get("98940")));
        assertEquals(List.of(1), pointers(lines.get("97140")));
        assertEquals(List.of(2, 3), pointers(lines.get("98940")), "the visit's diagnoses in the order first charted");

        JsonObject sheet = queueItem("payerId=" + medicare, note);
        assertEquals(List.of("M75.41", "M99.03", "M54.50"), strings(sheet.getJsonArray("diagnoses")));
        assertEquals("121.00", sheet.getString("total"));
        assertEquals(1, sheet.getInt("openWarnings"));

        // a physical therapist's therapy for the same payer carries GP (Claims Processing Manual ch. 5 §20.1)
        fixture.ofDiscipline(chiropractor, Discipline.PHYSICAL_THERAPIST);
        Patient second = insured(fixture.patient("Pat", "Therapy"), medicare);
        String ptNote = chart(second, List.of(
                "{\"code\": \"97140\", \"minutes\": 10, \"regions\": [\"NECK\"], \"diagnosisCodes\": [\"M54.2\"]}"));
        sign(ptNote);
        JsonObject pt = lines(ptNote).get("97140");
        assertEquals(1, pt.getInt("units"));
        assertEquals(List.of("GP"), modifiers(pt), "30.00 of therapy this year for this patient: under the threshold");
        assertEquals(List.of(), warningCodes(pt));
    }

    @Test
    void aCommercialPayerBillsEachCodeOnItsOwnAndFlagsWhatAManagerMustDecide() throws Exception {
        String acme = payer("Acme Health " + suffix, "COMMERCIAL", "PER_SERVICE", false, false);
        fee(acme, "97140", "50.00");
        fee(acme, "97110", "45.00");
        fee(acme, "97112", "48.00");
        fee(acme, "98940", "40.00");
        Patient patient = insured(fixture.patient("Comm", "Ercial"), acme);
        String note = chart(patient, List.of(
                "{\"code\": \"97140\", \"minutes\": 33, \"regions\": [\"LOW_BACK\"], \"diagnosisCodes\": [\"M54.59\"]}",
                "{\"code\": \"97110\", \"minutes\": 7, \"regions\": [\"LOW_BACK\"], \"diagnosisCodes\": [\"M54.59\"]}",
                "{\"code\": \"97112\", \"minutes\": 8, \"regions\": [\"SHOULDER\"], \"diagnosisCodes\": [\"M75.41\"]}",
                "{\"code\": \"98940\", \"regions\": [\"LUMBAR\"], \"diagnosisCodes\": [\"M54.5\"]}"));
        ChargeOverview before = overview();
        sign(note);
        ChargeOverview signed = overview();
        assertEquals(before.toReview() + 1, signed.toReview(), "the overview counts the new sheet to review");
        assertEquals(before.withWarnings() + 1, signed.withWarnings(), "with warnings");
        assertEquals(before.visitsCharged() + 1, signed.visitsCharged(), "and today's visit charged");

        Map<String, JsonObject> lines = lines(note);
        assertEquals(2, lines.get("97140").getInt("units"), "33 minutes of one code: 2 units on its own");
        assertEquals(0, lines.get("97110").getInt("units"), "7 minutes of one code bill nothing under the per-service rule");
        assertEquals(1, lines.get("97112").getInt("units"));
        assertEquals(List.of("UNDER_EIGHT_MINUTES"), warningCodes(lines.get("97110")));
        assertEquals(List.of(), modifiers(lines.get("97140")), "the manipulated low back was also treated: no modifier");
        assertEquals(List.of("NCCI_PAIR"), warningCodes(lines.get("97140")));
        assertEquals(List.of("59"), modifiers(lines.get("97112")), "a separate site, and the payer takes only 59");
        assertEquals(List.of("INVALID_DIAGNOSIS"), warningCodes(lines.get("98940")));
        assertTrue(lines.get("98940").getJsonArray("warnings").getJsonObject(0).getString("message")
                .contains("deleted from ICD-10-CM on 2021-10-01"), lines.get("98940")::toString);
        assertEquals("100.00", lines.get("97140").getString("amount"));

        JsonObject sheet = queueItem("warning=NCCI_PAIR&payerId=" + acme, note);
        String id = String.valueOf(sheet.getJsonNumber("id"));
        long version = sheet.getJsonNumber("version").longValue();
        assertEquals(3, sheet.getInt("openWarnings"));
        HttpResponse<String> early = manager.post("api/charges/" + id + "/approve", "{\"version\": " + version + "}");
        assertEquals(409, early.statusCode(), "warnings are open");
        assertTrue(early.body().contains("Deal with the 3 warnings first"), early::body);

        // a deleted code, and a category without its laterality, are refused with what is missing
        HttpResponse<String> deleted = manager.put("api/charges/" + id + "/diagnoses/3",
                "{\"version\": " + version + ", \"code\": \"M54.5\", \"reason\": \"try again\"}");
        assertEquals(400, deleted.statusCode());
        assertTrue(deleted.body().contains("M54.50, M54.51 or M54.59"), deleted::body);
        HttpResponse<String> category = manager.put("api/charges/" + id + "/diagnoses/3",
                "{\"version\": " + version + ", \"code\": \"M75.4\", \"reason\": \"shoulder\"}");
        assertEquals(400, category.statusCode());
        assertTrue(category.body().contains("needs more characters") && category.body().contains("M75.41"), category::body);
        HttpResponse<String> hip = manager.put("api/charges/" + id + "/diagnoses/3",
                "{\"version\": " + version + ", \"code\": \"S76.011\", \"reason\": \"hip\"}");
        assertTrue(hip.body().contains("7th character"), hip::body);

        HttpResponse<String> replaced = manager.put("api/charges/" + id + "/diagnoses/3",
                "{\"version\": " + version + ", \"code\": \"m5459\", \"reason\": \"M54.5 was split in 2021\"}");
        assertEquals(400, replaced.statusCode(), "M54.59 is diagnosis 1 already");
        replaced = manager.put("api/charges/" + id + "/diagnoses/3",
                "{\"version\": " + version + ", \"code\": \"m5450\", \"reason\": \"M54.5 was split in 2021\"}");
        assertEquals(200, replaced.statusCode(), replaced::body);
        JsonObject afterDx = json(replaced);
        assertEquals("M54.50", strings(afterDx.getJsonArray("diagnoses")).get(2));
        assertEquals(2, afterDx.getInt("openWarnings"));

        HttpResponse<String> stale = manager.put("api/charges/" + id + "/lines/" + lines.get("97110").getJsonNumber("id"),
                "{\"version\": " + version + ", \"code\": \"97110\", \"units\": 0, \"reason\": \"under 8 minutes\"}");
        assertEquals(400, stale.statusCode(), "an edit on a stale copy is refused");
        assertTrue(stale.body().contains("Someone else changed"), stale::body);

        long v = afterDx.getJsonNumber("version").longValue();
        HttpResponse<String> noPointer = manager.put("api/charges/" + id + "/lines/" + lines.get("97140").getJsonNumber("id"),
                "{\"version\": " + v + ", \"code\": \"97140\", \"units\": 2, \"diagnosisPointers\": [], \"reason\": \"x\"}");
        assertEquals(400, noPointer.statusCode());
        assertTrue(noPointer.body().contains("Point 97140 to at least one diagnosis"), noPointer::body);
        HttpResponse<String> badModifier = manager.put("api/charges/" + id + "/lines/" + lines.get("97140").getJsonNumber("id"),
                "{\"version\": " + v + ", \"code\": \"97140\", \"units\": 2, \"modifiers\": [\"XZ\"], \"diagnosisPointers\": [1],"
                        + " \"reason\": \"x\"}");
        assertEquals(400, badModifier.statusCode());
        assertEquals(v, json(manager.get("api/charges/" + id)).getJsonNumber("version").longValue(), "nothing changed");

        HttpResponse<String> kept = manager.put("api/charges/" + id + "/lines/" + lines.get("97110").getJsonNumber("id"),
                "{\"version\": " + v + ", \"code\": \"97110\", \"units\": 0, \"diagnosisPointers\": [1],"
                        + " \"reason\": \"Seven minutes do not bill; kept at 0\"}");
        assertEquals(200, kept.statusCode(), kept::body);
        v = json(kept).getJsonNumber("version").longValue();
        HttpResponse<String> fixed = manager.put("api/charges/" + id + "/lines/" + lines.get("97140").getJsonNumber("id"),
                "{\"version\": " + v + ", \"code\": \"97140\", \"units\": 1, \"diagnosisPointers\": [1],"
                        + " \"reason\": \"Only the thoracic soft-tissue work is billable beside the adjustment\"}");
        assertEquals(200, fixed.statusCode(), fixed::body);
        JsonObject done = json(fixed);
        assertEquals(0, done.getInt("openWarnings"));
        assertEquals("138.00", done.getString("total"), "97140 50 + 97112 48 + 98940 40 + 97110 0 after the fix");
        JsonArray fixes = done.getJsonArray("fixes");
        assertEquals(3, fixes.size());
        JsonObject last = fixes.getJsonObject(2);
        assertEquals("mgr" + suffix, last.getString("by"));
        assertTrue(last.getString("change").contains("97140 x2") && last.getString("change").contains("97140 x1")
                && last.getString("change").contains("NCCI_PAIR"), last::toString);

        HttpResponse<String> approved = manager.post("api/charges/" + id + "/approve",
                "{\"version\": " + done.getJsonNumber("version") + "}");
        assertEquals(200, approved.statusCode(), approved::body);
        assertEquals("APPROVED", json(approved).getString("status"));
        ChargeOverview claimable = overview();
        assertEquals(signed.toReview() - 1, claimable.toReview());
        assertEquals(signed.withWarnings() - 1, claimable.withWarnings());
        assertEquals(signed.approved() + 1, claimable.approved(), "approved for a payer: it waits for a claim");
        HttpResponse<String> late = manager.put("api/charges/" + id + "/lines/" + lines.get("97140").getJsonNumber("id"),
                "{\"version\": " + json(approved).getJsonNumber("version") + ", \"code\": \"97140\", \"units\": 2,"
                        + " \"diagnosisPointers\": [1], \"reason\": \"again\"}");
        assertEquals(409, late.statusCode(), "approved charges are no longer changed on the queue");
        assertEquals(0, json(manager.get("api/charges?payerId=" + acme)).getJsonArray("items").size(),
                "approved charges leave the queue");
    }

    @Test
    void aPatientWithoutAPolicyPaysTheSelfPayFeesAndOnlyManagersReadCharges() throws Exception {
        JsonObject selfPay = array(manager.get("api/payers")).getJsonObject(0);
        assertEquals("SELF_PAY", selfPay.getString("kind"), "self-pay is listed first");
        String unitFee = array(manager.get("api/payers/" + selfPay.getJsonNumber("id") + "/fees")).stream()
                .map(JsonValue::asJsonObject).filter(f -> f.getString("code").equals("98941") && !f.containsKey("effectiveTo"))
                .map(f -> f.getString("fee")).findFirst().orElse(null);
        if (unitFee == null) {
            fee(String.valueOf(selfPay.getJsonNumber("id")), "98941", "65.00");
            unitFee = "65.00";
        }
        Patient patient = fixture.patient("Cash", "Payer");
        screen(patient);
        String note = chart(patient, List.of(
                "{\"code\": \"98941\", \"regions\": [\"CERVICAL\", \"THORACIC\", \"LUMBAR\"], \"diagnosisCodes\": [\"M99.01\"]}"));
        assertEquals(403, manager.post("api/visits/" + note + "/sign", "{\"password\": \"" + PASSWORD + "\"}").statusCode());
        String narrative = "Worse after gardening on Sunday";
        assertEquals(200, practitioner.put("api/visits/" + note + "/soap", "{\"subjective\": \"" + narrative + "\"}")
                .statusCode());
        sign(note);
        JsonObject line = lines(note).get("98941");
        // the manager bills from the codes; the note's narrative is the practitioner's (minimum necessary)
        String charges = manager.get("api/visits/" + note + "/charges").body();
        assertTrue(charges.contains("98941") && charges.contains("M99.01"), charges);
        assertFalse(charges.contains(narrative), "no narrative in the charges: " + charges);
        assertEquals(403, manager.get("api/visits/" + note).statusCode(), "nor may the manager read the note");
        assertEquals(unitFee, line.getString("fee"));
        JsonObject sheet = queueItem("payerId=" + selfPay.getJsonNumber("id"), note);
        assertEquals("Self-pay", sheet.getString("payer"));
        ChargeOverview signed = overview();
        HttpResponse<String> approved = manager.post("api/charges/" + sheet.getJsonNumber("id") + "/approve",
                "{\"version\": " + sheet.getJsonNumber("version") + "}");
        assertEquals(200, approved.statusCode(), approved::body);
        assertEquals(signed.toReview() - 1, overview().toReview());
        assertEquals(signed.approved(), overview().approved(), "self-pay is paid by the patient, never claimed");
        assertEquals(403, practitioner.get("api/visits/" + note + "/charges").statusCode(), "charges are the managers'");
        assertEquals(403, desk.get("api/charges").statusCode());
        assertEquals(404, manager.get("api/visits/999999999/charges").statusCode());
        HttpResponse<String> badFilter = manager.get("api/charges?warning=LOUD&max=0");
        assertEquals(400, badFilter.statusCode());
        assertTrue(badFilter.body().contains("warning") && badFilter.body().contains("max"), badFilter::body);
    }

    @Test
    void aPolicyNamesAPayerOfTheListAndBadPayerInputChangesNothing() throws Exception {
        String payer = payer("Listed Health " + suffix, "COMMERCIAL", "PER_SERVICE", false, true);
        Patient patient = fixture.patient("Poli", "Cy");
        HttpResponse<String> unknown = desk.post("api/patients/" + patient.getId() + "/policies",
                "{\"payerId\": 999999999, \"memberId\": \"X1\"}");
        assertEquals(404, unknown.statusCode(), unknown::body);
        HttpResponse<String> missing = desk.post("api/patients/" + patient.getId() + "/policies", "{\"primary\": true}");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("payerId") && missing.body().contains("memberId"), missing::body);
        assertEquals("[]", desk.get("api/patients/" + patient.getId() + "/policies").body());
        HttpResponse<String> added = desk.post("api/patients/" + patient.getId() + "/policies",
                "{\"payerId\": " + payer + ", \"memberId\": \"LH123\", \"primary\": true, \"copay\": \"20.00\"}");
        assertEquals(201, added.statusCode(), added::body);
        assertEquals("Listed Health " + suffix, json(added).getString("payer"));
        assertEquals("PRIMARY", json(added).getString("priority"));

        HttpResponse<String> twice = manager.post("api/payers", "{\"name\": \"listed health " + suffix
                + "\", \"kind\": \"COMMERCIAL\", \"unitRule\": \"PER_SERVICE\"}");
        assertEquals(400, twice.statusCode(), "payer names are unique, case aside");
        HttpResponse<String> badRule = manager.post("api/payers", "{\"name\": \"Odd " + suffix
                + "\", \"kind\": \"COMMERCIAL\", \"unitRule\": \"SEVEN_MINUTE\"}");
        assertEquals(400, badRule.statusCode());
        assertTrue(badRule.body().contains("CMS_8_MINUTE"), badRule::body);
        assertEquals(403, desk.post("api/payers", "{\"name\": \"Desk " + suffix
                + "\", \"kind\": \"COMMERCIAL\", \"unitRule\": \"PER_SERVICE\"}").statusCode());
        HttpResponse<String> notACode = manager.post("api/payers/" + payer + "/fees",
                "{\"code\": \"12345\", \"fee\": \"10.00\", \"effectiveFrom\": \"2026-01-01\"}");
        assertEquals(400, notACode.statusCode());
        assertTrue(notACode.body().contains("not in the code set"), notACode::body);
        fee(payer, "97140", "40.00");
        HttpResponse<String> older = manager.post("api/payers/" + payer + "/fees",
                "{\"code\": \"97140\", \"fee\": \"41.00\", \"effectiveFrom\": \"2019-06-01\"}");
        assertEquals(400, older.statusCode(), "a new fee starts after the latest one");
        HttpResponse<String> raise = manager.post("api/payers/" + payer + "/fees",
                "{\"code\": \"97140\", \"fee\": \"42.50\", \"effectiveFrom\": \"2024-01-01\"}");
        assertEquals(201, raise.statusCode(), raise::body);
        List<JsonObject> fees = array(manager.get("api/payers/" + payer + "/fees")).stream().map(JsonValue::asJsonObject)
                .toList();
        assertEquals("42.50", fees.get(0).getString("fee"));
        assertEquals("2023-12-31", fees.get(1).getString("effectiveTo"), "the old fee ends the day before the new one");
    }

    @Test
    void aClaimIsSentPaidInPartsWithAdjustmentsAndWhatThePatientOwesIsTheirBalance() throws Exception {
        String payer = payer("Claims Mutual " + suffix, "COMMERCIAL", "CMS_8_MINUTE", false, true);
        fee(payer, "97140", "30.00");
        fee(payer, "98940", "40.00");
        Patient patient = insured(fixture.patient("Clai", "Mant"), payer);
        String secondary = payer("Gap Cover " + suffix, "COMMERCIAL", "CMS_8_MINUTE", false, true);
        HttpResponse<String> second = desk.post("api/patients/" + patient.getId() + "/policies",
                "{\"payerId\": " + secondary + ", \"memberId\": \"G" + suffix + "\", \"primary\": false}");
        assertEquals(201, second.statusCode(), second::body);
        String note = chart(patient, List.of(
                "{\"code\": \"97140\", \"minutes\": 23, \"regions\": [\"NECK\"], \"diagnosisCodes\": [\"M54.2\"]}"));
        sign(note);
        JsonObject sheet = queueItem("payerId=" + payer, note);
        String sheetId = String.valueOf(sheet.getJsonNumber("id"));
        assertEquals("60.00", sheet.getString("total"), "23 minutes: 2 units of 30.00");

        HttpResponse<String> early = manager.post("api/claims", "{\"chargesId\": " + sheetId + "}");
        assertEquals(409, early.statusCode(), "charges are approved before they are claimed");
        assertEquals(200, manager.post("api/charges/" + sheetId + "/approve", "{\"version\": "
                + sheet.getJsonNumber("version") + "}").statusCode());
        HttpResponse<String> created = manager.post("api/claims", "{\"chargesId\": " + sheetId + "}");
        assertEquals(201, created.statusCode(), created::body);
        JsonObject claim = json(created);
        String claimId = String.valueOf(claim.getJsonNumber("id"));
        assertEquals("DRAFT", claim.getString("status"));
        assertEquals("60.00", claim.getString("balance"));
        assertEquals(409, manager.post("api/claims", "{\"chargesId\": " + sheetId + "}").statusCode(),
                "one claim per visit per payer");
        assertEquals(409, pay(claimId, "10.00", "").statusCode(), "a claim not sent takes no payment");

        claim = move(claim, "READY", null);
        // the payer's ready claims, as a list: each names its charges and carries its history, and the
        // total counts them (the list reads the charges' id and the histories without a query per claim)
        JsonObject readyOfPayer = json(manager.get("api/claims?status=READY&payerId=" + payer));
        assertEquals(1, readyOfPayer.getJsonNumber("total").longValue(), readyOfPayer::toString);
        JsonObject listed = readyOfPayer.getJsonArray("items").getJsonObject(0);
        assertEquals(claimId, String.valueOf(listed.getJsonNumber("id")));
        assertEquals(sheetId, String.valueOf(listed.getJsonNumber("chargesId")));
        assertEquals(List.of("DRAFT", "READY"), listed.getJsonArray("events").stream()
                .map(e -> e.asJsonObject().getString("to")).toList());
        assertEquals(0, json(manager.get("api/claims?status=PAID&payerId=" + payer)).getJsonNumber("total").longValue());
        HttpResponse<String> noReason = manager.post("api/claims/" + claimId + "/status", "{\"version\": "
                + claim.getJsonNumber("version") + ", \"status\": \"DENIED\"}");
        assertEquals(409, noReason.statusCode(), "a ready claim is not denied: it was not sent");

        // the 837P file: refused while something a clearinghouse needs is missing, then sent
        HttpResponse<String> noPayerId = manager.post("api/claims/batch", "application/json", "");
        assertEquals(400, noPayerId.statusCode(), noPayerId::body);
        assertTrue(noPayerId.body().contains("has no electronic payer id"), noPayerId::body);
        JsonObject payerNow = json(manager.get("api/payers/" + payer));
        assertEquals(200, manager.put("api/payers/" + payer, "{\"version\": " + payerNow.getJsonNumber("version")
                + ", \"name\": \"Claims Mutual " + suffix + "\", \"unitRule\": \"CMS_8_MINUTE\", \"usesXModifiers\": true,"
                + " \"ediPayerId\": \"CM" + suffix.substring(0, 4) + "\"}").statusCode());
        HttpResponse<String> noNpi = manager.post("api/claims/batch", "application/json", "");
        assertTrue(noNpi.body().contains("has no NPI"), noNpi::body);
        fixture.withNpi(chiropractor, "1234567893");
        HttpResponse<String> noAddress = manager.post("api/claims/batch", "application/json", "");
        assertTrue(noAddress.body().contains("has no address"), noAddress::body);
        fixture.withAddress(patient);
        // a second ready claim, of a patient without an address: held back, the other one goes
        Patient unaddressed = insured(fixture.patient("Heldo", "Back"), payer);
        String otherNote = chart(unaddressed, List.of(
                "{\"code\": \"98940\", \"regions\": [\"LUMBAR\"], \"diagnosisCodes\": [\"M54.50\"]}"));
        sign(otherNote);
        JsonObject otherSheet = queueItem("payerId=" + payer, otherNote);
        assertEquals(200, manager.post("api/charges/" + otherSheet.getJsonNumber("id") + "/approve", "{\"version\": "
                + otherSheet.getJsonNumber("version") + "}").statusCode());
        JsonObject other = json(manager.post("api/claims", "{\"chargesId\": " + otherSheet.getJsonNumber("id") + "}"));
        move(other, "READY", null);
        HttpResponse<String> edi = manager.post("api/claims/batch", "application/json", "");
        assertEquals(201, edi.statusCode(), edi::body);
        assertEquals("1", edi.headers().firstValue("Claims-Sent").orElse(""), "one claim in the file");
        assertEquals("1", edi.headers().firstValue("Claims-Held").orElse(""), "one held back");
        assertFalse(edi.body().contains("CLM*" + other.getJsonNumber("id") + "*"), "the held claim is not in the file");
        assertEquals("READY", json(manager.get("api/claims/" + other.getJsonNumber("id"))).getString("status"),
                "the held claim waits in ready");
        String batchAddress = edi.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> again = manager.get(batchAddress.substring(batchAddress.indexOf("api/claims/batches/")));
        assertEquals(200, again.statusCode(), again::body);
        assertEquals(edi.body(), again.body(), "the kept file is the file that was sent");
        JsonObject kept = json(manager.get("api/claims/batches?max=5")).getJsonArray("items").getJsonObject(0);
        assertEquals(1, kept.getInt("claims"));
        assertEquals(1, kept.getJsonArray("held").size());
        assertTrue(kept.getJsonArray("held").getString(0).contains("Heldo")
                && kept.getJsonArray("held").getString(0).contains("has no address"), kept::toString);
        assertEquals(403, desk.get("api/claims/batches").statusCode(), "the front desk does not read claim files");
        assertTrue(edi.body().startsWith("ISA*00*"), edi::body);
        assertTrue(edi.body().contains("CLM*" + claimId + "*60*"), "the claim with its total");
        assertTrue(edi.body().contains("HI*ABK:M542~"), "the diagnosis without its dot");
        assertTrue(edi.body().contains("SV1*HC:97140*60*UN*2***1~"), "the line: code, amount, units, pointer");
        assertTrue(edi.body().contains("NM1*PR*2*Claims Mutual " + suffix + "*****PI*CM"), edi::body);
        claim = json(manager.get("api/claims/" + claimId));
        assertEquals("SUBMITTED", claim.getString("status"), "sent in the file");

        HttpResponse<String> first = pay(claimId, "40.00", ", \"adjustments\": [{\"group\": \"CO\", \"reasonCode\": \"45\","
                + " \"amount\": \"5.00\"}, {\"group\": \"PR\", \"reasonCode\": \"2\", \"amount\": \"10.00\"}]");
        assertEquals(201, first.statusCode(), first::body);
        JsonObject partly = json(first).getJsonObject("claim");
        assertEquals("PARTIALLY_PAID", partly.getString("status"));
        assertEquals("40.00", partly.getString("paid"));
        assertEquals("15.00", partly.getString("adjusted"));
        assertEquals("10.00", partly.getString("patientShare"));
        assertEquals("5.00", partly.getString("balance"));
        JsonObject balance = json(desk.get("api/patients/" + patient.getId() + "/balance"));
        assertEquals("10.00", balance.getString("balance"), "the coinsurance is the patient's");
        assertEquals("$10.00 owed", balance.getString("words"));

        JsonObject aging = json(manager.get("api/reports/ar-aging"));
        JsonObject row = aging.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("name").equals("Claims Mutual " + suffix)).findFirst().orElseThrow();
        // the open 5.00 of this claim and the held claim's 40.00 (still ready: money the payer will owe),
        // both seen today, so 0-30 days old
        assertEquals("45.00", row.getJsonObject("buckets").getString("0-30"), "seen today: 0-30 days old");
        assertEquals("45.00", row.getString("total"));
        assertEquals(400, manager.get("api/reports/ar-aging?by=LOCATION").statusCode());
        JsonArray here = json(manager.get("api/reports/ar-aging?by=patient&locationId=" + location.getId()))
                .getJsonArray("rows");
        assertTrue(!here.isEmpty() && here.stream().map(JsonValue::asJsonObject)
                .allMatch(r -> r.getString("name").contains(suffix)), "only this location's patients: " + here);
        assertTrue(json(manager.get("api/reports/ar-aging?by=patient")).getJsonArray("rows").size() > here.size(),
                "every location's: the demo clinic's too");
        assertTrue(json(manager.get("api/reports/ar-aging?by=patient")).getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject).anyMatch(r -> r.getString("name").equals(patient.getSortName())));

        HttpResponse<String> tooMuch = pay(claimId, "6.00", "");
        assertEquals(400, tooMuch.statusCode());
        assertTrue(tooMuch.body().contains("more than the claim's balance ($5.00)"), tooMuch::body);
        HttpResponse<String> badAdjustment = pay(claimId, "1.00", ", \"adjustments\": [{\"group\": \"XX\","
                + " \"reasonCode\": \"45\", \"amount\": \"1.00\"}]");
        assertEquals(400, badAdjustment.statusCode());
        assertEquals("5.00", json(manager.get("api/claims/" + claimId)).getString("balance"), "nothing changed");
        HttpResponse<String> rest = pay(claimId, "5.00", "");
        assertEquals("PAID", json(rest).getJsonObject("claim").getString("status"));
        assertEquals(2, array(manager.get("api/claims/" + claimId + "/payments")).size());
        JsonArray events = json(manager.get("api/claims/" + claimId)).getJsonArray("events");
        assertEquals(List.of("DRAFT", "READY", "SUBMITTED", "PARTIALLY_PAID", "PAID"), events.stream()
                .map(e -> e.asJsonObject().getString("to")).toList(), "every transition, in order");
        assertEquals("mgr" + suffix, events.getJsonObject(4).getString("by"));

        HttpResponse<String> gap = manager.post("api/claims/" + claimId + "/secondary", "");
        assertEquals(201, gap.statusCode(), gap::body);
        assertEquals("10.00", json(gap).getString("charged"), "the secondary payer is billed what the primary left");
        assertEquals("Gap Cover " + suffix, json(gap).getString("payer"));
        assertEquals(409, manager.post("api/claims/" + claimId + "/secondary", "").statusCode());
        assertEquals("0.00", json(desk.get("api/patients/" + patient.getId() + "/balance")).getString("balance"),
                "the secondary payer took over the patient's share");

        HttpResponse<String> desk10 = desk.post("api/patients/" + patient.getId() + "/payments",
                "{\"amount\": \"10.00\", \"method\": \"CARD\"}");
        assertEquals(201, desk10.statusCode(), desk10::body);
        assertEquals("$10.00 credit", json(desk.get("api/patients/" + patient.getId() + "/balance")).getString("words"));
        assertEquals(400, desk.post("api/patients/" + patient.getId() + "/payments",
                "{\"amount\": \"-3\", \"method\": \"BARTER\"}").statusCode());
        assertEquals(403, desk.post("api/claims/" + claimId + "/payments", "{\"amount\": \"1.00\", \"method\": \"EFT\"}")
                .statusCode(), "payers' payments are the managers'");

        HttpResponse<byte[]> pdf = desk.bytes("api/patients/" + patient.getId() + "/superbill?from=" + today.minusDays(2)
                + "&to=" + today.plusDays(2), "application/pdf");
        assertEquals(200, pdf.statusCode());
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Superbill") && text.contains("Clai Mant"), text);
        assertTrue(text.contains("ART Clinic Demo Practice") && text.contains("NPI 1234567893")
                && text.contains("Tax ID 00-0000000"), "the billing practice, as configured: " + text);
        assertTrue(text.contains("97140") && text.contains("M54.2") && text.contains("Neck pain"), text);
        assertTrue(text.contains("Total charged: $60.00") && text.contains("Paid by insurers: $45.00")
                && text.contains("Paid by the patient in this period: $10.00") && text.contains("Balance today: $10.00 credit"),
                text);
        // the statement: the patient's bill, without codes; the visit split into its columns, nothing due
        HttpResponse<byte[]> statementPdf = desk.bytes("api/patients/" + patient.getId() + "/statement?from="
                + today.minusDays(2) + "&to=" + today.plusDays(2), "application/pdf");
        assertEquals(200, statementPdf.statusCode());
        com.lowagie.text.pdf.PdfReader statementReader = new com.lowagie.text.pdf.PdfReader(statementPdf.body());
        String statement = new com.lowagie.text.pdf.parser.PdfTextExtractor(statementReader).getTextFromPage(1);
        assertTrue(statement.contains("Patient statement") && statement.contains("Balance brought forward: $0.00"),
                statement);
        assertTrue(statement.contains("Visit with Dr Bill") && statement.contains("$60.00"), statement);
        assertTrue(statement.contains("Payment, thank you (card)") && statement.contains("Nothing is due. Your balance:"
                + " $10.00 credit."), statement);
        assertFalse(statement.contains("97140") || statement.contains("M54.2"), "no codes on the patient's bill");
        assertEquals(400, desk.bytes("api/patients/" + patient.getId() + "/statement?from=2026-12-31&to=2026-01-01",
                "application/pdf").statusCode(), "a period that ends before it starts");
        assertEquals(403, practitioner.bytes("api/patients/" + patient.getId() + "/statement", "application/pdf")
                .statusCode(),
                "statements are the front desk's and the managers'");
        String period = "&from=" + today.minusDays(2) + "&to=" + today.plusDays(2) + "&locationId=" + location.getId();
        JsonObject byPractitioner = array(manager.get("api/reports/revenue?by=practitioner" + period)).getJsonObject(0);
        // this patient's visit (97140, 2 units, $60.00) and the held claim's (98940, 1 unit, $40.00)
        assertEquals(2, byPractitioner.getInt("visits"));
        assertEquals(3, byPractitioner.getInt("units"));
        assertEquals("1.50", byPractitioner.getString("unitsPerVisit"));
        assertEquals("100.00", byPractitioner.getString("charged"));
        assertEquals("45.00", byPractitioner.getString("paid"), "what the payer paid of the visits' claims");
        JsonObject byCode = array(manager.get("api/reports/revenue?by=CODE" + period)).getJsonObject(0);
        assertEquals("97140", byCode.getString("key"));
        assertTrue(!byCode.containsKey("paid"), "a payer pays a claim, not a line");
        JsonObject byMonth = array(manager.get("api/reports/revenue?by=MONTH" + period)).getJsonObject(0);
        assertTrue(byMonth.getString("name").matches("\\d{4}-\\d{2}"), byMonth::toString);
        assertEquals(400, manager.get("api/reports/revenue?by=WEEKDAY&from=2026-12-31&to=2026-01-01").statusCode());
        JsonObject attendance = array(manager.get("api/reports/attendance?" + period.substring(1))).getJsonObject(0);
        assertEquals(2, attendance.getInt("due"));
        assertEquals("0.0", attendance.getString("noShowRate"));
        assertEquals(403, desk.get("api/reports/revenue").statusCode());
        assertEquals(400, desk.bytes("api/patients/" + patient.getId() + "/superbill?from=2026-02-30",
                "application/pdf, application/json").statusCode(), "not a day");
    }

    @Test
    void paymentsPostedToOneClaimAtOnceAllCount() throws Exception {
        String payer = payer("Busy Payer " + suffix, "COMMERCIAL", "PER_SERVICE", false, true);
        fee(payer, "98942", "100.00");
        Patient patient = insured(fixture.patient("Con", "Current"), payer);
        String note = chart(patient, List.of("{\"code\": \"98942\", \"regions\": [\"CERVICAL\", \"THORACIC\","
                + " \"LUMBAR\", \"SACRAL\", \"PELVIC\"], \"diagnosisCodes\": [\"M99.01\"]}"));
        sign(note);
        JsonObject sheet = queueItem("payerId=" + payer, note);
        manager.post("api/charges/" + sheet.getJsonNumber("id") + "/approve", "{\"version\": "
                + sheet.getJsonNumber("version") + "}");
        JsonObject claim = json(manager.post("api/claims", "{\"chargesId\": " + sheet.getJsonNumber("id") + "}"));
        String claimId = String.valueOf(claim.getJsonNumber("id"));
        move(move(claim, "READY", null), "SUBMITTED", null);
        fixture.staffWhoSignsIn("mgr2" + suffix, PASSWORD, Role.MANAGER);
        List<ApiClient> managers = List.of(manager, new ApiClient(base, "mgr2" + suffix, PASSWORD));

        int postings = 10;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(postings);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < postings; i++) {
                ApiClient who = managers.get(i % 2);
                String reference = "CHK-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return who.post("api/claims/" + claimId + "/payments", "{\"amount\": \"5.00\", \"method\": \"CHECK\","
                            + " \"reference\": \"" + reference + "\"}").statusCode();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertEquals(201, answer.get(60, java.util.concurrent.TimeUnit.SECONDS), "no posting refused");
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject after = json(manager.get("api/claims/" + claimId));
        assertEquals("50.00", after.getString("paid"), "ten payments of 5.00, none lost");
        assertEquals("50.00", after.getString("balance"));
        assertEquals(postings, array(manager.get("api/claims/" + claimId + "/payments")).size());
    }

    @Test
    void theCopayTakenAtCheckInIsThePatientsPayment() throws Exception {
        Patient patient = screen(fixture.patient("Co", "Pay"));
        ZonedDateTime at = today.atTime(0, 15).plusMinutes(45L * visits++).atZone(zone);
        Appointment visit = asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(),
                chiropractor.getId(), location.getId(), null, null, at.toInstant(), at.plusMinutes(45).toInstant(), null)));
        HttpResponse<String> checkedIn = desk.post("api/appointments/" + visit.getId() + "/check-in",
                "{\"copayCollected\": \"25.00\"}");
        assertEquals(200, checkedIn.statusCode(), checkedIn::body);
        JsonObject payment = array(desk.get("api/patients/" + patient.getId() + "/payments")).getJsonObject(0);
        assertEquals("25.00", payment.getString("amount"));
        assertEquals("PATIENT", payment.getString("source"));
        assertEquals("NOT_RECORDED", payment.getString("method"));
        assertEquals("$25.00 credit", json(desk.get("api/patients/" + patient.getId() + "/balance")).getString("words"),
                "nothing charged yet: the copay waits as a credit");

        JsonObject selfPay = array(manager.get("api/payers")).getJsonObject(0);
        String fees = manager.get("api/payers/" + selfPay.getJsonNumber("id") + "/fees").body();
        if (!fees.contains("\"98940\"")) {
            fee(String.valueOf(selfPay.getJsonNumber("id")), "98940", "55.00");
        }
        HttpResponse<String> opened = practitioner.post("api/visits", "{\"appointmentId\": " + visit.getId() + "}");
        String note = ApiClient.field(opened.body(), "id");
        practitioner.post("api/visits/" + note + "/services",
                "{\"code\": \"98940\", \"regions\": [\"LUMBAR\"], \"diagnosisCodes\": [\"M99.03\"]}");
        sign(note);
        JsonObject sheet = queueItem("payerId=" + selfPay.getJsonNumber("id"), note);
        manager.post("api/charges/" + sheet.getJsonNumber("id") + "/approve", "{\"version\": "
                + sheet.getJsonNumber("version") + "}");
        String unit = lines(note).get("98940").getString("amount");
        java.math.BigDecimal owed = new java.math.BigDecimal(unit).subtract(new java.math.BigDecimal("25.00"));
        assertEquals(owed.toPlainString(), json(desk.get("api/patients/" + patient.getId() + "/balance")).getString("balance"),
                "the approved self-pay visit less the copay");
        HttpResponse<String> claim = manager.post("api/claims", "{\"chargesId\": " + sheet.getJsonNumber("id") + "}");
        assertEquals(409, claim.statusCode());
        assertTrue(claim.body().contains("self-pay"), claim::body);
    }

    private HttpResponse<String> pay(String claimId, String amount, String more) throws Exception {
        return manager.post("api/claims/" + claimId + "/payments", "{\"amount\": \"" + amount
                + "\", \"method\": \"EFT\", \"reference\": \"EFT-1\"" + more + "}");
    }

    private JsonObject move(JsonObject claim, String status, String note) throws Exception {
        HttpResponse<String> moved = manager.post("api/claims/" + claim.getJsonNumber("id") + "/status", "{\"version\": "
                + claim.getJsonNumber("version") + ", \"status\": \"" + status + "\""
                + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}");
        assertEquals(200, moved.statusCode(), moved::body);
        assertEquals(status, json(moved).getString("status"));
        return json(moved);
    }

    // --- helpers ---

    private String payer(String name, String kind, String rule, boolean gp, boolean x) throws Exception {
        HttpResponse<String> created = manager.post("api/payers", "{\"name\": \"" + name + "\", \"kind\": \"" + kind
                + "\", \"unitRule\": \"" + rule + "\", \"requiresGp\": " + gp + ", \"usesXModifiers\": " + x + "}");
        assertEquals(201, created.statusCode(), created::body);
        return String.valueOf(json(created).getJsonNumber("id"));
    }

    /** What the billing overview shows for today's visits. */
    private ChargeOverview overview() throws Exception {
        return asManager.call(() -> charges.overview(today, today));
    }

    private void fee(String payer, String code, String fee) throws Exception {
        HttpResponse<String> added = manager.post("api/payers/" + payer + "/fees",
                "{\"code\": \"" + code + "\", \"fee\": \"" + fee + "\", \"effectiveFrom\": \"2020-01-01\"}");
        assertEquals(201, added.statusCode(), added::body);
    }

    private Patient insured(Patient patient, String payer) throws Exception {
        HttpResponse<String> policy = desk.post("api/patients/" + patient.getId() + "/policies",
                "{\"payerId\": " + payer + ", \"memberId\": \"M" + suffix + "\", \"primary\": true}");
        assertEquals(201, policy.statusCode(), policy::body);
        return screen(patient);
    }

    private Patient screen(Patient patient) throws Exception {
        asFrontDesk.call(() -> intakes.recordConsent(patient.getId(), null, LocalDate.now(ZoneOffset.UTC).minusDays(1),
                "Sam Witness"));
        asPractitioner.call(() -> intakes.recordIntake(patient.getId(), null, IntakeDetails.of("Sore after training",
                List.of(new ComplaintRegion(BodyRegion.LOW_BACK, Side.BOTH))),
                new ScreeningAnswers(false, false, false, false, false, List.of())));
        return patient;
    }

    /** Books a visit this morning (00:15, then every 45 minutes), opens its note and charts the services; the note's id. */
    private String chart(Patient patient, List<String> services) throws Exception {
        ZonedDateTime at = today.atTime(0, 15).plusMinutes(45L * visits++).atZone(zone);
        Appointment visit = asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(),
                chiropractor.getId(), location.getId(), null, null, at.toInstant(), at.plusMinutes(45).toInstant(), null)));
        HttpResponse<String> opened = practitioner.post("api/visits", "{\"appointmentId\": " + visit.getId() + "}");
        assertEquals(201, opened.statusCode(), opened::body);
        String note = ApiClient.field(opened.body(), "id");
        for (String service : services) {
            HttpResponse<String> added = practitioner.post("api/visits/" + note + "/services", service);
            assertEquals(201, added.statusCode(), added::body);
        }
        return note;
    }

    private void sign(String note) throws Exception {
        HttpResponse<String> signed = practitioner.post("api/visits/" + note + "/sign", "{\"password\": \"" + PASSWORD + "\"}");
        assertEquals(200, signed.statusCode(), signed::body);
    }

    private Map<String, JsonObject> lines(String note) throws Exception {
        HttpResponse<String> charges = manager.get("api/visits/" + note + "/charges");
        assertEquals(200, charges.statusCode(), charges::body);
        return array(charges).stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(l -> l.getString("code"), l -> l));
    }

    private JsonObject queueItem(String filter, String note) throws Exception {
        HttpResponse<String> page = manager.get("api/charges?locationId=" + location.getId() + "&" + filter);
        assertEquals(200, page.statusCode(), page::body);
        return json(page).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(s -> String.valueOf(s.getJsonNumber("visitId")).equals(note)).findFirst()
                .orElseThrow(() -> new AssertionError("visit " + note + " is not in the queue filtered by " + filter));
    }

    private static List<String> modifiers(JsonObject line) {
        return strings(line.getJsonArray("modifiers"));
    }

    private static String reason(JsonObject line, String modifier) {
        return line.getJsonArray("modifierReasons").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("modifier").equals(modifier)).map(r -> r.getString("reason")).findFirst()
                .orElse("");
    }

    private static List<String> warningCodes(JsonObject line) {
        return line.getJsonArray("warnings").stream().map(w -> w.asJsonObject().getString("code")).toList();
    }

    private static List<Integer> pointers(JsonObject line) {
        return line.getJsonArray("diagnosisPointers").stream().map(p -> ((jakarta.json.JsonNumber) p).intValue()).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
