package org.artclinic.clinic.intake;

import java.time.Instant;
import java.time.LocalDate;
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
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.patient.Patient;

/**
 * A patient's informed consent to manual therapy: which version of the text they signed, on what
 * date, who witnessed it, and whether they later withdrew it.
 */
@Entity
@Table(name = "patient_consent")
@NamedQuery(name = PatientConsent.LATEST_OF_PATIENT, query = "SELECT c FROM PatientConsent c "
        + "WHERE c.patient = :patient ORDER BY c.recordedAt DESC, c.id DESC")
public class PatientConsent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** A patient's consents, newest first. */
    public static final String LATEST_OF_PATIENT = "PatientConsent.latestOfPatient";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "consent_text_id", nullable = false, updatable = false)
    private ConsentText text;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    /** The staff member who saw the patient sign, by name. */
    @Column(name = "witnessed_by", nullable = false, length = 120, updatable = false)
    private String witnessedBy;

    @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 80)
    private String withdrawnBy;

    protected PatientConsent() {
        // for JPA
    }

    public PatientConsent(Patient patient, ConsentText text, LocalDate signedOn, String witnessedBy,
            String recordedBy, Instant recordedAt, LocalDate today) {
        this.patient = Objects.requireNonNull(patient);
        if (text == null) {
            throw new DomainException("No consent text is published yet; an administrator must publish one.");
        }
        this.text = text;
        if (signedOn == null) {
            throw new DomainException("The date the patient signed is required.");
        }
        if (signedOn.isAfter(today)) {
            throw new DomainException("The consent cannot be signed in the future.");
        }
        if (signedOn.isBefore(text.getPublishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1))) {
            throw new DomainException("Version " + text.getNumber() + " of the consent text did not exist on "
                    + signedOn + ".");
        }
        this.signedOn = signedOn;
        this.witnessedBy = Text.required(witnessedBy, 120, "The witness");
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** The patient takes back their consent; treatment stops until they sign again. */
    public void withdraw(String by, Instant at) {
        if (withdrawnAt != null) {
            throw new DomainException("This consent was withdrawn already.");
        }
        withdrawnBy = Objects.requireNonNull(by);
        withdrawnAt = Objects.requireNonNull(at);
    }

    /**
     * Where the patient's consent stands, judged on their latest consent record.
     *
     * @param latest the patient's latest consent record; null when there is none
     * @param binding the latest version of the text that needs new signatures; null when none is published
     */
    public static TreatmentGate.ConsentState stateOf(PatientConsent latest, ConsentText binding) {
        if (latest == null) {
            return TreatmentGate.ConsentState.MISSING;
        }
        if (latest.isWithdrawn()) {
            return TreatmentGate.ConsentState.WITHDRAWN;
        }
        if (binding != null && latest.text.getNumber() < binding.getNumber()) {
            return TreatmentGate.ConsentState.OUTDATED;
        }
        return TreatmentGate.ConsentState.CURRENT;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Patient getPatient() {
        return patient;
    }

    public ConsentText getText() {
        return text;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getWitnessedBy() {
        return witnessedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }
}
