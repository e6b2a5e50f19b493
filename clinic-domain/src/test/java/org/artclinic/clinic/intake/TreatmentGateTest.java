package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.TreatmentGate.ConsentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When a patient may be treated, and the words that say why not. */
class TreatmentGateTest {

    private static final ScreeningDecision CLEAR = RedFlagScreening.screen(ScreeningAnswers.none());
    private static final ScreeningDecision TRAUMA = RedFlagScreening.screen(
            new ScreeningAnswers(true, false, false, false, false, List.of()));
    private static final ScreeningDecision TRAUMA_AND_OPEN_WOUND_ON_KNEE = RedFlagScreening.screen(
            new ScreeningAnswers(true, false, false, true, false,
                    List.of(new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.OPEN_WOUND))));

    @Test
    void aScreenedConsentingPatientWithoutFlagsMayBeTreatedAnywhere() {
        TreatmentGate gate = TreatmentGate.of(CLEAR, null, ConsentState.CURRENT);

        assertTrue(gate.treatmentAllowed());
        for (BodyRegion region : BodyRegion.values()) {
            assertTrue(gate.allows(region), region.name());
        }
        gate.requireAllowed(BodyRegion.NECK);
        gate.requireAllowed(null);
        assertEquals(List.of(), gate.blockers());
    }

    @Test
    void nobodyIsTreatedBeforeAnIntakeWithScreening() {
        TreatmentGate gate = TreatmentGate.noIntake(ConsentState.CURRENT);

        assertFalse(gate.treatmentAllowed());
        DomainException refused = assertThrows(DomainException.class, () -> gate.requireAllowed(BodyRegion.NECK));
        assertEquals("No intake assessment with red-flag screening is recorded for this patient. "
                + "Record the intake before treating.", refused.getMessage());
    }

    @Test
    void aRedFlagBlocksEveryRegionUntilCleared() {
        TreatmentGate gate = TreatmentGate.of(TRAUMA, null, ConsentState.CURRENT);

        assertTrue(gate.referralPending());
        assertFalse(gate.treatmentAllowed());
        for (BodyRegion region : BodyRegion.values()) {
            assertFalse(gate.allows(region), region.name());
        }
        DomainException refused = assertThrows(DomainException.class, () -> gate.requireAllowed(BodyRegion.NECK));
        assertEquals("Treatment is on hold until a practitioner records a clearance: the intake found recent trauma "
                + "(a fall, a collision or a suspected fracture). Refer the patient for a medical evaluation first.",
                refused.getMessage());
    }

    @Test
    void aLaterIntakeWithoutRedFlagsDoesNotLiftAnEarlierReferralThatNobodyCleared() {
        TreatmentGate gate = TreatmentGate.of(CLEAR, null, ConsentState.CURRENT).withEarlierReferral(TRAUMA);

        assertTrue(gate.referralPending());
        assertFalse(gate.treatmentAllowed());
        assertEquals(List.of(RedFlag.RECENT_TRAUMA.patientWords()), gate.referralReasons());
        assertEquals(TRAUMA.referralFlags(), gate.pendingReferralFlags());
        DomainException refused = assertThrows(DomainException.class, () -> gate.requireAllowed(null));
        assertEquals("Treatment is on hold until a practitioner records a clearance: an earlier intake found recent "
                + "trauma (a fall, a collision or a suspected fracture). Refer the patient for a medical evaluation "
                + "first.", refused.getMessage());
    }

    @Test
    void aClearanceLiftsTheReferralButKeepsItsReasonsOnRecord() {
        TreatmentGate gate = TreatmentGate.of(TRAUMA, "Cleared by Dr. Ruiz on a letter", ConsentState.CURRENT);

        assertFalse(gate.referralPending());
        assertTrue(gate.treatmentAllowed());
        assertTrue(gate.allows(BodyRegion.NECK));
        assertEquals(List.of(RedFlag.RECENT_TRAUMA.patientWords()), gate.referralReasons());
    }

    @Test
    void aBlockedRegionStaysBlockedAfterAClearanceWhileOthersOpen() {
        TreatmentGate gate = TreatmentGate.of(TRAUMA_AND_OPEN_WOUND_ON_KNEE, "Cleared", ConsentState.CURRENT);

        assertTrue(gate.treatmentAllowed());
        assertTrue(gate.allows(BodyRegion.HIP));
        assertFalse(gate.allows(BodyRegion.KNEE));
        DomainException refused = assertThrows(DomainException.class, () -> gate.requireAllowed(BodyRegion.KNEE));
        assertEquals("Do not treat the knee: an open wound.", refused.getMessage());
        assertEquals(List.of("BLEEDING_RISK"), gate.precautions().stream().map(DecisionLine::getCode).toList());
    }

    @Test
    void beforeAClearanceTheReferralIsGivenEvenForABlockedRegion() {
        TreatmentGate gate = TreatmentGate.of(TRAUMA_AND_OPEN_WOUND_ON_KNEE, null, ConsentState.CURRENT);

        String refusal = gate.refusal(BodyRegion.KNEE).orElseThrow();

        assertTrue(refusal.startsWith("Treatment is on hold until a practitioner records a clearance"), refusal);
    }

    @ParameterizedTest
    @EnumSource(value = ConsentState.class, names = "CURRENT", mode = EnumSource.Mode.EXCLUDE)
    void withoutACurrentConsentNoRegionMayBeTreated(ConsentState consent) {
        TreatmentGate gate = TreatmentGate.of(CLEAR, null, consent);

        assertTrue(gate.consentMissing());
        assertFalse(gate.treatmentAllowed());
        DomainException refused = assertThrows(DomainException.class, () -> gate.requireAllowed(BodyRegion.HIP));
        assertEquals(consent.words(), refused.getMessage());
    }

    @Test
    void everyBlockerIsNamedAtOnceSoTheyCanBeFixedTogether() {
        TreatmentGate gate = TreatmentGate.of(TRAUMA, null, ConsentState.MISSING);

        List<String> blockers = gate.blockers();

        assertEquals(2, blockers.size());
        assertTrue(blockers.get(0).startsWith("Treatment is on hold"), blockers.get(0));
        assertEquals(ConsentState.MISSING.words(), blockers.get(1));
        String message = assertThrows(DomainException.class, () -> gate.requireAllowed(null)).getMessage();
        assertTrue(message.contains("informed consent"), message);
    }
}
