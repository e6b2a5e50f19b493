package org.artclinic.clinic.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.Practitioner;

/**
 * A patient's treatment plan (decision 0032), written by a practitioner: {@link PlanTerms} while it
 * is active, then completed or discontinued and kept as it was. A patient has at most one active
 * plan (the service checks it with the patient's row locked). Edits carry the version read, so a
 * second tab's stale edit is refused rather than overwriting the first.
 */
@Entity
@Table(name = "treatment_plan")
@NamedQuery(name = TreatmentPlan.OF_PATIENT,
        query = "SELECT p FROM TreatmentPlan p JOIN FETCH p.practitioner JOIN FETCH p.patient WHERE p.patient.id = :patient"
                + " ORDER BY p.startsOn DESC, p.id DESC")
@NamedQuery(name = TreatmentPlan.ACTIVE_OF_PATIENT,
        query = "SELECT p FROM TreatmentPlan p JOIN FETCH p.practitioner JOIN FETCH p.patient WHERE p.patient.id = :patient"
                + " AND p.status = org.artclinic.clinic.plan.PlanStatus.ACTIVE")
public class TreatmentPlan extends BaseEntity {

    public static final String OF_PATIENT = "TreatmentPlan.ofPatient";
    public static final String ACTIVE_OF_PATIENT = "TreatmentPlan.activeOfPatient";
    public static final int MAX_REASON = 300;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id", nullable = false)
    private Practitioner practitioner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private PlanStatus status = PlanStatus.ACTIVE;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "visits_per_week", nullable = false)
    private int visitsPerWeek;

    @Column(nullable = false)
    private int weeks;

    @Column(name = "planned_visits", nullable = false)
    private int plannedVisits;

    @Column(name = "re_evaluate_after_visits")
    private Integer reEvaluateAfterVisits;

    @Column(name = "re_evaluate_on")
    private LocalDate reEvaluateOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "treatment_plan_diagnosis", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false, length = 10)
    private List<String> diagnoses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "treatment_plan_goal", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanGoal> goals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "treatment_plan_exercise", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<HomeExercise> homeProgram = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_by", nullable = false, length = 50)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = MAX_REASON)
    private String endReason;

    protected TreatmentPlan() {
        // for JPA
    }

    public TreatmentPlan(Patient patient, Practitioner practitioner, PlanTerms terms, String by, Instant at) {
        this.patient = patient;
        this.practitioner = practitioner;
        this.createdBy = by;
        this.createdAt = at;
        apply(terms, by, at);
    }

    /** Replaces the terms of an active plan, read at {@code version}. */
    public void revise(long version, PlanTerms terms, String by, Instant at) {
        requireActive("changed");
        requireVersion(version, "this plan");
        apply(terms, by, at);
    }

    /** Ends the plan: all its visits done and goals reviewed. */
    public void complete(long version, LocalDate on, String note, String by, Instant at) {
        end(version, PlanStatus.COMPLETED, on, Text.optional(note, MAX_REASON, "The closing note"), by, at);
    }

    /** Ends the plan early, with the reason (the patient moved, was referred on, stopped coming). */
    public void discontinue(long version, LocalDate on, String reason, String by, Instant at) {
        end(version, PlanStatus.DISCONTINUED, on, Text.required(reason, MAX_REASON, "The reason for stopping the plan"),
                by, at);
    }

    private void end(long version, PlanStatus next, LocalDate on, String reason, String by, Instant at) {
        requireActive(next == PlanStatus.COMPLETED ? "completed" : "discontinued");
        requireVersion(version, "this plan");
        this.status = next;
        this.endedOn = on.isBefore(startsOn) ? startsOn : on;
        this.endReason = reason;
        this.changedBy = by;
        this.changedAt = at;
    }

    private void requireActive(String what) {
        if (status != PlanStatus.ACTIVE) {
            throw new StateConflict("This plan is " + status.words() + " and cannot be " + what
                    + "; write a new plan instead.");
        }
    }

    private void apply(PlanTerms terms, String by, Instant at) {
        this.startsOn = terms.startsOn();
        this.visitsPerWeek = terms.visitsPerWeek();
        this.weeks = terms.weeks();
        this.plannedVisits = terms.plannedVisits();
        this.reEvaluateAfterVisits = terms.reEvaluateAfterVisits();
        this.reEvaluateOn = terms.reEvaluateOn();
        this.diagnoses.clear();
        this.diagnoses.addAll(terms.diagnoses());
        // copies: an embeddable belongs to one owner, and the catalogue's exercises are shared constants
        this.goals.clear();
        terms.goals().forEach(goal -> this.goals.add(goal.copy()));
        this.homeProgram.clear();
        terms.homeProgram().forEach(exercise -> this.homeProgram.add(exercise.copy()));
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The plan's terms as they stand. */
    public PlanTerms terms() {
        return new PlanTerms(startsOn, diagnoses, goals, visitsPerWeek, weeks, plannedVisits, reEvaluateAfterVisits,
                reEvaluateOn, homeProgram);
    }

    /** How far the plan has come with this many visits, on a day. */
    public PlanProgress progress(int visitsUsed, LocalDate today) {
        return PlanProgress.of(terms(), visitsUsed, today);
    }

    /** The last day whose visits count for the plan: the day it ended, or none while it is active. */
    public LocalDate countsUntil() {
        return endedOn;
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    public Patient getPatient() {
        return patient;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public int getVisitsPerWeek() {
        return visitsPerWeek;
    }

    public int getWeeks() {
        return weeks;
    }

    public int getPlannedVisits() {
        return plannedVisits;
    }

    public Integer getReEvaluateAfterVisits() {
        return reEvaluateAfterVisits;
    }

    public LocalDate getReEvaluateOn() {
        return reEvaluateOn;
    }

    public List<String> getDiagnoses() {
        return Collections.unmodifiableList(diagnoses);
    }

    public List<PlanGoal> getGoals() {
        return Collections.unmodifiableList(goals);
    }

    public List<HomeExercise> getHomeProgram() {
        return Collections.unmodifiableList(homeProgram);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }
}
