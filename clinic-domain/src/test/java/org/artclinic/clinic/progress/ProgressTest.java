package org.artclinic.clinic.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.artclinic.clinic.intake.PainScores;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.outcome.ChangeFlag;
import org.artclinic.clinic.outcome.Instrument;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final Instant INTAKE = Instant.parse("2026-03-02T15:00:00Z");
    private static final Instant LAST_WEEK = Instant.parse("2026-03-09T15:00:00Z");
    private static final Instant TODAY = Instant.parse("2026-03-16T15:00:00Z");

    private static RangeOfMotion abduction(Side side, int degrees) {
        return new RangeOfMotion(RomMovement.SHOULDER_ABDUCTION, side, degrees);
    }

    @Test
    void leftAndRightOfAMovementShareOneRowPerVisitWithTheirDifference() {
        Progress progress = Progress.builder()
                .visit(TODAY, null, List.of(abduction(Side.LEFT, 150), abduction(Side.RIGHT, 170)))
                .intake(INTAKE, PainScores.notAsked(), List.of(abduction(Side.LEFT, 110), abduction(Side.RIGHT, 170)))
                .build();

        RomSeries series = progress.rom().get(0);
        assertEquals(RomMovement.SHOULDER_ABDUCTION, series.movement());
        assertEquals(List.of(new RomRow(INTAKE, ReadingSource.INTAKE, 110, 170, null),
                new RomRow(TODAY, ReadingSource.VISIT, 150, 170, null)), series.rows(), "earliest first");
        assertEquals(60, series.rows().get(0).difference());
        assertEquals(Side.LEFT, series.rows().get(0).lowerSide());
        assertEquals(20, series.rows().get(1).difference());
    }

    @Test
    void theDifferenceIsTheSameWhicheverSideIsShort() {
        RomRow leftShort = new RomRow(TODAY, ReadingSource.VISIT, 120, 165, null);
        RomRow rightShort = new RomRow(TODAY, ReadingSource.VISIT, 165, 120, null);
        assertEquals(leftShort.difference(), rightShort.difference());
        assertEquals(Side.LEFT, leftShort.lowerSide());
        assertEquals(Side.RIGHT, rightShort.lowerSide());
        assertNull(new RomRow(TODAY, ReadingSource.VISIT, 140, 140, null).lowerSide());
        assertNull(new RomRow(TODAY, ReadingSource.VISIT, 140, null, null).difference(), "one side only");
    }

    @Test
    void artEntriesGiveTheFirstBeforeAndTheLastAfterOfTheVisit() {
        Progress progress = Progress.builder()
                .entry(LAST_WEEK, RomMovement.SHOULDER_ABDUCTION, Side.LEFT, 6, 4, 120, 130)
                .entry(LAST_WEEK, RomMovement.SHOULDER_ABDUCTION, Side.LEFT, 4, 3, 128, 138)
                .entry(LAST_WEEK, RomMovement.SHOULDER_ABDUCTION, Side.BOTH, null, null, 90, 95)
                .entry(LAST_WEEK, RomMovement.CERVICAL_FLEXION, Side.MIDLINE, null, null, 35, 40)
                .build();

        RomSeries abduction = progress.rom().stream()
                .filter(s -> s.movement() == RomMovement.SHOULDER_ABDUCTION).findFirst().orElseThrow();
        assertEquals(List.of(new RomRow(LAST_WEEK, ReadingSource.BEFORE_ART, 120, null, null),
                new RomRow(LAST_WEEK, ReadingSource.AFTER_ART, 138, null, null)), abduction.rows(),
                "an entry on both sides is left out of a sided movement");
        RomSeries flexion = progress.rom().stream()
                .filter(s -> s.movement() == RomMovement.CERVICAL_FLEXION).findFirst().orElseThrow();
        assertEquals(40, flexion.rows().get(1).midline());
        assertEquals(List.of(new PainPoint(LAST_WEEK, ReadingSource.BEFORE_ART, 6),
                new PainPoint(LAST_WEEK, ReadingSource.AFTER_ART, 3)), progress.pain());
    }

    @Test
    void painRunsFromTheIntakeThroughEachVisitInOrder() {
        Progress progress = Progress.builder()
                .entry(TODAY, null, Side.LEFT, 4, 2, null, null)
                .visit(TODAY, 4, List.of())
                .visit(LAST_WEEK, 6, List.of())
                .intake(INTAKE, new PainScores(7, 3, 8), List.of())
                .build();

        assertEquals(List.of(7, 6, 4, 4, 2), progress.pain().stream().map(PainPoint::value).toList());
        assertEquals(List.of(ReadingSource.INTAKE, ReadingSource.VISIT, ReadingSource.VISIT, ReadingSource.BEFORE_ART,
                ReadingSource.AFTER_ART), progress.pain().stream().map(PainPoint::source).toList());
    }

    @Test
    void outcomeScoresAreComparedWithTheFirstOfThePeriod() {
        Progress progress = Progress.builder()
                .outcome(Instrument.NDI, TODAY, new BigDecimal("20.0"))
                .outcome(Instrument.NDI, INTAKE, new BigDecimal("40.0"))
                .outcome(Instrument.NDI, LAST_WEEK, new BigDecimal("36.0"))
                .outcome(Instrument.NDI, LAST_WEEK.plusSeconds(60), null)
                .build();

        OutcomeSeries ndi = progress.outcomes().get(0);
        assertEquals(3, ndi.scores().size(), "an unscored form is not a point");
        assertNull(ndi.scores().get(0).sinceFirst());
        assertEquals(ChangeFlag.NO_IMPORTANT_CHANGE, ndi.scores().get(1).sinceFirst().flag());
        assertEquals(ChangeFlag.IMPROVED, ndi.scores().get(2).sinceFirst().flag());
        assertEquals(0, new BigDecimal("-20.0").compareTo(ndi.scores().get(2).sinceFirst().difference()));
    }

    @Test
    void aPatientWithNothingMeasuredHasAnEmptyProgress() {
        Progress progress = Progress.builder()
                .intake(INTAKE, PainScores.notAsked(), List.of())
                .visit(TODAY, null, List.of())
                .entry(TODAY, null, Side.LEFT, null, null, null, null)
                .build();
        assertTrue(progress.isEmpty());
    }
}
