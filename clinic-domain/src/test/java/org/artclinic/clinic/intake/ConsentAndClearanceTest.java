package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.TreatmentGate.ConsentState;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.Sex;
import org.junit.jupiter.api.Test;

/** Consent versions, when a patient's consent is current, and what a clearance needs. */
class ConsentAndClearanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

    private final Patient ana = new Patient("P1", PatientDetails.basic("Ana", "Lopez", LocalDate.of(1990, 2, 3),
            Sex.FEMALE, null, null), TODAY);
    private final ConsentText first = new ConsentText(null, "I agree to manual therapy.", false, "admin",
            NOW.minusSeconds(86_400 * 30));

    private PatientConsent signed(ConsentText text) {
        return new PatientConsent(ana, text, TODAY, "Sam at the front desk", "frontdesk", NOW, TODAY);
    }

    @Test
    void theFirstVersionAlwaysNeedsSignaturesAndEachEditIsTheNextVersion() {
        ConsentText typo = new ConsentText(first, "I agree to manual therapy (ART).", false, "admin", NOW);
        ConsentText material = new ConsentText(typo, "I agree to manual therapy (ART); bruising may occur.", true,
                "admin", NOW);

        assertTrue(first.isRequiresNewSignature());
        assertEquals(1, first.getNumber());
        assertEquals(2, typo.getNumber());
        assertFalse(typo.isRequiresNewSignature());
        assertEquals(3, material.getNumber());
        DomainException unchanged = assertThrows(DomainException.class,
                () -> new ConsentText(material, material.getBody(), true, "admin", NOW));
        assertEquals("The consent text is unchanged; there is nothing to publish.", unchanged.getMessage());
    }

    @Test
    void aConsentIsCurrentUntilAVersionThatNeedsNewSignatures() {
        PatientConsent consent = signed(first);
        ConsentText typo = new ConsentText(first, "I agree to manual therapy (ART).", false, "admin", NOW);
        ConsentText material = new ConsentText(typo, "I agree to ART; bruising may occur.", true, "admin", NOW);

        assertEquals(ConsentState.CURRENT, PatientConsent.stateOf(consent, first));
        assertEquals(ConsentState.CURRENT, PatientConsent.stateOf(consent, first), "a wording fix needs no new signature");
        assertEquals(ConsentState.OUTDATED, PatientConsent.stateOf(consent, material));
        assertEquals(ConsentState.CURRENT, PatientConsent.stateOf(signed(material), material));
        assertEquals(ConsentState.MISSING, PatientConsent.stateOf(null, first));
    }

    @Test
    void aWithdrawnConsentIsNotCurrentAndCannotBeWithdrawnTwice() {
        PatientConsent consent = signed(first);

        consent.withdraw("frontdesk", NOW);

        assertEquals(ConsentState.WITHDRAWN, PatientConsent.stateOf(consent, first));
        assertThrows(DomainException.class, () -> consent.withdraw("frontdesk", NOW));
    }

    @Test
    void aConsentNeedsAWitnessADateNotInTheFutureAndAPublishedText() {
        assertThrows(DomainException.class, () -> new PatientConsent(ana, first, TODAY, " ", "frontdesk", NOW, TODAY));
        assertThrows(DomainException.class,
                () -> new PatientConsent(ana, first, TODAY.plusDays(1), "Sam", "frontdesk", NOW, TODAY));
        DomainException noText = assertThrows(DomainException.class,
                () -> new PatientConsent(ana, null, TODAY, "Sam", "frontdesk", NOW, TODAY));
        assertEquals("No consent text is published yet; an administrator must publish one.", noText.getMessage());
        assertThrows(DomainException.class,
                () -> new PatientConsent(ana, first, TODAY.minusDays(60), "Sam", "frontdesk", NOW, TODAY),
                "signed before the text existed");
    }

    @Test
    void aClearanceNamesWhoWhenAndOnWhatEvidence() {
        IntakeAssessment flagged = new IntakeAssessment(ana, null,
                IntakeDetails.of("Neck pain after a fall", List.of(new ComplaintRegion(BodyRegion.NECK, null))),
                new ScreeningAnswers(true, false, false, false, false, List.of()), null, "practitioner", NOW, TODAY);

        TreatmentClearance clearance = new TreatmentClearance(flagged, "practitioner", "Dr. Ana Ruiz", NOW,
                ClearanceEvidence.PHYSICIAN_LETTER, "No fracture on X-ray; cleared for soft-tissue work",
                TODAY.minusDays(3), TODAY);

        assertEquals(ana, clearance.getPatient());
        assertEquals("Cleared by Dr. Ana Ruiz on a letter from the patient's physician: No fracture on X-ray; "
                + "cleared for soft-tissue work", clearance.describe());
        assertThrows(DomainException.class, () -> new TreatmentClearance(flagged, "practitioner", "Dr. Ruiz", NOW,
                ClearanceEvidence.PHYSICIAN_LETTER, " ", null, TODAY));
        assertThrows(DomainException.class, () -> new TreatmentClearance(flagged, "practitioner", "Dr. Ruiz", NOW,
                null, "Letter", null, TODAY));
        assertThrows(DomainException.class, () -> new TreatmentClearance(flagged, "practitioner", "Dr. Ruiz", NOW,
                ClearanceEvidence.PHYSICIAN_LETTER, "Letter", TODAY.plusDays(1), TODAY));
    }

    @Test
    void anIntakeWithoutARedFlagHasNothingToClear() {
        IntakeAssessment clear = new IntakeAssessment(ana, null,
                IntakeDetails.of("Tight calves", List.of(new ComplaintRegion(BodyRegion.ANKLE_FOOT, Side.BOTH))),
                ScreeningAnswers.none(), null, "practitioner", NOW, TODAY);

        DomainException e = assertThrows(DomainException.class, () -> new TreatmentClearance(clear, "practitioner",
                "Dr. Ruiz", NOW, ClearanceEvidence.PHYSICIAN_LETTER, "Letter", null, TODAY));
        assertEquals("This intake found no red flag, so there is no referral to clear.", e.getMessage());
    }
}
