package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsManager;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.SqlStatements;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The treatment gate holds in the service layer, against the real database: red flags block every
 * region until a clearance, local contraindications block their region even after it, and no
 * treatment without an intake or a current consent. Each test makes its own patient.
 */
@ExtendWith(ArquillianExtension.class)
class TreatmentGateIT {

    /**
     * A date that is not in the future wherever the clinic is: the service checks dates against the
     * clinic's day (ClinicClock), which may be behind the test machine's.
     */
    private static final LocalDate YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    private static final List<ComplaintRegion> NECK = List.of(new ComplaintRegion(BodyRegion.NECK, Side.RIGHT));

    @EJB
    private IntakeService intakes;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsManager asManager;

    @EJB
    private AsAdmin asAdmin;

    @Inject
    private ClinicFixture clinic;

    @EJB
    private SqlStatements sql;

    private static ScreeningAnswers trauma(LocalContraindication... local) {
        return new ScreeningAnswers(true, false, false, false, false, List.of(local));
    }

    private Patient consentingPatient(String given) throws Exception {
        Patient patient = clinic.patient(given, "Gate");
        asFrontDesk.call(() -> intakes.recordConsent(patient.getId(), null, YESTERDAY, "Sam Witness"));
        return patient;
    }

    private IntakeAssessment intake(Patient patient, ScreeningAnswers screening) throws Exception {
        return asPractitioner.call(() -> intakes.recordIntake(patient.getId(), null,
                IntakeDetails.of("Neck pain after a fall on the ice", NECK), screening));
    }

    private DomainException refusal(Patient patient, BodyRegion region) {
        return assertThrows(DomainException.class,
                () -> asPractitioner.call(() -> {
                    intakes.requireTreatmentAllowed(patient.getId(), region);
                    return null;
                }));
    }

    private void allowed(Patient patient, BodyRegion region) throws Exception {
        asPractitioner.call(() -> {
            intakes.requireTreatmentAllowed(patient.getId(), region);
            return null;
        });
    }

    @Test
    void aRedFlagBlocksTreatmentUntilAPractitionerRecordsAClearance() throws Exception {
        Patient patient = consentingPatient("Rita");
        IntakeAssessment intake = intake(patient, trauma());

        assertTrue(intake.isReferralRequired());
        DomainException blocked = refusal(patient, BodyRegion.NECK);
        assertTrue(blocked.getMessage().startsWith("Treatment is on hold until a practitioner records a clearance: "
                + "the intake found recent trauma"), blocked.getMessage());
        refusal(patient, null);
        TreatmentEligibility before = asPractitioner.call(() -> intakes.treatmentEligibility(patient.getId()));
        assertFalse(before.treatmentAllowed());
        assertTrue(before.referralPending());
        assertEquals(List.of(RedFlag.RECENT_TRAUMA.patientWords()), before.referralReasons());
        IntakeAlerts header = asPractitioner.call(() -> intakes.alerts(patient.getId()));
        assertEquals(List.of("recent trauma (a fall, a collision or a suspected fracture)"), header.referralReasons());
        // the front desk: on hold, a letter to collect, and nothing of why (minimum necessary)
        TreatmentHold desk = asFrontDesk.call(() -> intakes.treatmentHold(patient.getId()));
        assertTrue(desk.onHold());
        assertEquals(List.of(TreatmentHold.Paperwork.CLEARANCE_LETTER), desk.missing());
        IntakeAlerts deskHeader = asFrontDesk.call(() -> intakes.alerts(patient.getId()));
        assertTrue(deskHeader.referralPending() && deskHeader.isOnHold());
        assertEquals(List.of(), deskHeader.referralReasons());
        assertThrows(EJBAccessException.class,
                () -> asFrontDesk.call(() -> intakes.treatmentEligibility(patient.getId())));

        TreatmentClearance clearance = asPractitioner.call(() -> intakes.recordClearance(patient.getId(), null,
                ClearanceEvidence.PHYSICIAN_LETTER, "Letter from Dr. Lee: X-ray clear, fit for soft-tissue work",
                LocalDate.now().minusDays(1)));

        assertEquals(intake.getId(), clearance.getIntake().getId());
        assertFalse(clearance.getClearedByName().isBlank());
        allowed(patient, BodyRegion.NECK);
        TreatmentEligibility after = asPractitioner.call(() -> intakes.treatmentEligibility(patient.getId()));
        assertTrue(after.treatmentAllowed());
        assertEquals(clearance.getId(), after.clearance().getId());
        assertEquals(List.of(RedFlag.RECENT_TRAUMA.patientWords()), after.referralReasons(), "kept on record");
        assertEquals(List.of(), asFrontDesk.call(() -> intakes.alerts(patient.getId())).referralReasons());
        DomainException twice = assertThrows(DomainException.class, () -> asPractitioner.call(
                () -> intakes.recordClearance(patient.getId(), null, ClearanceEvidence.OTHER, "Again", null)));
        assertEquals("The referral of this intake was cleared already.", twice.getMessage());
    }

