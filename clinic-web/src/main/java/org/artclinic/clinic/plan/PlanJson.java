package org.artclinic.clinic.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.outcome.Instrument;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of treatment plans (decision 0032), and the terms read from a request. */
public final class PlanJson {

    private PlanJson() {
    }

    @JsonbNillable
    @Schema(name = "PlanGoal", description = "A measurable goal (a movement's degrees, or an outcome score) or one in "
            + "words (FUNCTIONAL: description only).", requiredProperties = {"kind"})
    public record Goal(
            @Schema(enumeration = {"RANGE_OF_MOTION", "OUTCOME_SCORE", "FUNCTIONAL"}) String kind,
            @Schema(nullable = true, description = "the goal in words (FUNCTIONAL), or a note on a measured goal")
            String description,
            @Schema(nullable = true, description = "RANGE_OF_MOTION: a movement of the intake, e.g. CERVICAL_ROTATION")
            String movement,
            @Schema(nullable = true, enumeration = {"LEFT", "RIGHT"}, description = "for a movement measured on each side")
            String side,
            @Schema(nullable = true, description = "RANGE_OF_MOTION: degrees to reach") Integer targetDegrees,
            @Schema(nullable = true, enumeration = {"NPRS", "NDI", "ODI", "QUICKDASH", "LEFS"}) String instrument,
            @Schema(nullable = true, description = "OUTCOME_SCORE: the score to reach, on the better side "
                    + "(at most for NPRS, NDI, ODI, QuickDASH; at least for LEFS)") BigDecimal targetScore,
            @Schema(readOnly = true, description = "the goal as the page and the handout show it") String words) {

        static Goal of(PlanGoal goal) {
            return new Goal(goal.getKind().name(), goal.getDescription(),
                    goal.getMovement() == null ? null : goal.getMovement().name(),
                    goal.getSide() == null ? null : goal.getSide().name(), goal.getTargetDegrees(),
                    goal.getInstrument() == null ? null : goal.getInstrument().name(), goal.getTargetScore(),
                    goal.words());
        }
    }

    @JsonbNillable
    @Schema(name = "HomeExercise", requiredProperties = {"category", "name", "dose"})
    public record Exercise(
            @Schema(enumeration = {"USE_NEW_RANGE", "MOBILITY", "STRENGTHENING", "LOAD_AND_ERGONOMICS", "TRACKING"})
            String category,
            @Schema(example = "Chin tuck hold") String name,
            @Schema(example = "3 sets of 10, hold 5 seconds") String dose,
            @Schema(nullable = true) String instructions) {

        static Exercise of(HomeExercise exercise) {
            return new Exercise(exercise.getCategory().name(), exercise.getName(), exercise.getDose(),
                    exercise.getInstructions());
        }
    }

