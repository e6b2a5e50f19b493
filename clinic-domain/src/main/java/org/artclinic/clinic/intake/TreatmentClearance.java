package org.artclinic.clinic.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.patient.Patient;

/**
 * A practitioner's record that a patient referred for a red flag was evaluated and may be treated:
 * who cleared, when, on what evidence, and which intake's referral it clears. It lifts the referral
 * of that intake only: local contraindications keep blocking their regions, and a later intake with
 * a red flag needs its own clearance (issue 4).
 */
@Entity
@Table(name = "treatment_clearance")
@NamedQuery(name = TreatmentClearance.OF_INTAKE, query = "SELECT c FROM TreatmentClearance c "
        + "WHERE c.intake = :intake ORDER BY c.clearedAt DESC, c.id DESC")
public class TreatmentClearance extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String OF_INTAKE = "TreatmentClearance.ofIntake";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "intake_id", nullable = false, updatable = false)
    private IntakeAssessment intake;

    /** The practitioner's user name. */
    @Column(name = "cleared_by", nullable = false, length = 80, updatable = false)
    private String clearedBy;

    /** The practitioner's name as shown to people (their practitioner record, or the user name). */
    @Column(name = "cleared_by_name", nullable = false, length = 120, updatable = false)
    private String clearedByName;

    @Column(name = "cleared_at", nullable = false, updatable = false)
    private Instant clearedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_kind", nullable = false, length = 40, updatable = false)
    private ClearanceEvidence evidenceKind;

    /** E.g. "Letter from Dr. Lee, 3 March: no fracture on X-ray, cleared for soft-tissue work". */
    @Column(name = "evidence", nullable = false, length = 1000, updatable = false)
    private String evidence;

    /** The date of the evidence itself (the letter's date), if known. */
    @Column(name = "evidence_date", updatable = false)
    private LocalDate evidenceDate;

    protected TreatmentClearance() {
        // for JPA
    }

    public TreatmentClearance(IntakeAssessment intake, String clearedBy, String clearedByName, Instant clearedAt,
            ClearanceEvidence evidenceKind, String evidence, LocalDate evidenceDate, LocalDate today) {
        this.intake = Objects.requireNonNull(intake);
        if (!intake.isReferralRequired()) {
            throw new DomainException("This intake found no red flag, so there is no referral to clear.");
        }
        if (evidenceKind == null) {
            throw new DomainException("Say what the clearance rests on, e.g. a physician's letter.");
        }
        this.evidence = Text.required(evidence, 1000, "The evidence for the clearance");
        if (evidenceDate != null && evidenceDate.isAfter(today)) {
            throw new DomainException("The date of the evidence cannot be in the future.");
        }
        // evidence may predate the intake: a patient often brings the emergency department's record of the fall
        this.patient = intake.getPatient();
        this.clearedBy = Objects.requireNonNull(clearedBy);
        this.clearedByName = Text.required(clearedByName, 120, "The name of the practitioner who clears");
        this.clearedAt = Objects.requireNonNull(clearedAt);
        this.evidenceKind = evidenceKind;
        this.evidenceDate = evidenceDate;
    }

    /** "Cleared by Dr. Ana Ruiz on a letter from the patient's physician: ..." for the gate's explanation. */
    public String describe() {
        return "Cleared by " + clearedByName + " on " + evidenceKind.words() + ": " + evidence;
    }

    public Patient getPatient() {
        return patient;
    }

    public IntakeAssessment getIntake() {
        return intake;
    }

    public String getClearedBy() {
        return clearedBy;
    }

    public String getClearedByName() {
        return clearedByName;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }

    public ClearanceEvidence getEvidenceKind() {
        return evidenceKind;
    }

    public String getEvidence() {
        return evidence;
    }

    public LocalDate getEvidenceDate() {
        return evidenceDate;
    }
}
