package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.artclinic.clinic.intake.TreatmentGate.ConsentState;
import org.artclinic.clinic.intake.TreatmentHold.Paperwork;
import org.junit.jupiter.api.Test;

/** The front desk's view of the screening: on hold or not, and the paperwork, never the reasons. */
class TreatmentHoldTest {

    private static final ScreeningDecision CLEAR = RedFlagScreening.screen(ScreeningAnswers.none());
    private static final ScreeningDecision TRAUMA_AND_OPEN_WOUND_ON_KNEE = RedFlagScreening.screen(
            new ScreeningAnswers(true, false, false, true, false,
                    List.of(new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.OPEN_WOUND))));

    @Test
    void aReferralIsALetterToCollectAndNamesNoRedFlag() {
        TreatmentGate gate = TreatmentGate.of(TRAUMA_AND_OPEN_WOUND_ON_KNEE, null, ConsentState.CURRENT);

        TreatmentHold hold = TreatmentHold.of(7, gate, 2);

        assertTrue(hold.onHold());
        assertEquals(List.of(Paperwork.CLEARANCE_LETTER), hold.missing());
        assertTrue(hold.clearanceLetterMissing());
        String words = String.join(" ", hold.words()).toLowerCase();
        assertTrue(words.contains("clearance letter"), words);
        for (String clinical : List.of("trauma", "fall", "fracture", "wound", "knee", "precaution")) {
            assertFalse(words.contains(clinical), clinical + " in " + words);
        }
    }

    @Test
    void aClearedReferralWithABlockedRegionIsNotOnHoldAndSaysNothingOfTheRegion() {
        TreatmentGate gate = TreatmentGate.of(TRAUMA_AND_OPEN_WOUND_ON_KNEE, "Cleared", ConsentState.CURRENT);

        TreatmentHold hold = TreatmentHold.of(7, gate, 2);

        assertFalse(hold.onHold());
        assertTrue(hold.missing().isEmpty());
        assertTrue(hold.words().isEmpty());
    }

    @Test
    void noIntakeAndNoConsentAreTwoThingsToDoInThatOrder() {
        TreatmentHold hold = TreatmentHold.of(7, TreatmentGate.noIntake(ConsentState.MISSING), null);

        assertTrue(hold.onHold());
        assertTrue(hold.intakeMissing());
        assertEquals(List.of(Paperwork.INTAKE, Paperwork.CONSENT), hold.missing());
    }

    @Test
    void aWithdrawnConsentNeedsASignatureAndAChangedTextARenewal() {
        assertEquals(List.of(Paperwork.CONSENT),
                TreatmentHold.of(7, TreatmentGate.of(CLEAR, null, ConsentState.WITHDRAWN), null).missing());
        assertEquals(List.of(Paperwork.CONSENT_RENEWAL),
                TreatmentHold.of(7, TreatmentGate.of(CLEAR, null, ConsentState.OUTDATED), null).missing());
        TreatmentHold ready = TreatmentHold.of(7, TreatmentGate.of(CLEAR, null, ConsentState.CURRENT), null);
        assertFalse(ready.onHold());
        assertEquals(ConsentState.CURRENT, ready.consent());
    }
}
