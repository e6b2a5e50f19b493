package org.artclinic.clinic.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.patient.Patient;

/**
 * A practitioner's intake assessment: the history, the objective findings, the red-flag screening
 * with the decision it led to, and the self-check the patient had answered. One starts each
 * episode of care; a re-assessment later in the episode is another intake that names the one it
 * re-assesses ({@link #getReassessmentOf()}). The latest intake of a patient is the one whose
 * screening gates treatment.
 *
 * <p>An intake is a clinical record: once recorded it is not edited. The decision is computed when
 * the intake is recorded and stored with it, so later changes of the rules do not rewrite it.
 */
@Entity
@Table(name = "intake_assessment")
@NamedQuery(name = IntakeAssessment.OF_PATIENT, query = "SELECT i FROM IntakeAssessment i "
        + "WHERE i.patient = :patient ORDER BY i.assessedAt DESC, i.id DESC")
@NamedQuery(name = IntakeAssessment.OF_PATIENT_BEFORE, query = "SELECT i FROM IntakeAssessment i "
        + "WHERE i.patient.id = :patient AND i.assessedAt <= :before ORDER BY i.assessedAt DESC, i.id DESC")
@NamedQuery(name = IntakeAssessment.OF_PATIENT_BETWEEN, query = "SELECT i FROM IntakeAssessment i "
        + "WHERE i.patient.id = :patient AND i.assessedAt >= :from AND i.assessedAt < :to ORDER BY i.assessedAt DESC, i.id DESC")