    @JsonbNillable
    @Schema(name = "TreatmentPlan", requiredProperties = {"id", "version", "patientId", "practitionerId",
            "practitionerName", "status", "startsOn", "endsOn", "diagnoses", "goals", "visitsPerWeek", "weeks",
            "plannedVisits", "visitsUsed", "visitsRemaining", "reEvaluationDue", "reEvaluationOverdue", "homeProgram"})
    public record Plan(@Schema(format = "int64") long id,
            @Schema(format = "int64", description = "send it back with a change (optimistic locking)") long version,
            @Schema(format = "int64") long patientId, @Schema(format = "int64") long practitionerId,
            String practitionerName,
            @Schema(enumeration = {"ACTIVE", "COMPLETED", "DISCONTINUED"}) String status,
            LocalDate startsOn, @Schema(description = "the last day of the planned weeks") LocalDate endsOn,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "ICD-10-CM codes, 1 to 4")
            List<String> diagnoses,
            List<Goal> goals, int visitsPerWeek, int weeks, int plannedVisits,
            @Schema(nullable = true) Integer reEvaluateAfterVisits, @Schema(nullable = true) LocalDate reEvaluateOn,
            @Schema(description = "the patient's visits with a note on the plan's days") int visitsUsed,
            int visitsRemaining,
            @Schema(description = "the re-evaluation is due now (its visit reached, or its day come)")
            boolean reEvaluationDue,
            @Schema(description = "the re-evaluation should have happened already") boolean reEvaluationOverdue,
            List<Exercise> homeProgram,
            @Schema(nullable = true) LocalDate endedOn, @Schema(nullable = true) String endReason,
            String createdBy, OffsetDateTime createdAt) {

        static Plan of(TreatmentPlanService.PlanView view) {
            TreatmentPlan plan = view.plan();
            PlanProgress progress = view.progress();
            return new Plan(plan.getId(), plan.getVersion(), plan.getPatient().getId(), plan.getPractitioner().getId(),
                    plan.getPractitioner().getDisplayName(), plan.getStatus().name(), plan.getStartsOn(),
                    plan.terms().endsOn(), plan.getDiagnoses(), plan.getGoals().stream().map(Goal::of).toList(),
                    plan.getVisitsPerWeek(), plan.getWeeks(), plan.getPlannedVisits(), plan.getReEvaluateAfterVisits(),
                    plan.getReEvaluateOn(), progress.used(), progress.remaining(), progress.reEvaluationDue(),
                    progress.reEvaluationOverdue(), plan.getHomeProgram().stream().map(Exercise::of).toList(),
                    plan.getEndedOn(), plan.getEndReason(), plan.getCreatedBy(),
                    plan.getCreatedAt().atOffset(ZoneOffset.UTC));
        }
    }

    @Schema(name = "PlanTerms", requiredProperties = {"diagnoses", "goals"}, description = "A plan's terms: 1 to 4 "
            + "diagnoses, 1 to 6 goals, at most 12 home exercises. Frequency, weeks and planned visits default to the "
            + "article's usual course: 2 visits a week for 3 weeks, 6 visits, re-evaluated at the last one.")
    public record Terms(
            @Schema(format = "int64", description = "PUT only: the version last read; a newer plan answers 400")
            Long version,
            @Schema(description = "YYYY-MM-DD; today when left out") String startsOn,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "ICD-10-CM codes, 1 to 4, e.g. M54.2") List<String> diagnoses,
            List<Goal> goals,
            @Schema(minimum = "1", maximum = "5") Integer visitsPerWeek,
            @Schema(minimum = "1", maximum = "12") Integer weeks,
            @Schema(minimum = "1", maximum = "60", description = "visits per week times weeks when left out")
            Integer plannedVisits,
            @Schema(description = "re-evaluate after this many visits; the planned visits when neither this nor a "
                    + "date is given") Integer reEvaluateAfterVisits,
            @Schema(description = "YYYY-MM-DD: re-evaluate on this day (whichever comes first)") String reEvaluateOn,
            List<Exercise> homeProgram) {

        /** The terms, or null with every problem added to {@code checks} under its field's name. */
        PlanTerms read(FieldChecks checks, LocalDate today) {
            LocalDate start = startsOn == null ? today : checks.date("startsOn", startsOn, false);
            LocalDate reEvaluate = checks.date("reEvaluateOn", reEvaluateOn, false);
            List<PlanGoal> planGoals = new ArrayList<>();
            List<Goal> given = goals == null ? List.of() : goals;
            for (int i = 0; i < given.size(); i++) {
                PlanGoal goal = goal(checks, "goals[" + i + "]", given.get(i));
                if (goal != null) {
                    planGoals.add(goal);
                }
            }
            List<HomeExercise> exercises = new ArrayList<>();
            List<Exercise> program = homeProgram == null ? List.of() : homeProgram;
            for (int i = 0; i < program.size(); i++) {
                Exercise e = program.get(i);
                String field = "homeProgram[" + i + "]";
                if (e == null) {
                    checks.add(field, "error.required");
                    continue;
                }
                AftercareCategory category = checks.choice(field + ".category", e.category(), AftercareCategory.class,
                        true);
                if (category != null) {
                    HomeExercise exercise = checks.valid(field,
                            () -> new HomeExercise(category, e.name(), e.dose(), e.instructions()));
                    if (exercise != null) {
                        exercises.add(exercise);
                    }
                }
            }
            if (checks.hasErrors()) {
                return null;
            }
            int perWeek = visitsPerWeek == null ? PlanTerms.DEFAULT_VISITS_PER_WEEK : visitsPerWeek;
            int forWeeks = weeks == null ? PlanTerms.DEFAULT_WEEKS : weeks;
            int planned = plannedVisits == null ? perWeek * forWeeks : plannedVisits;
            return checks.valid("body", () -> new PlanTerms(start, diagnoses, planGoals, perWeek, forWeeks, planned,
                    reEvaluateAfterVisits, reEvaluate, exercises));
        }

        private static PlanGoal goal(FieldChecks checks, String field, Goal goal) {
            if (goal == null) {
                checks.add(field, "error.required");
                return null;
            }
            GoalKind kind = checks.choice(field + ".kind", goal.kind(), GoalKind.class, true);
            if (kind == null) {
                return null;
            }
            return switch (kind) {
                case RANGE_OF_MOTION -> {
                    RomMovement movement = checks.choice(field + ".movement", goal.movement(), RomMovement.class, true);
                    Side side = checks.choice(field + ".side", goal.side(), Side.class, false);
                    yield movement == null ? null : checks.valid(field,
                            () -> PlanGoal.range(movement, side, goal.targetDegrees(), goal.description()));
                }
                case OUTCOME_SCORE -> {
                    Instrument instrument = checks.choice(field + ".instrument", goal.instrument(), Instrument.class,
                            true);
                    yield instrument == null ? null : checks.valid(field,
                            () -> PlanGoal.score(instrument, goal.targetScore(), goal.description()));
                }
                case FUNCTIONAL -> checks.valid(field, () -> PlanGoal.functional(goal.description()));
            };
        }
    }

    @Schema(name = "EndPlan")
    public record End(@Schema(required = true, format = "int64", description = "the version last read") Long version,
            @Schema(description = "complete: an optional closing note; discontinue: the reason (required)")
            String reason) {
    }
}
