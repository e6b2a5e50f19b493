package org.artclinic.clinic.plan;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ComplaintRegion;
import org.artclinic.clinic.intake.IntakeAssessment;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.outcome.Direction;
import org.artclinic.clinic.outcome.Instrument;
import org.artclinic.clinic.outcome.OutcomeService;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code charting/plan.xhtml?patient=N}: the patient's active plan to edit (or a new one,
 * prefilled from the intake: its limited movements as range goals, the latest outcome score one
 * meaningful change better as a score goal, the patient's own goal in words), the home program
 * with one-click suggestions for the patient's regions, the PDF handout, and the ended plans.
 */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Range goals prefilled from the intake at most. */
    private static final int PREFILLED_RANGE_GOALS = 2;

    @EJB
    private TreatmentPlanService plans;

    @EJB
    private PatientService patients;

    @EJB
    private IntakeService intakes;

    @EJB
    private OutcomeService outcomes;

    @EJB
    private ClinicSetupService setup;

    @Inject
    private ClinicClock clock;

    @Inject
    @Param(name = "patient")
    private Long patientId;

    private boolean found;
    private String patientName;
    private TreatmentPlanService.PlanView active;
    private List<TreatmentPlanService.PlanView> ended = List.of();
    private PlanForm form;
    private boolean mine;
    private List<BodyRegion> regions = List.of();
    private BodyRegion suggestionRegion;
    private String endNote;

    /** View action: the patient, their active plan (or a new plan's form), and the ended ones. */
    public void load() {
        if (patientId == null) {
            Messages.error("plan.none");
            return;
        }
        Optional<Patient> patient = Messages.read(() -> patients.find(patientId));
        if (patient.isEmpty()) {
            return;
        }
        found = true;
        patientName = patient.get().getFullName();
        Optional<IntakeAssessment> intake = intakes.intakes(patientId).stream().findFirst();
        regions = intake.map(i -> i.getRegions().stream().map(ComplaintRegion::getRegion).distinct().toList())
                .orElse(List.of());
        suggestionRegion = regions.isEmpty() ? BodyRegion.NECK : regions.get(0);
        refresh();
        if (active == null) {
            form = newForm(intake);
        }
    }

    private void refresh() {
        List<TreatmentPlanService.PlanView> all = plans.ofPatient(patientId);
        active = all.stream().filter(v -> v.plan().isActive()).findFirst().orElse(null);
        ended = all.stream().filter(v -> !v.plan().isActive()).toList();
        String caller = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        mine = active == null || setup.practitionerOfUser(caller)
                .map(p -> p.getId().equals(active.plan().getPractitioner().getId())).orElse(false);
        if (active != null) {
            form = PlanForm.of(active.plan().terms());
        }
    }

    /** A new plan: the article's usual course from today, with goals taken from the intake and outcome scores. */
    private PlanForm newForm(Optional<IntakeAssessment> intake) {
        PlanForm fresh = new PlanForm();
        fresh.setStartsOn(clock.today());
        intake.ifPresent(i -> i.getRangeOfMotion().stream().filter(RangeOfMotion::isBelowNormal)
                .limit(PREFILLED_RANGE_GOALS).forEach(rom -> {
                    PlanForm.GoalRow row = new PlanForm.GoalRow(GoalKind.RANGE_OF_MOTION);
                    row.setMovement(rom.getMovement());
                    row.setSide(rom.getMovement().sided() ? rom.getSide() : null);
                    row.setDegrees(rom.getNormalDegrees());
                    fresh.getGoals().add(row);
                }));
        for (Instrument instrument : Instrument.suggestedFor(regions)) {
            outcomes.latest(patientId, instrument).map(entry -> entry.measure().getScore()).ifPresent(score -> {
                PlanForm.GoalRow row = new PlanForm.GoalRow(GoalKind.OUTCOME_SCORE);
                row.setInstrument(instrument);
                row.setScore(oneChangeBetter(instrument, score));
                fresh.getGoals().add(row);
            });
        }
        intake.map(IntakeAssessment::getGoals).filter(text -> text != null && !text.isBlank()).ifPresent(text -> {
            PlanForm.GoalRow row = new PlanForm.GoalRow(GoalKind.FUNCTIONAL);
            row.setText(text.length() > PlanGoal.MAX_TEXT ? text.substring(0, PlanGoal.MAX_TEXT) : text);
            fresh.getGoals().add(row);
        });
        if (fresh.getGoals().isEmpty()) {
            fresh.getGoals().add(new PlanForm.GoalRow(GoalKind.FUNCTIONAL));
        }
        return fresh;
    }

    /** The latest score moved by the instrument's meaningful change in the better direction, kept on its scale. */
    static BigDecimal oneChangeBetter(Instrument instrument, BigDecimal score) {
        if (score == null) {
            return null;
        }
        BigDecimal target = instrument.direction() == Direction.LOWER_IS_BETTER ? score.subtract(instrument.mcid())
                : score.add(instrument.mcid());
        target = target.max(BigDecimal.valueOf(instrument.minScore())).min(BigDecimal.valueOf(instrument.maxScore()));
        return target.setScale(0, RoundingMode.HALF_UP);
    }

    public void save() {
        if (active == null) {
            Messages.change(() -> plans.create(patientId, form.terms()), "plan.saved", patientName);
        } else {
            Messages.change(() -> plans.revise(active.plan().getId(), active.plan().getVersion(), form.terms()),
                    "plan.saved", patientName);
        }
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            refresh();
        }
    }

    public void complete() {
        if (Messages.change(() -> plans.complete(active.plan().getId(), active.plan().getVersion(), endNote),
                "plan.completed")) {
            afterEnd();
        }
    }

    public void discontinue() {
        if (Messages.change(() -> plans.discontinue(active.plan().getId(), active.plan().getVersion(), endNote),
                "plan.discontinued")) {
            afterEnd();
        }
    }

    private void afterEnd() {
        endNote = null;
        refresh();
        if (active == null) {
            form = newForm(intakes.intakes(patientId).stream().findFirst());
        }
    }

    public void courseChanged() {
        form.courseChanged();
    }

    public void addGoal(GoalKind kind) {
        PlanForm.GoalRow row = new PlanForm.GoalRow(kind);
        if (kind == GoalKind.RANGE_OF_MOTION) {
            RomMovement movement = RomMovement.values()[0];
            for (RomMovement candidate : RomMovement.values()) {
                if (candidate.region() == suggestionRegion) {
                    movement = candidate;
                    break;
                }
            }
            row.setMovement(movement);
            row.setSide(movement.sided() ? Side.RIGHT : null);
            row.setDegrees(movement.normalDegrees());
        } else if (kind == GoalKind.OUTCOME_SCORE) {
            row.setInstrument(Instrument.suggestedFor(suggestionRegion));
        }
        form.getGoals().add(row);
    }

    public void removeGoal(PlanForm.GoalRow row) {
        form.getGoals().remove(row);
    }

    public void addExercise(HomeExercise exercise) {
        form.getExercises().add(PlanForm.ExerciseRow.of(exercise));
    }

    public void addOwnExercise() {
        PlanForm.ExerciseRow row = new PlanForm.ExerciseRow();
        row.setCategory(AftercareCategory.STRENGTHENING);
        form.getExercises().add(row);
    }

    public void removeExercise(PlanForm.ExerciseRow row) {
        form.getExercises().remove(row);
    }

    /** The catalogue's exercises for the region chosen, those already in the program left out. */
    public List<HomeExercise> getSuggestions() {
        Set<String> taken = new LinkedHashSet<>();
        form.getExercises().forEach(row -> taken.add(row.getName()));
        List<HomeExercise> offered = new ArrayList<>(ExerciseCatalogue.forRegion(suggestionRegion));
        offered.add(ExerciseCatalogue.TRACKING_DIARY);
        return offered.stream().filter(e -> !taken.contains(e.getName())).toList();
    }

    /** The handout of the active plan as saved. */
    public StreamedContent getHandout() {
        TreatmentPlan plan = plans.find(active.plan().getId());
        byte[] pdf = PlanHandout.of(plan, patientName, clock.today());
        return DefaultStreamedContent.builder()
                .name("home-program-" + plan.getId() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public boolean isEditable() {
        return found && mine;
    }

    public boolean isFound() {
        return found;
    }

    public Long getPatientId() {
        return patientId;
    }

    public String getPatientName() {
        return patientName;
    }

    public TreatmentPlanService.PlanView getActive() {
        return active;
    }

    public PlanBanner.Line getActiveLine() {
        return active == null ? null : PlanBanner.line(active);
    }

    public List<TreatmentPlanService.PlanView> getEnded() {
        return ended;
    }

    public PlanForm getForm() {
        return form;
    }

    public List<BodyRegion> getRegions() {
        return List.of(BodyRegion.values());
    }

    public BodyRegion getSuggestionRegion() {
        return suggestionRegion;
    }

    public void setSuggestionRegion(BodyRegion suggestionRegion) {
        this.suggestionRegion = suggestionRegion;
    }

    public String getEndNote() {
        return endNote;
    }

    public void setEndNote(String endNote) {
        this.endNote = endNote;
    }

    public List<RomMovement> getMovements() {
        return List.of(RomMovement.values());
    }

    public List<Instrument> getInstruments() {
        return List.of(Instrument.values());
    }

    public List<AftercareCategory> getCategories() {
        return List.of(AftercareCategory.values());
    }

    public List<GoalKind> getGoalKinds() {
        return List.of(GoalKind.values());
    }

    public List<Side> getSides() {
        return List.of(Side.LEFT, Side.RIGHT);
    }
}
