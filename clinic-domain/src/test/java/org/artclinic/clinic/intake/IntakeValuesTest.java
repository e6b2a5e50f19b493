package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The value objects of the objective examination: range of motion, neuro screen, palpation, pain. */
class IntakeValuesTest {

    @Test
    void aMeasurementKeepsTheNormalReferenceOfItsMovement() {
        RangeOfMotion rom = new RangeOfMotion(RomMovement.SHOULDER_FLEXION, Side.LEFT, 135);

        assertEquals(180, rom.getNormalDegrees());
        assertEquals(75, rom.getPercentOfNormal());
        assertTrue(rom.isBelowNormal());
        assertEquals("Shoulder flexion left: 135° (normal 180°)", rom.toString());
    }

    @ParameterizedTest
    @CsvSource({"CERVICAL_ROTATION, 60", "CERVICAL_FLEXION, 45", "ELBOW_FLEXION, 150", "KNEE_FLEXION, 135",
            "HIP_FLEXION, 120", "ANKLE_DORSIFLEXION, 20", "WRIST_EXTENSION, 70", "SHOULDER_EXTERNAL_ROTATION, 90",
            // the rest of the AAOS column of Norkin & White (5th ed.), Table A.1
            "SHOULDER_FLEXION, 180", "SHOULDER_EXTENSION, 60", "SHOULDER_ABDUCTION, 180",
            "SHOULDER_INTERNAL_ROTATION, 70", "FOREARM_PRONATION, 80", "FOREARM_SUPINATION, 80", "WRIST_FLEXION, 80",
            "WRIST_RADIAL_DEVIATION, 20", "WRIST_ULNAR_DEVIATION, 30"})
    void normalValuesAreTheAaosAverages(RomMovement movement, int degrees) {
        assertEquals(degrees, movement.normalDegrees());
    }

    @Test
    void aLimbMovementNeedsASide() {
        DomainException e = assertThrows(DomainException.class,
                () -> new RangeOfMotion(RomMovement.KNEE_FLEXION, null, 120));
        assertEquals("Knee flexion is measured on the left or the right; choose the side.", e.getMessage());
        assertThrows(DomainException.class, () -> new RangeOfMotion(RomMovement.KNEE_FLEXION, Side.BOTH, 120));
    }

    @Test
    void aMidlineMovementHasNoSide() {
        assertEquals(Side.MIDLINE, new RangeOfMotion(RomMovement.CERVICAL_FLEXION, null, 40).getSide());
        assertThrows(DomainException.class, () -> new RangeOfMotion(RomMovement.CERVICAL_FLEXION, Side.LEFT, 40));
    }

    @ParameterizedTest
    @CsvSource({"SHOULDER_FLEXION, -1", "SHOULDER_FLEXION, 201", "FOOT_EVERSION, 31", "CERVICAL_ROTATION, 121"})
    void degreesOutsideZeroToTwiceNormalCappedAt200AreRefused(RomMovement movement, int degrees) {
        Side side = movement.sided() ? Side.RIGHT : null;
        DomainException e = assertThrows(DomainException.class, () -> new RangeOfMotion(movement, side, degrees));
        assertTrue(e.getMessage().contains("is out of range"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"SHOULDER_FLEXION, 200", "FOOT_EVERSION, 30", "CERVICAL_ROTATION, 0"})
    void degreesAtTheLimitsAreAccepted(RomMovement movement, int degrees) {
        Side side = movement.sided() ? Side.RIGHT : null;
        assertEquals(degrees, new RangeOfMotion(movement, side, degrees).getDegrees());
    }

    @Test
    void everyMovementHasAPositiveNormalAndARegion() {
        for (RomMovement movement : RomMovement.values()) {
            assertTrue(movement.normalDegrees() > 0, movement.name());
            assertTrue(movement.region() != null, movement.name());
        }
    }

    @Test
    void aNeuroFindingIsOnOneSideAndTestsSomething() {
        NeuroFinding finding = new NeuroFinding(SpinalLevel.C6, Side.LEFT, NeuroResult.NORMAL, NeuroResult.ABNORMAL,
                null);

        assertTrue(finding.isAbnormal());
        assertEquals(NeuroResult.NOT_TESTED, finding.getReflex());
        assertThrows(DomainException.class,
                () -> new NeuroFinding(SpinalLevel.C6, Side.MIDLINE, NeuroResult.NORMAL, null, null));
        DomainException nothing = assertThrows(DomainException.class,
                () -> new NeuroFinding(SpinalLevel.L5, Side.RIGHT, null, NeuroResult.NOT_TESTED, null));
        assertEquals("The neurological finding at L5 right tests nothing; record strength, sensation or reflex.",
                nothing.getMessage());
    }

    @Test
    void theScreenCoversC5ToT1AndL2ToS1() {
        assertEquals("C5 C6 C7 C8 T1 L2 L3 L4 L5 S1", String.join(" ",
                java.util.Arrays.stream(SpinalLevel.values()).map(Enum::name).toList()));
        assertTrue(SpinalLevel.T1.isCervical());
        assertFalse(SpinalLevel.L2.isCervical());
        assertEquals("Achilles", SpinalLevel.S1.reflex());
    }

    @Test
    void aPalpationFindingRecordsAtLeastOneFinding() {
        PalpationFinding finding = new PalpationFinding(" Upper trapezius ", BodyRegion.NECK, Side.RIGHT, true, false,
                true, null);

        assertEquals("Upper trapezius", finding.getStructure());
        assertTrue(finding.isTenderReproducesSymptom());
        DomainException e = assertThrows(DomainException.class,
                () -> new PalpationFinding("Levator scapulae", BodyRegion.NECK, Side.LEFT, false, false, false, " "));
        assertEquals("The palpation of Levator scapulae records no finding; tick a finding or write a note.",
                e.getMessage());
        assertThrows(DomainException.class, () -> new PalpationFinding(" ", BodyRegion.NECK, null, true, false, false,
                null));
    }

    @ParameterizedTest
    @CsvSource(value = {"-1, 2, 5", "11, 2, 5", "3, -2, 5", "3, 2, 11"})
    void painIsRatedFromZeroToTen(Integer now, Integer best, Integer worst) {
        assertThrows(DomainException.class, () -> new PainScores(now, best, worst));
    }

    @Test
    void painAtItsBestIsNotAboveItsWorst() {
        DomainException e = assertThrows(DomainException.class, () -> new PainScores(5, 7, 6));
        assertEquals("Pain at its best (7) cannot be higher than at its worst (6).", e.getMessage());
        assertEquals(0, new PainScores(0, 0, 10).getNow());
        assertEquals(null, PainScores.notAsked().getWorst());
    }

    @ParameterizedTest
    @EnumSource(BodyRegion.class)
    void everyRegionHasPlainWords(BodyRegion region) {
        String words = RegionWords.of(region);
        assertFalse(words.contains("_"), words);
        assertEquals(words.toLowerCase(java.util.Locale.ROOT), words);
    }
}
