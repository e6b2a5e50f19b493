package org.artclinic.clinic.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.outcome.Instrument;

/**
 * What the plan page edits: the terms as the practitioner types them, turned into {@link PlanTerms}
 * (which checks them) on save. Rows are plain mutable beans so that the page binds each input.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One goal row of the page. */
    public static class GoalRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private GoalKind kind;
        private RomMovement movement;
        private Side side;
        private Integer degrees;
        private Instrument instrument;
        private BigDecimal score;
        private String text;

        public GoalRow() {
        }

        GoalRow(GoalKind kind) {
            this.kind = kind;
        }

        static GoalRow of(PlanGoal goal) {
            GoalRow row = new GoalRow(goal.getKind());
            row.movement = goal.getMovement();
            row.side = goal.getSide();
            row.degrees = goal.getTargetDegrees();
            row.instrument = goal.getInstrument();
            row.score = goal.getTargetScore();
            row.text = goal.getDescription();
            return row;
        }

        PlanGoal toGoal() {
            return switch (kind) {
                case RANGE_OF_MOTION -> PlanGoal.range(movement, side, degrees, text);
                case OUTCOME_SCORE -> PlanGoal.score(instrument, score, text);
                case FUNCTIONAL -> PlanGoal.functional(text);
            };
        }

        public GoalKind getKind() {
            return kind;
        }

        public RomMovement getMovement() {
            return movement;
        }

        public void setMovement(RomMovement movement) {
            this.movement = movement;
        }

        public Side getSide() {
            return side;
        }

        public void setSide(Side side) {
            this.side = side;
        }

        public Integer getDegrees() {
            return degrees;
        }

        public void setDegrees(Integer degrees) {
            this.degrees = degrees;
        }

        public Instrument getInstrument() {
            return instrument;
        }

        public void setInstrument(Instrument instrument) {
            this.instrument = instrument;
        }

        public BigDecimal getScore() {
            return score;
        }

        public void setScore(BigDecimal score) {
            this.score = score;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** One exercise row of the page. */
    public static class ExerciseRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private AftercareCategory category;
        private String name;
        private String dose;
        private String instructions;

        public ExerciseRow() {
        }

        static ExerciseRow of(HomeExercise exercise) {
            ExerciseRow row = new ExerciseRow();
            row.category = exercise.getCategory();
            row.name = exercise.getName();
            row.dose = exercise.getDose();
            row.instructions = exercise.getInstructions();
            return row;
        }

        public AftercareCategory getCategory() {
            return category;
        }

        public void setCategory(AftercareCategory category) {
            this.category = category;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDose() {
            return dose;
        }

        public void setDose(String dose) {
            this.dose = dose;
        }

        public String getInstructions() {
            return instructions;
        }

        public void setInstructions(String instructions) {
            this.instructions = instructions;
        }
    }

    private LocalDate startsOn;
    private final List<String> diagnoses = new ArrayList<>(Arrays.asList(null, null, null, null));
    private final List<GoalRow> goals = new ArrayList<>();
    private int visitsPerWeek = PlanTerms.DEFAULT_VISITS_PER_WEEK;
    private int weeks = PlanTerms.DEFAULT_WEEKS;
    private int plannedVisits = PlanTerms.DEFAULT_VISITS_PER_WEEK * PlanTerms.DEFAULT_WEEKS;
    private Integer reEvaluateAfterVisits = plannedVisits;
    private LocalDate reEvaluateOn;
    private final List<ExerciseRow> exercises = new ArrayList<>();

    /** The form of an existing plan's terms. */
    static PlanForm of(PlanTerms terms) {
        PlanForm form = new PlanForm();
        form.startsOn = terms.startsOn();
        for (int i = 0; i < terms.diagnoses().size(); i++) {
            form.diagnoses.set(i, terms.diagnoses().get(i));
        }
        terms.goals().forEach(goal -> form.goals.add(GoalRow.of(goal)));
        form.visitsPerWeek = terms.visitsPerWeek();
        form.weeks = terms.weeks();
        form.plannedVisits = terms.plannedVisits();
        form.reEvaluateAfterVisits = terms.reEvaluateAfterVisits();
        form.reEvaluateOn = terms.reEvaluateOn();
        terms.homeProgram().forEach(exercise -> form.exercises.add(ExerciseRow.of(exercise)));
        return form;
    }

    /** The terms typed, checked by the domain (its DomainException names what is wrong). */
    PlanTerms terms() {
        List<PlanGoal> planGoals = goals.stream().map(GoalRow::toGoal).toList();
        List<HomeExercise> program = exercises.stream()
                .map(row -> new HomeExercise(row.category, row.name, row.dose, row.instructions)).toList();
        return new PlanTerms(startsOn, diagnoses, planGoals, visitsPerWeek, weeks, plannedVisits,
                reEvaluateAfterVisits, reEvaluateOn, program);
    }

    /** Frequency or weeks changed: the planned visits follow, re-evaluated at the last one. */
    public void courseChanged() {
        plannedVisits = visitsPerWeek * weeks;
        reEvaluateAfterVisits = plannedVisits;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public List<String> getDiagnoses() {
        return diagnoses;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }

    public int getVisitsPerWeek() {
        return visitsPerWeek;
    }

    public void setVisitsPerWeek(int visitsPerWeek) {
        this.visitsPerWeek = visitsPerWeek;
    }

    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        this.weeks = weeks;
    }

    public int getPlannedVisits() {
        return plannedVisits;
    }

    public void setPlannedVisits(int plannedVisits) {
        this.plannedVisits = plannedVisits;
    }

    public Integer getReEvaluateAfterVisits() {
        return reEvaluateAfterVisits;
    }

    public void setReEvaluateAfterVisits(Integer reEvaluateAfterVisits) {
        this.reEvaluateAfterVisits = reEvaluateAfterVisits;
    }

    public LocalDate getReEvaluateOn() {
        return reEvaluateOn;
    }

    public void setReEvaluateOn(LocalDate reEvaluateOn) {
        this.reEvaluateOn = reEvaluateOn;
    }

    public List<ExerciseRow> getExercises() {
        return exercises;
    }
}
