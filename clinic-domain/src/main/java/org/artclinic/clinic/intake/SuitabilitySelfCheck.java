package org.artclinic.clinic.intake;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.patient.Patient;

/**
 * A patient's answers to the suitability self-check, answered by the patient or entered by the
 * front desk, usually before the intake. A new answer sheet is a new record; the intake shows the
 * latest one. Yes/no per statement; an unanswered statement is null.
 */
@Entity
@Table(name = "suitability_self_check")
@NamedQuery(name = SuitabilitySelfCheck.LATEST_OF_PATIENT, query = "SELECT s FROM SuitabilitySelfCheck s "
        + "WHERE s.patient = :patient ORDER BY s.answeredAt DESC, s.id DESC")
public class SuitabilitySelfCheck extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String LATEST_OF_PATIENT = "SuitabilitySelfCheck.latestOfPatient";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Column(name = "muscle_or_tendon")
    private Boolean muscleOrTendon;

    @Column(name = "worse_with_repeated_use")
    private Boolean worseWithRepeatedUse;

    @Column(name = "restriction_despite_stretching")
    private Boolean restrictionDespiteStretching;

    @Column(name = "longer_than_four_to_six_weeks")
    private Boolean longerThanFourToSixWeeks;

    @Column(name = "accepts_brief_discomfort")
    private Boolean acceptsBriefDiscomfort;

    @Column(name = "open_to_exercises")
    private Boolean openToExercises;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    /** The user who entered the answers (the front desk, or the practitioner at intake). */
    @Column(name = "entered_by", nullable = false, length = 80, updatable = false)
    private String enteredBy;

    protected SuitabilitySelfCheck() {
        // for JPA
    }

    public SuitabilitySelfCheck(Patient patient, Map<SelfCheckStatement, Boolean> answers, String enteredBy,
            Instant answeredAt) {
        this.patient = Objects.requireNonNull(patient);
        if (answers == null || answers.values().stream().allMatch(Objects::isNull)) {
            throw new DomainException("Answer at least one statement of the self-check.");
        }
        muscleOrTendon = answers.get(SelfCheckStatement.MUSCLE_OR_TENDON);
        worseWithRepeatedUse = answers.get(SelfCheckStatement.WORSE_WITH_REPEATED_USE);
        restrictionDespiteStretching = answers.get(SelfCheckStatement.RESTRICTION_DESPITE_STRETCHING);
        longerThanFourToSixWeeks = answers.get(SelfCheckStatement.LONGER_THAN_FOUR_TO_SIX_WEEKS);
        acceptsBriefDiscomfort = answers.get(SelfCheckStatement.ACCEPTS_BRIEF_DISCOMFORT);
        openToExercises = answers.get(SelfCheckStatement.OPEN_TO_EXERCISES);
        this.enteredBy = Objects.requireNonNull(enteredBy);
        this.answeredAt = Objects.requireNonNull(answeredAt);
    }

    /** Every statement in order, with its answer (null when unanswered). */
    public Map<SelfCheckStatement, Boolean> answers() {
        Map<SelfCheckStatement, Boolean> answers = new EnumMap<>(SelfCheckStatement.class);
        answers.put(SelfCheckStatement.MUSCLE_OR_TENDON, muscleOrTendon);
        answers.put(SelfCheckStatement.WORSE_WITH_REPEATED_USE, worseWithRepeatedUse);
        answers.put(SelfCheckStatement.RESTRICTION_DESPITE_STRETCHING, restrictionDespiteStretching);
        answers.put(SelfCheckStatement.LONGER_THAN_FOUR_TO_SIX_WEEKS, longerThanFourToSixWeeks);
        answers.put(SelfCheckStatement.ACCEPTS_BRIEF_DISCOMFORT, acceptsBriefDiscomfort);
        answers.put(SelfCheckStatement.OPEN_TO_EXERCISES, openToExercises);
        return Collections.unmodifiableMap(answers);
    }

    public int getApplyingCount() {
        return SelfCheckGuidance.applying(answers());
    }

    public String getGuidance() {
        return SelfCheckGuidance.guidance(answers());
    }

    public Patient getPatient() {
        return patient;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getEnteredBy() {
        return enteredBy;
    }
}
