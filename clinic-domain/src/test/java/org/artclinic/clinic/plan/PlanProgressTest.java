package org.artclinic.clinic.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.junit.jupiter.api.Test;

class PlanProgressTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final List<PlanGoal> GOALS = List.of(PlanGoal.range(RomMovement.CERVICAL_ROTATION, Side.RIGHT, 70, null));

    private static PlanTerms terms(int planned, Integer after, LocalDate on) {
        return new PlanTerms(START, List.of("M54.2"), GOALS, 2, 3, planned, after, on, List.of());
    }

    @Test
    void theDefaultCourseIsSixVisitsReEvaluatedAtTheLast() {
        PlanTerms terms = PlanTerms.defaults(START, List.of("M54.2"), GOALS, List.of());
        assertEquals(2, terms.visitsPerWeek());
        assertEquals(3, terms.weeks());
        assertEquals(6, terms.plannedVisits());
        assertEquals(6, terms.reEvaluateAfterVisits());
        assertEquals(LocalDate.of(2026, 12, 21), terms.endsOn());
    }

    @Test
    void visitsUsedAgainstPlannedWithWhatIsLeft() {
        PlanProgress progress = PlanProgress.of(terms(6, 6, null), 4, START.plusDays(10));
        assertEquals(4, progress.used());
        assertEquals(6, progress.planned());
        assertEquals(2, progress.remaining());
        assertEquals(66, progress.percentUsed());
        assertFalse(progress.complete());
        assertFalse(progress.reEvaluationDue());
    }

    @Test
    void theReEvaluationIsDueAtTheVisitThatReachesTheCountAndOverdueAfterIt() {
        assertFalse(PlanProgress.of(terms(6, 4, null), 3, START).reEvaluationDue());
        PlanProgress atFour = PlanProgress.of(terms(6, 4, null), 4, START);
        assertTrue(atFour.reEvaluationDue());
        assertFalse(atFour.reEvaluationOverdue());
        PlanProgress atFive = PlanProgress.of(terms(6, 4, null), 5, START);
        assertTrue(atFive.reEvaluationDue());
        assertTrue(atFive.reEvaluationOverdue());
    }

    @Test
    void orOnItsDateWhicheverComesFirst() {
        LocalDate on = START.plusDays(14);
        assertFalse(PlanProgress.of(terms(6, 6, on), 2, on.minusDays(1)).reEvaluationDue());
        PlanProgress onTheDay = PlanProgress.of(terms(6, 6, on), 2, on);
        assertTrue(onTheDay.reEvaluationDue());
        assertFalse(onTheDay.reEvaluationOverdue());
        assertTrue(PlanProgress.of(terms(6, 6, on), 2, on.plusDays(1)).reEvaluationOverdue());
        assertTrue(PlanProgress.of(terms(6, 6, on), 6, on.minusDays(3)).reEvaluationDue(), "the count came first");
    }

    @Test
    void aPlanWithOnlyADateIsNotDueByItsVisits() {
        PlanProgress progress = PlanProgress.of(terms(6, null, START.plusDays(20)), 6, START.plusDays(10));
        assertFalse(progress.reEvaluationDue());
        assertTrue(progress.complete());
        assertEquals(0, progress.remaining());
        assertEquals(100, PlanProgress.of(terms(6, null, START.plusDays(20)), 8, START).percentUsed());
    }
}
