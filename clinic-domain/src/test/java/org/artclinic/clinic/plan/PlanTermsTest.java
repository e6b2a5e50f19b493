package org.artclinic.clinic.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.outcome.Instrument;
import org.junit.jupiter.api.Test;

class PlanTermsTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T16:00:00Z");
    private static final List<PlanGoal> GOALS = List.of(PlanGoal.functional("Back to 5 km runs without pain"));

    private static String message(Runnable action) {
        return assertThrows(DomainException.class, action::run).getMessage();
    }

    @Test
    void diagnosesAreICD10CodesInTheirStoredFormWithoutRepeats() {
        PlanTerms terms = PlanTerms.defaults(START, List.of("m542", " M54.2 ", "g5601", ""), GOALS, List.of());
        assertEquals(List.of("M54.2", "G56.01"), terms.diagnoses());
        assertTrue(message(() -> PlanTerms.defaults(START, List.of(), GOALS, List.of())).contains("at least one diagnosis"));
        assertTrue(message(() -> PlanTerms.defaults(START, List.of("neck"), GOALS, List.of()))
                .contains("\"neck\" is not an ICD-10-CM code"));
        assertTrue(message(() -> PlanTerms.defaults(START, List.of("M54.2", "M54.6", "M62.830", "G44.209", "M79.1"),
                GOALS, List.of())).contains("at most 4 diagnoses"));
    }

    @Test
    void aPlanWorksTowardsAtLeastOneGoal() {
        assertTrue(message(() -> PlanTerms.defaults(START, List.of("M54.2"), List.of(), List.of()))
                .contains("at least one goal"));
    }

    @Test
    void frequencyDurationAndPlannedVisitsStayInBounds() {
        assertTrue(message(() -> new PlanTerms(START, List.of("M54.2"), GOALS, 0, 3, 6, null, null, null))
                .contains("Visits per week are between 1 and 5"));
        assertTrue(message(() -> new PlanTerms(START, List.of("M54.2"), GOALS, 2, 13, 6, null, null, null))
                .contains("1 to 12 weeks"));
        assertTrue(message(() -> new PlanTerms(START, List.of("M54.2"), GOALS, 2, 3, 0, null, null, null))
                .contains("Planned visits are between 1 and 60"));
        assertTrue(message(() -> new PlanTerms(START, List.of("M54.2"), GOALS, 2, 3, 6, 7, null, null))
                .contains("Re-evaluate after 1 to 6 visits"));
        assertTrue(message(() -> new PlanTerms(START, List.of("M54.2"), GOALS, 2, 3, 6, null, START, null))
                .contains("comes after the plan's start"));
        PlanTerms byDate = new PlanTerms(START, List.of("M54.2"), GOALS, 2, 3, 6, null, START.plusDays(14), null);
        assertNull(byDate.reEvaluateAfterVisits(), "a date alone is enough");
    }

    @Test
    void aHomeProgramIsShortEnoughToBeDone() {
        List<HomeExercise> thirteen = Collections.nCopies(13, ExerciseCatalogue.TRACKING_DIARY);
        assertTrue(message(() -> PlanTerms.defaults(START, List.of("M54.2"), GOALS, thirteen))
                .contains("at most 12 exercises"));
        assertTrue(message(() -> new HomeExercise(AftercareCategory.MOBILITY, "Open book", " ", null))
                .contains("The dose of Open book is required"));
    }

    @Test
    void rangeGoalsNameTheSideOfASidedMovementAndStayPlausible() {
        assertEquals("Neck rotation right 70°", PlanGoal.range(RomMovement.CERVICAL_ROTATION, Side.RIGHT, 70, null).words());
        assertEquals("Neck flexion 45°", PlanGoal.range(RomMovement.CERVICAL_FLEXION, Side.LEFT, 45, null).words(),
                "a midline movement has no side");
        assertTrue(message(() -> PlanGoal.range(RomMovement.CERVICAL_ROTATION, Side.BOTH, 70, null))
                .contains("choose left or right"));
        assertTrue(message(() -> PlanGoal.range(RomMovement.CERVICAL_ROTATION, Side.LEFT, 150, null))
                .contains("between 1 and 120 degrees"));
    }

    @Test
    void aGoalIsMetOnTheBetterSideOfItsTarget() {
        PlanGoal rotation = PlanGoal.range(RomMovement.CERVICAL_ROTATION, Side.RIGHT, 70, null);
        assertFalse(rotation.metBy(BigDecimal.valueOf(65)));
        assertTrue(rotation.metBy(BigDecimal.valueOf(70)));
        PlanGoal ndi = PlanGoal.score(Instrument.NDI, BigDecimal.TEN, null);
        assertEquals("NDI at most 10", ndi.words());
        assertTrue(ndi.metBy(BigDecimal.valueOf(8)));
        assertFalse(ndi.metBy(new BigDecimal("10.5")));
        PlanGoal lefs = PlanGoal.score(Instrument.LEFS, BigDecimal.valueOf(60), null);
        assertEquals("LEFS at least 60", lefs.words());
        assertTrue(lefs.metBy(BigDecimal.valueOf(64)));
        assertFalse(lefs.metBy(BigDecimal.valueOf(50)));
        assertNull(ndi.metBy(null), "no measurement yet");
        assertNull(PlanGoal.functional("Sleep through the night").metBy(BigDecimal.ONE));
        assertTrue(message(() -> PlanGoal.score(Instrument.NPRS, BigDecimal.valueOf(11), null))
                .contains("a score from 0 to 10"));
    }

    @Test
    void aFinishedPlanIsKeptAsItWas() {
        TreatmentPlan plan = new TreatmentPlan(null, null, PlanTerms.defaults(START, List.of("M54.2"), GOALS, List.of()),
                "practitioner", NOW);
        assertTrue(plan.isActive());
        assertTrue(plan.getGoals().get(0) != GOALS.get(0) && plan.getGoals().equals(GOALS),
                "the plan holds its own copies of the goals (an embeddable has one owner)");
        assertTrue(message(() -> plan.revise(5, plan.terms(), "practitioner", NOW)).contains("Someone else changed"));
        assertTrue(message(() -> plan.discontinue(0, START, " ", "practitioner", NOW))
                .contains("The reason for stopping the plan is required"));
        plan.discontinue(0, START.plusDays(9), "Moved out of state", "practitioner", NOW);
        assertEquals(PlanStatus.DISCONTINUED, plan.getStatus());
        assertEquals(START.plusDays(9), plan.countsUntil());
        StateConflict refused = assertThrows(StateConflict.class, () -> plan.revise(0, plan.terms(), "practitioner", NOW));
        assertTrue(refused.getMessage().contains("This plan is discontinued and cannot be changed"));
    }

    @Test
    void theCatalogueOffersEachRegionWorkOfSeveralKinds() {
        for (BodyRegion region : BodyRegion.values()) {
            List<HomeExercise> offered = ExerciseCatalogue.forRegion(region);
            assertTrue(offered.size() >= 3, region + " has " + offered.size());
            assertTrue(offered.stream().map(HomeExercise::getCategory).distinct().count() >= 3, region.name());
        }
    }
}
