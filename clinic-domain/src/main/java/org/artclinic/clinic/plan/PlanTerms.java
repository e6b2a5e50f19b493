package org.artclinic.clinic.plan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.protocol.IndicationCode;

/**
 * What a practitioner decides in a plan, checked as a whole: 1 to 4 ICD-10-CM diagnoses, 1 to 6
 * goals, how often and for how long, the planned visits, when to re-evaluate, and the home program.
 *
 * <p>The default course is twice a week for three weeks, six visits, re-evaluated at the last one:
 * the domain article's "results within two to four weeks, commonly after three to six visits".
 */
public record PlanTerms(LocalDate startsOn, List<String> diagnoses, List<PlanGoal> goals, int visitsPerWeek,
        int weeks, int plannedVisits, Integer reEvaluateAfterVisits, LocalDate reEvaluateOn,
        List<HomeExercise> homeProgram) {

    public static final int DEFAULT_VISITS_PER_WEEK = 2;
    public static final int DEFAULT_WEEKS = 3;
    public static final int MAX_VISITS_PER_WEEK = 5;
    public static final int MAX_WEEKS = 12;
    public static final int MAX_PLANNED_VISITS = 60;
    public static final int MAX_DIAGNOSES = 4;
    public static final int MAX_GOALS = 6;
    public static final int MAX_EXERCISES = 12;

    public PlanTerms {
        if (startsOn == null) {
            throw new DomainException("A plan needs the day it starts.");
        }
        diagnoses = codes(diagnoses);
        goals = goals == null ? List.of() : List.copyOf(goals);
        if (goals.isEmpty()) {
            throw new DomainException("Write at least one goal the plan works towards.");
        }
        if (goals.size() > MAX_GOALS) {
            throw new DomainException("A plan has at most " + MAX_GOALS + " goals; this one has " + goals.size() + ".");
        }
        if (visitsPerWeek < 1 || visitsPerWeek > MAX_VISITS_PER_WEEK) {
            throw new DomainException("Visits per week are between 1 and " + MAX_VISITS_PER_WEEK + ".");
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new DomainException("A plan runs for 1 to " + MAX_WEEKS + " weeks; re-evaluate and write a new "
                    + "plan for a longer course.");
        }
        if (plannedVisits < 1 || plannedVisits > MAX_PLANNED_VISITS) {
            throw new DomainException("Planned visits are between 1 and " + MAX_PLANNED_VISITS + ".");
        }
        if (reEvaluateAfterVisits == null && reEvaluateOn == null) {
            reEvaluateAfterVisits = plannedVisits;
        }
        if (reEvaluateAfterVisits != null && (reEvaluateAfterVisits < 1 || reEvaluateAfterVisits > plannedVisits)) {
            throw new DomainException("Re-evaluate after 1 to " + plannedVisits + " visits (the planned visits).");
        }
        if (reEvaluateOn != null && !reEvaluateOn.isAfter(startsOn)) {
            throw new DomainException("The re-evaluation date comes after the plan's start, " + startsOn + ".");
        }
        homeProgram = homeProgram == null ? List.of() : List.copyOf(homeProgram);
        if (homeProgram.size() > MAX_EXERCISES) {
            throw new DomainException("A home program has at most " + MAX_EXERCISES + " exercises, so the patient "
                    + "does them; this one has " + homeProgram.size() + ".");
        }
    }

    /** The article's default course from a day: 2 a week for 3 weeks, 6 visits, re-evaluated at the last. */
    public static PlanTerms defaults(LocalDate startsOn, List<String> diagnoses, List<PlanGoal> goals,
            List<HomeExercise> homeProgram) {
        return new PlanTerms(startsOn, diagnoses, goals, DEFAULT_VISITS_PER_WEEK, DEFAULT_WEEKS,
                DEFAULT_VISITS_PER_WEEK * DEFAULT_WEEKS, null, null, homeProgram);
    }

    /** The plan's last planned day: the day before its start plus the weeks. */
    public LocalDate endsOn() {
        return startsOn.plusWeeks(weeks).minusDays(1);
    }

    private static List<String> codes(List<String> typed) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String code : typed == null ? List.<String>of() : typed) {
            if (code != null && !code.isBlank()) {
                codes.add(IndicationCode.of(code));
            }
        }
        if (codes.isEmpty()) {
            throw new DomainException("Name at least one diagnosis (ICD-10-CM), e.g. M54.2 for neck pain.");
        }
        if (codes.size() > MAX_DIAGNOSES) {
            throw new DomainException("A plan has at most " + MAX_DIAGNOSES + " diagnoses, as a claim carries; this "
                    + "one has " + codes.size() + ".");
        }
        return List.copyOf(codes);
    }
}
