package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.Sex;
import org.junit.jupiter.api.Test;

/** An intake keeps its history, findings and the decision made when it was recorded. */
class IntakeAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

    private final Patient ana = patient("Ana");
    private final List<ComplaintRegion> neck = List.of(new ComplaintRegion(BodyRegion.NECK, Side.RIGHT));

    private static Patient patient(String given) {
        return new Patient("P1", PatientDetails.basic(given, "Lopez", LocalDate.of(1990, 2, 3), Sex.FEMALE, null,
                null), TODAY);
    }

    private IntakeAssessment intake(IntakeDetails details, ScreeningAnswers screening) {
        return new IntakeAssessment(ana, null, details, screening, null, "practitioner", NOW, TODAY);
    }

    @Test
    void theDecisionIsMadeWhenTheIntakeIsRecordedAndKeptWithIt() {
        ScreeningAnswers trauma = new ScreeningAnswers(true, false, false, false, true,
                List.of(new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.OPEN_WOUND)));

        IntakeAssessment intake = intake(IntakeDetails.of("Neck pain after a fall", neck), trauma);

        assertTrue(intake.isReferralRequired());
        assertEquals(RedFlagScreening.screen(trauma), intake.decision());
        assertEquals(trauma, intake.screening());
        assertEquals(List.of("RECENT_TRAUMA"), intake.decision().referralCodes());
    }

    @Test
    void theHistoryIsCheckedAndTrimmed() {
        IntakeDetails details = new IntakeDetails("  Elbow pain when gripping ", List.of(
                new ComplaintRegion(BodyRegion.ELBOW, Side.LEFT), new ComplaintRegion(BodyRegion.ELBOW, Side.LEFT),
                new ComplaintRegion(BodyRegion.WRIST_HAND, null)),
                OnsetType.REPETITIVE_MICROTRAUMA, TODAY.minusWeeks(7), null, "Climbing", "Rest", "4 sessions a week",
                "Laptop on the sofa", "None", "Ibuprofen as needed", "Climb without pain", "Forward head",
                List.of(new RangeOfMotion(RomMovement.WRIST_EXTENSION, Side.LEFT, 55)),
                List.of(new NeuroFinding(SpinalLevel.C7, Side.LEFT, NeuroResult.NORMAL, NeuroResult.NORMAL,
                        NeuroResult.NORMAL)),
                List.of(new PalpationFinding("Extensor carpi radialis brevis", BodyRegion.ELBOW, Side.LEFT, true, true,
                        true, null)),
                new PainScores(3, 1, 6));

        IntakeAssessment intake = intake(details, ScreeningAnswers.none());

        assertEquals("Elbow pain when gripping", intake.getChiefComplaint());
        assertEquals(2, intake.getRegions().size(), "a region given twice is kept once");
        assertEquals(Side.MIDLINE, intake.getRegions().get(1).getSide());
        assertEquals(7, intake.getDurationWeeks(), "the duration follows from the onset date when not given");
        assertEquals(55, intake.getRangeOfMotion().get(0).getDegrees());
        assertEquals(6, intake.getPain().getWorst());
        assertEquals("Climb without pain", intake.getGoals());
    }

    @Test
    void aGivenDurationWins() {
        IntakeDetails details = new IntakeDetails("Heel pain", neck, OnsetType.INSIDIOUS, TODAY.minusWeeks(7), 12,
                null, null, null, null, null, null, null, null, null, null, null, null);

        assertEquals(12, intake(details, ScreeningAnswers.none()).getDurationWeeks());
    }

    @Test
    void anIntakeNeedsAComplaintAndARegion() {
        DomainException noComplaint = assertThrows(DomainException.class,
                () -> intake(IntakeDetails.of(" ", neck), ScreeningAnswers.none()));
        assertEquals("The chief complaint is required.", noComplaint.getMessage());
        DomainException noRegion = assertThrows(DomainException.class,
                () -> intake(IntakeDetails.of("Pain", List.of()), ScreeningAnswers.none()));
        assertEquals("Choose at least one body region of the complaint.", noRegion.getMessage());
    }

    @Test
    void theOnsetCannotBeInTheFuture() {
        IntakeDetails details = new IntakeDetails("Pain", neck, OnsetType.ACUTE_INJURY, TODAY.plusDays(1), null,
                null, null, null, null, null, null, null, null, null, null, null, null);

        assertThrows(DomainException.class, () -> intake(details, ScreeningAnswers.none()));
    }

    @Test
    void aReassessmentNamesTheIntakeOfItsEpisodeOfTheSamePatient() {
        IntakeAssessment first = intake(IntakeDetails.of("Neck pain", neck), ScreeningAnswers.none());

        IntakeAssessment again = new IntakeAssessment(ana, first, IntakeDetails.of("Neck pain, better", neck),
                ScreeningAnswers.none(), null, "practitioner", NOW.plusSeconds(86_400 * 14), TODAY.plusDays(14));

        assertSame(first, again.getReassessmentOf());
        assertTrue(again.isReassessment());
        assertNull(first.getReassessmentOf());
        assertThrows(DomainException.class, () -> new IntakeAssessment(patient("Bea"), first,
                IntakeDetails.of("Pain", neck), ScreeningAnswers.none(), null, "practitioner", NOW, TODAY));
    }

    @Test
    void theIntakeShowsThePatientsSelfCheck() {
        SuitabilitySelfCheck check = new SuitabilitySelfCheck(ana, Map.of(SelfCheckStatement.MUSCLE_OR_TENDON, true,
                SelfCheckStatement.WORSE_WITH_REPEATED_USE, true, SelfCheckStatement.OPEN_TO_EXERCISES, true,
                SelfCheckStatement.ACCEPTS_BRIEF_DISCOMFORT, false), "frontdesk", NOW);

        IntakeAssessment intake = new IntakeAssessment(ana, null, IntakeDetails.of("Neck pain", neck),
                ScreeningAnswers.none(), check, "practitioner", NOW, TODAY);

        assertEquals(3, intake.getSelfCheck().getApplyingCount());
        assertTrue(intake.getSelfCheck().getGuidance().startsWith("Several of these apply"));
        assertNull(check.answers().get(SelfCheckStatement.RESTRICTION_DESPITE_STRETCHING));
        DomainException otherPatient = assertThrows(DomainException.class, () -> new IntakeAssessment(
                patient("Bea"), null, IntakeDetails.of("Pain", neck), ScreeningAnswers.none(), check, "practitioner",
                NOW, TODAY));
        assertEquals("The self-check belongs to another patient.", otherPatient.getMessage());
    }

    @Test
    void anIntakeWithoutItsScreeningIsRefusedNotReadAsNoRedFlags() {
        DomainException refused = assertThrows(DomainException.class, () -> new IntakeAssessment(ana, null,
                IntakeDetails.of("Neck pain", List.of(new ComplaintRegion(BodyRegion.NECK, null))), null, null,
                "practitioner", NOW, TODAY));
        assertEquals("Answer the red-flag screening before recording the intake.", refused.getMessage());
    }

    @Test
    void anEmptySelfCheckIsRefused() {
        assertThrows(DomainException.class, () -> new SuitabilitySelfCheck(ana, Map.of(), "frontdesk", NOW));
    }
}