public class IntakeAssessment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** A patient's intakes, newest first. */
    public static final String OF_PATIENT = "IntakeAssessment.ofPatient";
    /** A patient's intakes up to an instant, newest first (the baseline of a visit or a period). */
    public static final String OF_PATIENT_BEFORE = "IntakeAssessment.ofPatientBefore";
    /** A patient's intakes (re-assessments) in a period [from, to), latest first (the progress chart). */
    public static final String OF_PATIENT_BETWEEN = "IntakeAssessment.ofPatientBetween";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reassessment_of_id", updatable = false)
    private IntakeAssessment reassessmentOf;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;

    /** The practitioner's user name. */
    @Column(name = "assessed_by", nullable = false, length = 80, updatable = false)
    private String assessedBy;

    // ---- history

    @Column(name = "chief_complaint", nullable = false, length = 500)
    private String chiefComplaint;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_region", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "item_order")
    private List<ComplaintRegion> regions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "onset_type", length = 30)
    private OnsetType onsetType;

    @Column(name = "onset_date")
    private LocalDate onsetDate;

    @Column(name = "duration_weeks")
    private Integer durationWeeks;

    @Column(name = "aggravating_activities", length = 1000)
    private String aggravatingActivities;

    @Column(name = "easing_activities", length = 1000)
    private String easingActivities;

    @Column(name = "training_load", length = 1000)
    private String trainingLoad;

    @Column(name = "work_setup", length = 1000)
    private String workSetup;

    @Column(name = "prior_injuries_surgeries", length = 1000)
    private String priorInjuriesAndSurgeries;

    @Column(name = "medications", length = 1000)
    private String medications;

    /** In the patient's words. */
    @Column(name = "goals", length = 1000)
    private String goals;

    // ---- objective

    @Column(name = "posture_observations", length = 1000)
    private String postureObservations;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_range_of_motion", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "item_order")
    private List<RangeOfMotion> rangeOfMotion = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_neuro_finding", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "item_order")
    private List<NeuroFinding> neuroScreen = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_palpation", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "item_order")
    private List<PalpationFinding> palpation = new ArrayList<>();

    @Embedded
    private PainScores pain;

    // ---- screening and its decision

    @Column(name = "recent_trauma", nullable = false)
    private boolean recentTrauma;

    @Column(name = "weight_loss_fever_night_pain", nullable = false)
    private boolean unexplainedWeightLossFeverNightPain;

    @Column(name = "progressive_neuro_deficit", nullable = false)
    private boolean progressiveNeurologicalDeficit;

    @Column(name = "bleeding_risk", nullable = false)
    private boolean bleedingDisorderOrAnticoagulants;

    @Column(name = "pregnancy", nullable = false)
    private boolean pregnancy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_local_contraindication", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "item_order")
    private List<LocalContraindication> localContraindications = new ArrayList<>();

    /** The decision as made when the intake was recorded: false while a red flag asked for a referral. */
    @Column(name = "decision_treatment_allowed", nullable = false, updatable = false)
    private boolean decisionTreatmentAllowed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_decision_line", joinColumns = @JoinColumn(name = "intake_id"))
    @OrderColumn(name = "item_order")
    private List<DecisionLine> decisionLines = new ArrayList<>();

    /** The self-check the patient had answered when the intake was recorded, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "self_check_id", updatable = false)
    private SuitabilitySelfCheck selfCheck;

    protected IntakeAssessment() {
        // for JPA
    }

    /**
     * Records an intake and makes its screening decision.
     *
     * @param reassessmentOf the intake this one re-assesses (same episode of care); null for a new episode
     * @param selfCheck the patient's latest self-check answers, if any
     * @param today to refuse an onset in the future
     */
    public IntakeAssessment(Patient patient, IntakeAssessment reassessmentOf, IntakeDetails details,
            ScreeningAnswers screening, SuitabilitySelfCheck selfCheck, String assessedBy, Instant assessedAt,
            LocalDate today) {
        this.patient = Objects.requireNonNull(patient);
        if (reassessmentOf != null && !reassessmentOf.getPatient().equals(patient)) {
            throw new DomainException("A re-assessment must be of an intake of the same patient.");
        }
        if (selfCheck != null && !selfCheck.getPatient().equals(patient)) {
            throw new DomainException("The self-check belongs to another patient.");
        }
        this.reassessmentOf = reassessmentOf;
        this.selfCheck = selfCheck;
        this.assessedBy = Objects.requireNonNull(assessedBy);
        this.assessedAt = Objects.requireNonNull(assessedAt);
        takeHistory(details, today);
        takeObjective(details);
        if (screening == null) { // an unasked screening is never "no red flags" (ScreeningAnswers)
            throw new DomainException("Answer the red-flag screening before recording the intake.");
        }
        takeScreening(screening);
    }

    private void takeHistory(IntakeDetails d, LocalDate today) {
        chiefComplaint = Text.required(d.chiefComplaint(), 500, "The chief complaint");
        if (d.regions().isEmpty()) {
            throw new DomainException("Choose at least one body region of the complaint.");
        }
        regions.addAll(new LinkedHashSet<>(d.regions()));
        onsetType = d.onsetType();
        if (d.onsetDate() != null && d.onsetDate().isAfter(today)) {
            throw new DomainException("The date of onset cannot be in the future.");
        }
        onsetDate = d.onsetDate();
        if (d.durationWeeks() != null && (d.durationWeeks() < 0 || d.durationWeeks() > 5200)) {
            throw new DomainException("The duration is given in weeks, from 0 to 5200.");
        }
        durationWeeks = d.durationWeeks();
        if (durationWeeks == null && onsetDate != null) {
            durationWeeks = (int) ChronoUnit.WEEKS.between(onsetDate, today);
        }
        aggravatingActivities = Text.optional(d.aggravatingActivities(), 1000, "Aggravating activities");
        easingActivities = Text.optional(d.easingActivities(), 1000, "Easing activities");
        trainingLoad = Text.optional(d.trainingLoad(), 1000, "Training load and recent changes");
        workSetup = Text.optional(d.workSetup(), 1000, "Work set-up");
        priorInjuriesAndSurgeries = Text.optional(d.priorInjuriesAndSurgeries(), 1000, "Prior injuries and surgeries");
        medications = Text.optional(d.medications(), 1000, "Medications");
        goals = Text.optional(d.goals(), 1000, "Goals");
    }

    private void takeObjective(IntakeDetails d) {
        postureObservations = Text.optional(d.postureObservations(), 1000, "Posture observations");
        rangeOfMotion.addAll(d.rangeOfMotion());
        neuroScreen.addAll(d.neuroScreen());
        palpation.addAll(d.palpation());
        pain = d.pain();
    }

    private void takeScreening(ScreeningAnswers s) {
        recentTrauma = s.recentTrauma();
        unexplainedWeightLossFeverNightPain = s.unexplainedWeightLossFeverNightPain();
        progressiveNeurologicalDeficit = s.progressiveNeurologicalDeficit();
        bleedingDisorderOrAnticoagulants = s.bleedingDisorderOrAnticoagulants();
        pregnancy = s.pregnancy();
        localContraindications.addAll(new LinkedHashSet<>(s.localContraindications()));
        ScreeningDecision decision = RedFlagScreening.screen(s);
        decisionTreatmentAllowed = decision.treatmentAllowed();
        decisionLines.addAll(decision.lines());
    }

    /** The decision recorded with this intake (not re-computed). */
    public ScreeningDecision decision() {
        return new ScreeningDecision(decisionTreatmentAllowed, decisionLines);
    }

    /** The answers as given. */
    public ScreeningAnswers screening() {
        return new ScreeningAnswers(recentTrauma, unexplainedWeightLossFeverNightPain, progressiveNeurologicalDeficit,
                bleedingDisorderOrAnticoagulants, pregnancy, localContraindications);
    }

    /** A red flag asked for a referral; a clearance must be recorded before treatment. */
    public boolean isReferralRequired() {
        return !decisionTreatmentAllowed;
    }

    public Patient getPatient() {
        return patient;
    }

    public IntakeAssessment getReassessmentOf() {
        return reassessmentOf;
    }

    public boolean isReassessment() {
        return reassessmentOf != null;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public String getChiefComplaint() {
        return chiefComplaint;
    }

    public List<ComplaintRegion> getRegions() {
        return Collections.unmodifiableList(regions);
    }

    public OnsetType getOnsetType() {
        return onsetType;
    }

    public LocalDate getOnsetDate() {
        return onsetDate;
    }

    public Integer getDurationWeeks() {
        return durationWeeks;
    }

    public String getAggravatingActivities() {
        return aggravatingActivities;
    }

    public String getEasingActivities() {
        return easingActivities;
    }

    public String getTrainingLoad() {
        return trainingLoad;
    }

    public String getWorkSetup() {
        return workSetup;
    }

    public String getPriorInjuriesAndSurgeries() {
        return priorInjuriesAndSurgeries;
    }

    public String getMedications() {
        return medications;
    }

    public String getGoals() {
        return goals;
    }

    public String getPostureObservations() {
        return postureObservations;
    }

    public List<RangeOfMotion> getRangeOfMotion() {
        return Collections.unmodifiableList(rangeOfMotion);
    }

    public List<NeuroFinding> getNeuroScreen() {
        return Collections.unmodifiableList(neuroScreen);
    }

    public List<PalpationFinding> getPalpation() {
        return Collections.unmodifiableList(palpation);
    }

    /** Never null: a pain score not asked is null inside. */
    public PainScores getPain() {
        return pain == null ? PainScores.notAsked() : pain;
    }

    public SuitabilitySelfCheck getSelfCheck() {
        return selfCheck;
    }
}
