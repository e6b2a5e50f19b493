package org.artclinic.clinic.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.patient.Patient;

/**
 * One administration of an outcome instrument to a patient: every item's answer (item by item),
 * when and by whom it was recorded, and the result of the instrument's scoring rule - a score, or
 * no score with the reason. Scored once, when recorded; a record is never changed afterwards.
 */
@Entity
@Table(name = "outcome_measure")
@NamedQueries({
    @NamedQuery(name = OutcomeMeasure.OF_PATIENT,
            query = "SELECT o FROM OutcomeMeasure o WHERE o.patient = :patient "
                    + "ORDER BY o.administeredAt DESC, o.id DESC"),
    @NamedQuery(name = OutcomeMeasure.OF_PATIENT_BETWEEN,
            query = "SELECT o FROM OutcomeMeasure o WHERE o.patient.id = :patient AND o.administeredAt >= :from "
                    + "AND o.administeredAt < :to ORDER BY o.administeredAt DESC, o.id DESC"),
    @NamedQuery(name = OutcomeMeasure.COUNT_OF_PATIENT,
            // a column of the patient's index, not the id: counted from the index alone (decision 0061)
            query = "SELECT COUNT(o.administeredAt) FROM OutcomeMeasure o WHERE o.patient = :patient"),
    @NamedQuery(name = OutcomeMeasure.OF_PATIENT_AND_INSTRUMENT,
            query = "SELECT o FROM OutcomeMeasure o WHERE o.patient = :patient AND o.instrument = :instrument "
                    + "ORDER BY o.administeredAt DESC, o.id DESC"),
    @NamedQuery(name = OutcomeMeasure.COUNT_OF_PATIENT_AND_INSTRUMENT,
            query = "SELECT COUNT(o.administeredAt) FROM OutcomeMeasure o WHERE o.patient = :patient"
                    + " AND o.instrument = :instrument"),
    @NamedQuery(name = OutcomeMeasure.SCORED_BEFORE,
            query = "SELECT o FROM OutcomeMeasure o WHERE o.patient = :patient AND o.instrument = :instrument "
                    + "AND o.score IS NOT NULL AND (o.administeredAt < :at OR (o.administeredAt = :at AND o.id < :id)) "
                    + "ORDER BY o.administeredAt DESC, o.id DESC"),
    @NamedQuery(name = OutcomeMeasure.FIRST_SCORED,
            query = "SELECT o FROM OutcomeMeasure o WHERE o.patient = :patient AND o.instrument = :instrument "
                    + "AND o.score IS NOT NULL ORDER BY o.administeredAt, o.id")
})
public class OutcomeMeasure extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Newest first, all instruments; parameter {@code patient}. */
    public static final String OF_PATIENT = "OutcomeMeasure.ofPatient";
    public static final String COUNT_OF_PATIENT = "OutcomeMeasure.countOfPatient";
    /** A patient's administrations in a period [from, to), the latest first (the progress chart). */
    public static final String OF_PATIENT_BETWEEN = "OutcomeMeasure.ofPatientBetween";
    /** Newest first; parameters {@code patient}, {@code instrument}. */
    public static final String OF_PATIENT_AND_INSTRUMENT = "OutcomeMeasure.ofPatientAndInstrument";
    public static final String COUNT_OF_PATIENT_AND_INSTRUMENT = "OutcomeMeasure.countOfPatientAndInstrument";
    /** Scored administrations before a given one (parameters {@code at}, {@code id}), newest first. */
    public static final String SCORED_BEFORE = "OutcomeMeasure.scoredBefore";
    /** Scored administrations, oldest first: the first is the baseline. */
    public static final String FIRST_SCORED = "OutcomeMeasure.firstScored";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Instrument instrument;

    @Column(name = "administered_at", nullable = false)
    private Instant administeredAt;

    @Column(name = "administered_by", nullable = false, length = 50)
    private String administeredBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "outcome_answer", joinColumns = @JoinColumn(name = "outcome_measure_id"))
    @OrderBy("item")
    private List<ItemAnswer> answers = new ArrayList<>();

    @Column(precision = 6, scale = 2)
    private BigDecimal score;

    @Column(name = "unscorable_reason", length = Instrument.MAX_REASON_LENGTH)
    private String unscorableReason;

    protected OutcomeMeasure() {
    }

    /**
     * Records and scores an administration.
     *
     * @param answers one per item in the instrument's order, {@code null} for an unanswered item
     * @throws InvalidAnswers when an answer is out of its item's range or the count is wrong
     */
    public OutcomeMeasure(Patient patient, Instrument instrument, List<Integer> answers, Instant administeredAt,
            String administeredBy) {
        this.patient = Objects.requireNonNull(patient, "patient");
        if (instrument == null) {
            throw new DomainException("Choose the instrument that was administered.");
        }
        this.instrument = instrument;
        Scoring scoring = instrument.score(answers);
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) != null) {
                this.answers.add(new ItemAnswer(i + 1, answers.get(i)));
            }
        }
        // kept as the database keeps it (microseconds, H2 and PostgreSQL alike): the history's
        // "scored before this one" query compares the stored time with this value, and a
        // nanosecond more would find the administration itself as its own predecessor
        this.administeredAt = Objects.requireNonNull(administeredAt, "administeredAt").truncatedTo(ChronoUnit.MICROS);
        this.administeredBy = Text.required(administeredBy, 50, "Who administered it");
        this.score = scoring.score();
        this.unscorableReason = scoring.unscorableReason();
    }

    /** The answers in the instrument's order, {@code null} where the item was left unanswered. */
    public List<Integer> answers() {
        Integer[] all = new Integer[instrument.itemCount()];
        for (ItemAnswer answer : answers) {
            all[answer.getItem() - 1] = answer.getAnswer();
        }
        return Arrays.asList(all);
    }

    /** The stored result as scored when recorded. */
    public Scoring scoring() {
        return new Scoring(instrument, getScore(), unscorableReason);
    }

    public boolean isScored() {
        return score != null;
    }

    /**
     * The change from an earlier administration of the same instrument to this one, flagged
     * against the MCID; null when either has no score.
     */
    public Change changeSince(OutcomeMeasure earlier) {
        if (earlier == null || !isScored() || !earlier.isScored()) {
            return null;
        }
        if (earlier.instrument != instrument) {
            throw new IllegalArgumentException("only administrations of the same instrument can be compared");
        }
        return instrument.change(earlier.getScore(), getScore());
    }

    public Patient getPatient() {
        return patient;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public Instant getAdministeredAt() {
        return administeredAt;
    }

    public String getAdministeredBy() {
        return administeredBy;
    }

    /** The score on the instrument's reporting scale, or null when it could not be scored. */
    public BigDecimal getScore() {
        return score == null ? null : score.setScale(instrument.reportingScale(), RoundingMode.HALF_UP);
    }

    /** Why there is no score, in plain words; null when scored. */
    public String getUnscorableReason() {
        return unscorableReason;
    }
}