    @Test
    void aBlockedRegionStaysBlockedAfterTheClearanceWhileOtherRegionsOpen() throws Exception {
        Patient patient = consentingPatient("Kim");
        intake(patient, trauma(new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.UNHEALED_SURGICAL_SITE)));
        asPractitioner.call(() -> intakes.recordClearance(patient.getId(), null, ClearanceEvidence.SPECIALIST_REPORT,
                "Orthopaedic surgeon: no fracture", null));

        allowed(patient, BodyRegion.HIP);
        allowed(patient, null);
        assertEquals("Do not treat the knee: a surgical site that has not healed yet.",
                refusal(patient, BodyRegion.KNEE).getMessage());
        TreatmentEligibility eligibility = asPractitioner.call(() -> intakes.treatmentEligibility(patient.getId()));
        assertEquals(Set.of(BodyRegion.KNEE), eligibility.blockedRegions().keySet());
        assertFalse(eligibility.allows(BodyRegion.KNEE));
        assertTrue(eligibility.allows(BodyRegion.NECK));
    }

    @Test
    void noTreatmentWithoutAnIntakeOrWithoutACurrentConsent() throws Exception {
        Patient patient = clinic.patient("Noor", "Gate");
        assertTrue(refusal(patient, BodyRegion.NECK).getMessage().startsWith("No intake assessment with red-flag "
                + "screening is recorded for this patient."));

        intake(patient, ScreeningAnswers.none());
        assertEquals(TreatmentGate.ConsentState.MISSING.words(), refusal(patient, BodyRegion.NECK).getMessage());
        assertTrue(asFrontDesk.call(() -> intakes.alerts(patient.getId())).consentMissing());

        asFrontDesk.call(() -> intakes.recordConsent(patient.getId(), null, YESTERDAY, "Sam Witness"));
        allowed(patient, BodyRegion.NECK);

        asFrontDesk.call(() -> intakes.withdrawConsent(patient.getId()));
        assertEquals(TreatmentGate.ConsentState.WITHDRAWN.words(), refusal(patient, BodyRegion.NECK).getMessage());
    }

    @Test
    void precautionsAreAllowedAndShownOnTheHeader() throws Exception {
        Patient patient = consentingPatient("Pia");
        intake(patient, new ScreeningAnswers(false, false, false, true, true, List.of()));

        allowed(patient, BodyRegion.LOW_BACK);
        IntakeAlerts header = asPractitioner.call(() -> intakes.alerts(patient.getId()));
        assertEquals(List.of("BLEEDING_RISK", "PREGNANCY"),
                header.precautions().stream().map(DecisionLine::getCode).toList());
        assertFalse(header.referralPending());
        assertEquals(List.of(), asFrontDesk.call(() -> intakes.alerts(patient.getId())).precautions(),
                "precautions are for practitioners");
    }

    @Test
    void theDecisionIsStoredWithTheIntakeAndALaterIntakeDoesNotLiftAnUnclearedReferral() throws Exception {
        Patient patient = consentingPatient("Lea");
        asFrontDesk.call(() -> intakes.recordSelfCheck(patient.getId(), Map.of(SelfCheckStatement.MUSCLE_OR_TENDON,
                true, SelfCheckStatement.WORSE_WITH_REPEATED_USE, true, SelfCheckStatement.OPEN_TO_EXERCISES, true)));
        IntakeAssessment first = intake(patient, trauma(new LocalContraindication(BodyRegion.NECK,
                ContraindicationReason.ACTIVE_INFECTION)));

        IntakeAssessment read = asPractitioner.call(() -> intakes.findIntake(first.getId()));
        assertEquals(RedFlagScreening.screen(first.screening()), read.decision());
        assertEquals(3, read.getSelfCheck().getApplyingCount());
        assertTrue(read.getSelfCheck().getGuidance().contains("not a diagnosis"));

        IntakeAssessment again = asPractitioner.call(() -> intakes.recordIntake(patient.getId(), first.getId(),
                IntakeDetails.of("Neck pain, infection treated", NECK), ScreeningAnswers.none()));

        assertEquals(first.getId(), again.getReassessmentOf().getId());
        TreatmentEligibility held = asPractitioner.call(() -> intakes.treatmentEligibility(patient.getId()));
        assertTrue(held.referralPending(), "the first intake's red flag still waits for its clearance");
        assertFalse(held.blockedRegions().containsKey(BodyRegion.NECK), "the latest intake governs the regions");
        assertThrows(DomainException.class,
                () -> asPractitioner.call(() -> {
                    intakes.requireTreatmentAllowed(patient.getId(), BodyRegion.NECK);
                    return null;
                }));

        TreatmentClearance cleared = asPractitioner.call(() -> intakes.recordClearance(patient.getId(), null,
                ClearanceEvidence.PHYSICIAN_LETTER, "GP letter: no fracture on X-ray", null));
        assertEquals(first.getId(), cleared.getIntake().getId(), "the clearance goes to the referral that waits");
        allowed(patient, BodyRegion.NECK);
        assertEquals(2, asPractitioner.call(() -> intakes.intakes(patient.getId())).size());
        assertTrue(asPractitioner.call(() -> intakes.findIntake(first.getId())).isReferralRequired(),
                "the first intake keeps its decision");
    }

    @Test
    void theAlertsOfManyPatientsReadTogetherAreEachPatientsOwn() throws Exception {
        Patient unscreened = clinic.patient("Abe", "Gate");
        Patient referred = consentingPatient("Bea");
        intake(referred, new ScreeningAnswers(true, false, false, false, true,
                List.of(new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.OPEN_WOUND))));
        Patient cleared = consentingPatient("Cal");
        intake(cleared, new ScreeningAnswers(true, false, false, true, false, List.of()));
        asPractitioner.call(() -> intakes.recordClearance(cleared.getId(), null, ClearanceEvidence.PHYSICIAN_LETTER,
                "GP letter: fit for soft-tissue work", null));
        Patient heldByEarlier = consentingPatient("Dee");
        IntakeAssessment first = intake(heldByEarlier, new ScreeningAnswers(false, true, false, false, false,
                List.of()));
        asPractitioner.call(() -> intakes.recordIntake(heldByEarlier.getId(), first.getId(),
                IntakeDetails.of("Neck pain, no fever now", NECK), ScreeningAnswers.none()));
        Patient withdrawn = consentingPatient("Eve");
        intake(withdrawn, ScreeningAnswers.none());
        asFrontDesk.call(() -> intakes.withdrawConsent(withdrawn.getId()));
        List<Long> day = List.of(withdrawn.getId(), referred.getId(), unscreened.getId(), cleared.getId(),
                heldByEarlier.getId(), referred.getId());

        Map<Long, IntakeAlerts> together = asPractitioner.call(() -> intakes.alerts(day));

        assertEquals(List.of(withdrawn.getId(), referred.getId(), unscreened.getId(), cleared.getId(),
                heldByEarlier.getId()), List.copyOf(together.keySet()), "each patient once, in the order asked");
        for (Long id : together.keySet()) {
            assertEquals(asPractitioner.call(() -> intakes.alerts(id)), together.get(id), "patient " + id);
        }
        Map<Long, IntakeAlerts> atTheDesk = asFrontDesk.call(() -> intakes.alerts(day));
        for (Long id : together.keySet()) {
            assertEquals(together.get(id).paperworkOnly(), atTheDesk.get(id), "the desk's view of patient " + id);
            assertTrue(atTheDesk.get(id).precautions().isEmpty() && atTheDesk.get(id).blockedRegions().isEmpty());
        }
        IntakeAlerts bea = together.get(referred.getId());
        assertEquals(List.of("recent trauma (a fall, a collision or a suspected fracture)"), bea.referralReasons());
        assertEquals(Set.of(BodyRegion.KNEE), bea.blockedRegions());
        assertEquals(List.of(Precaution.PREGNANCY.practitionerWords()),
                bea.precautions().stream().map(DecisionLine::getPractitionerText).toList());
        IntakeAlerts cal = together.get(cleared.getId());
        assertFalse(cal.isOnHold(), "the clearance lifted the referral");
        assertEquals(List.of(Precaution.BLEEDING_RISK.practitionerWords()),
                cal.precautions().stream().map(DecisionLine::getPractitionerText).toList());
        IntakeAlerts dee = together.get(heldByEarlier.getId());
        assertTrue(dee.referralPending(), "the first intake's red flag still waits");
        assertEquals(first.decision().referralFlags(), dee.referralReasons());
        assertFalse(together.get(unscreened.getId()).intakeRecorded());
        assertTrue(together.get(unscreened.getId()).consentMissing());
        assertTrue(together.get(withdrawn.getId()).consentMissing());
        assertTrue(together.get(withdrawn.getId()).intakeRecorded());
        assertEquals(Map.of(), asPractitioner.call(() -> intakes.alerts(List.of())));
        assertThrows(EJBAccessException.class, () -> asManager.call(() -> intakes.alerts(day)));
    }

    @Test
    void aDaysAlertsCostTheSameFewQueriesForThreePatientsAsForTwelve() throws Exception {
        List<Long> day = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Patient patient = consentingPatient("Q" + i);
            IntakeAssessment intake = intake(patient, new ScreeningAnswers(i % 3 == 0, false, false, i % 2 == 0,
                    false, i % 4 == 0 ? List.of(new LocalContraindication(BodyRegion.KNEE,
                            ContraindicationReason.OPEN_WOUND)) : List.of()));
            if (i % 6 == 0) {
                asPractitioner.call(() -> intakes.recordClearance(patient.getId(), intake.getId(),
                        ClearanceEvidence.PHYSICIAN_LETTER, "Cleared by the GP", null));
            }
            day.add(patient.getId());
        }

        SqlStatements.Counted<Map<Long, IntakeAlerts>> three =
                sql.during(() -> asPractitioner.call(() -> intakes.alerts(day.subList(0, 3))));
        SqlStatements.Counted<Map<Long, IntakeAlerts>> twelve =
                sql.during(() -> asPractitioner.call(() -> intakes.alerts(day)));

        assertEquals(12, twelve.result().size());
        assertTrue(twelve.statements().stream().anyMatch(q -> q.toUpperCase().contains("INTAKE")),
                "the count sees the queries: " + twelve.statements());
        assertTrue(twelve.statements().size() <= 8, "a handful of queries, not one per patient: " + twelve.statements());
        assertTrue(twelve.statements().size() <= three.statements().size(),
                "twelve patients cost no more queries than three: " + three.statements() + " vs " + twelve.statements());
        for (Long id : List.of(day.get(0), day.get(5), day.get(11))) {
            assertEquals(asPractitioner.call(() -> intakes.alerts(id)), twelve.result().get(id), "patient " + id);
        }
    }

    @Test
    void anIntakeWithoutARedFlagHasNothingToClearAndNothingIsStored() throws Exception {
        Patient patient = consentingPatient("Ola");
        intake(patient, ScreeningAnswers.none());

        DomainException e = assertThrows(DomainException.class, () -> asPractitioner.call(() -> intakes
                .recordClearance(patient.getId(), null, ClearanceEvidence.PHYSICIAN_LETTER, "Letter", null)));

        assertEquals("This intake found no red flag, so there is no referral to clear.", e.getMessage());
        assertNull(asPractitioner.call(() -> intakes.treatmentEligibility(patient.getId())).clearance());
    }

    @Test
    void onlyPractitionersRecordIntakesAndClearancesAndAskTheGate() throws Exception {
        Patient patient = consentingPatient("Uma");
        IntakeDetails details = IntakeDetails.of("Shoulder pain", NECK);

        assertThrows(EJBAccessException.class, () -> asFrontDesk.call(
                () -> intakes.recordIntake(patient.getId(), null, details, trauma())));
        assertThrows(EJBAccessException.class, () -> asAdmin.call(
                () -> intakes.recordIntake(patient.getId(), null, details, trauma())));
        intake(patient, trauma());
        assertThrows(EJBAccessException.class, () -> asFrontDesk.call(() -> intakes.recordClearance(patient.getId(),
                null, ClearanceEvidence.PHYSICIAN_LETTER, "Letter", null)));
        assertThrows(EJBAccessException.class, () -> asFrontDesk.call(() -> {
            intakes.requireTreatmentAllowed(patient.getId(), BodyRegion.NECK);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> asManager.call(() -> intakes.treatmentEligibility(patient.getId())));
        assertThrows(EJBAccessException.class, () -> asManager.call(() -> intakes.recordConsent(patient.getId(), null,
                LocalDate.now(), "Sam")));
        assertThrows(EJBAccessException.class, () -> asFrontDesk.call(() -> intakes.publishConsentText(1, "x", false)));
        assertTrue(asPractitioner.call(() -> intakes.treatmentEligibility(patient.getId())).referralPending(),
                "nothing was cleared");
    }

    @Test
    void eachConsentEditIsANewVersionAndOnlyMaterialOnesAskForNewSignatures() throws Exception {
        Patient patient = consentingPatient("Vera");
        intake(patient, ScreeningAnswers.none());
        ConsentText current = asAdmin.call(() -> intakes.currentConsentText()).orElseThrow();

        ConsentText wording = asAdmin.call(() -> intakes.publishConsentText(current.getNumber(),
                current.getBody() + "\n(Reworded " + clinic.suffix() + ")", false));

        assertEquals(current.getNumber() + 1, wording.getNumber());
        allowed(patient, BodyRegion.NECK);
        DomainException stale = assertThrows(DomainException.class, () -> asAdmin.call(
                () -> intakes.publishConsentText(current.getNumber(), "Another edit", false)));
        assertTrue(stale.getMessage().contains("was published while you were editing"), stale.getMessage());

        ConsentText material = asAdmin.call(() -> intakes.publishConsentText(wording.getNumber(),
                wording.getBody() + "\nNew risk explained " + clinic.suffix(), true));

        assertEquals(TreatmentGate.ConsentState.OUTDATED.words(), refusal(patient, BodyRegion.NECK).getMessage());
        PatientConsent signedOld = asFrontDesk.call(
                () -> intakes.recordConsent(patient.getId(), wording.getNumber(), YESTERDAY, "Sam Witness"));
        assertEquals(wording.getNumber(), signedOld.getText().getNumber());
        assertEquals(TreatmentGate.ConsentState.OUTDATED.words(), refusal(patient, BodyRegion.NECK).getMessage(),
                "signing the superseded version does not help");
        DomainException unknown = assertThrows(DomainException.class, () -> asFrontDesk.call(
                () -> intakes.recordConsent(patient.getId(), 999_999, YESTERDAY, "Sam Witness")));
        assertEquals("There is no version 999999 of the consent text.", unknown.getMessage());
        PatientConsent signedAgain = asFrontDesk.call(
                () -> intakes.recordConsent(patient.getId(), null, YESTERDAY, "Sam Witness"));
        assertEquals(material.getNumber(), signedAgain.getText().getNumber());
        allowed(patient, BodyRegion.NECK);
        assertTrue(asAdmin.call(() -> intakes.consentTextVersions()).size() >= 3, "every version is kept");
    }
}
