package org.artclinic.clinic.charting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.protocol.Protocol;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.setup.Practitioner;

/**
 * The practitioner's note of one visit (one appointment): SOAP with the objective's range-of-motion
 * re-tests, the services given, and once signed, addenda. A draft is changed freely by its practitioner; {@link #sign signing} fixes it for good:
 * every later change is refused here ({@link StateConflict}), and on PostgreSQL a trigger refuses
 * an UPDATE or DELETE of a signed row as well (decision 0031). Corrections are {@link Addendum addenda}.
 */
@Entity
@Table(name = "visit_note")
@NamedQuery(name = VisitNote.BY_APPOINTMENT,
        query = "SELECT n FROM VisitNote n WHERE n.appointment.id = :appointment")
@NamedQuery(name = VisitNote.OF_PATIENT,
        query = "SELECT n FROM VisitNote n JOIN FETCH n.practitioner JOIN FETCH n.appointment a JOIN FETCH a.location"
                + " WHERE n.patient.id = :patient ORDER BY n.visitStartsAt DESC, n.id DESC")
@NamedQuery(name = VisitNote.EARLIER_OF_PATIENT,
        query = "SELECT n FROM VisitNote n WHERE n.patient.id = :patient AND n.visitStartsAt < :before"
                + " ORDER BY n.visitStartsAt DESC, n.id DESC")
@NamedQuery(name = VisitNote.OF_PATIENT_BETWEEN,
        query = "SELECT n FROM VisitNote n WHERE n.patient.id = :patient AND n.visitStartsAt >= :from"
                + " AND n.visitStartsAt < :to ORDER BY n.visitStartsAt DESC, n.id DESC")
// counts a column of the patient's index, not the id: counted from the index alone (decision 0061)
@NamedQuery(name = VisitNote.COUNT_OF_PATIENT,
        query = "SELECT COUNT(n.visitStartsAt) FROM VisitNote n WHERE n.patient.id = :patient")
@NamedQuery(name = VisitNote.UNSIGNED_OF_PRACTITIONER_ENDED_BEFORE,
        query = "SELECT n FROM VisitNote n JOIN FETCH n.patient JOIN FETCH n.appointment a JOIN FETCH a.location"
                + " WHERE n.practitioner.id = :practitioner"
                + " AND n.status = org.artclinic.clinic.charting.NoteStatus.DRAFT AND n.visitEndsAt < :before"
                + " ORDER BY n.visitStartsAt")
public class VisitNote extends BaseEntity {

    public static final String BY_APPOINTMENT = "VisitNote.byAppointment";
    public static final String OF_PATIENT = "VisitNote.ofPatient";
    public static final String COUNT_OF_PATIENT = "VisitNote.countOfPatient";
    /** A patient's notes of visits in a period [from, to), the latest first (the progress chart). */
    public static final String OF_PATIENT_BETWEEN = "VisitNote.ofPatientBetween";
    /** At most one re-test per movement and side: 31 movements, most of them sided. */
    public static final int MAX_ROM_RETESTS = 62;
    /** A patient's notes of visits before an instant, the latest first (the previous visit's entries). */
    public static final String EARLIER_OF_PATIENT = "VisitNote.earlierOfPatient";
    /** A practitioner's drafts of visits that ended before an instant (overdue: the My day to-do). */
    public static final String UNSIGNED_OF_PRACTITIONER_ENDED_BEFORE = "VisitNote.unsignedOfPractitionerEndedBefore";

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "appointment_id", nullable = false, unique = true)
    private Appointment appointment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id", nullable = false)
    private Practitioner practitioner;

    @Column(name = "visit_starts_at", nullable = false)
    private Instant visitStartsAt;

    @Column(name = "visit_ends_at", nullable = false)
    private Instant visitEndsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NoteStatus status = NoteStatus.DRAFT;

    @Column(length = Soap.MAX_TEXT)
    private String subjective;

    @Column(length = Soap.MAX_TEXT)
    private String objective;

    @Column(length = Soap.MAX_TEXT)
    private String assessment;

    @Column(name = "care_plan", length = Soap.MAX_TEXT)
    private String plan;

    @Column(name = "pain_today")
    private Integer painToday;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 50)
    private String openedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by", length = 50)
    private String signedBy;

    @Column(nullable = false)
    private boolean late;

    /** The objective's range-of-motion re-tests (decision 0033); fixed with the note when it is signed. */
    @ElementCollection
    @CollectionTable(name = "visit_note_rom", joinColumns = @JoinColumn(name = "visit_note_id"))
    @OrderColumn(name = "position")
    private List<RangeOfMotion> romRetests = new ArrayList<>();

    @OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<ArtEntry> artEntries = new ArrayList<>();

    @OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<VisitServiceLine> services = new ArrayList<>();

    @OneToMany(mappedBy = "note", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt, id")
    private List<Addendum> addenda = new ArrayList<>();

    protected VisitNote() {
        // for JPA
    }

    /**
     * The note of an appointment; the caller checked {@link VisitNoteRules#requireMayOpen} and that
     * the appointment is the practitioner's own.
     */
    public VisitNote(Appointment appointment, String openedBy, Instant openedAt) {
        this.appointment = Objects.requireNonNull(appointment, "appointment");
        this.patient = appointment.getPatient();
        this.practitioner = appointment.getPractitioner();
        this.visitStartsAt = appointment.getStartsAt();
        this.visitEndsAt = appointment.getEndsAt();
        this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    }

    /** Replaces the SOAP parts of a draft. */
    public void write(Soap soap) {
        requireDraft();
        this.subjective = soap.subjective();
        this.objective = soap.objective();
        this.assessment = soap.assessment();
        this.plan = soap.plan();
        this.painToday = soap.painToday();
    }

    /**
     * Replaces the range-of-motion re-tests of a draft: at most one measurement per movement and side.
     *
     * @throws StateConflict once the note is signed
     * @throws DomainException when a movement and side is measured twice
     */
    public void retest(List<RangeOfMotion> measurements) {
        requireDraft();
        if (measurements.size() > MAX_ROM_RETESTS) {
            throw new DomainException("A note holds at most " + MAX_ROM_RETESTS + " re-tests.");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RangeOfMotion measurement : measurements) {
            if (!seen.add(measurement.getMovement() + "/" + measurement.getSide())) {
                throw new DomainException(measurement.getMovement().label()
                        + (measurement.getMovement().sided() ? " " + measurement.getSide().words() : "")
                        + " is re-tested twice; keep one value.");
            }
        }
        romRetests.clear();
        romRetests.addAll(measurements);
    }

    /**
     * Adds an ART entry to a draft; the caller checked the screening gate for the protocol's region and
     * the practitioner's credentials for its group.
     */
    public ArtEntry addArtEntry(Protocol protocol, ArtEntry.Request request) {
        requireDraft();
        ArtEntry entry = new ArtEntry(this, protocol, request);
        artEntries.add(entry);
        return entry;
    }

    public void removeArtEntry(long entryId) {
        requireDraft();
        if (!artEntries.removeIf(entry -> Long.valueOf(entryId).equals(entry.getId()))) {
            throw new DomainException("There is no ART entry with id " + entryId + " on this note.");
        }
    }

    /** Adds a service to a draft; the caller checked the screening gate for a treatment. */
    public VisitServiceLine addService(VisitServiceLine.ServiceRequest request) {
        requireDraft();
        VisitServiceLine line = new VisitServiceLine(this, request);
        services.add(line);
        return line;
    }

    public void removeService(long serviceId) {
        requireDraft();
        if (!services.removeIf(line -> Long.valueOf(serviceId).equals(line.getId()))) {
            throw new DomainException("There is no service with id " + serviceId + " on this note.");
        }
    }

    /**
     * Signs the draft: from now on it never changes. The caller confirmed the practitioner's password.
     *
     * @throws StateConflict when it is signed already
     * @throws DomainException when nothing is written or charted
     */
    public void sign(String by, Instant at) {
        requireDraft();
        if (getSoap().isEmpty() && services.isEmpty() && artEntries.isEmpty()) {
            throw new DomainException("Nothing to sign yet: write the note (at least the assessment) or chart what "
                    + "was done.");
        }
        this.status = NoteStatus.SIGNED;
        this.signedBy = Objects.requireNonNull(by, "by");
        this.signedAt = Objects.requireNonNull(at, "at");
        this.late = VisitNoteRules.isLate(visitEndsAt, at);
    }

    /** Adds a correction or addition to a signed note. */
    public Addendum amend(String text, String by, Instant at) {
        if (!isSigned()) {
            throw new StateConflict("A draft is corrected by editing it; addenda are for signed notes.");
        }
        Addendum addendum = new Addendum(this, text, by, at);
        addenda.add(addendum);
        return addendum;
    }

    /** @throws StateConflict once the note is signed */
    public void requireDraft() {
        if (isSigned()) {
            throw new StateConflict("This note is signed (by " + signedBy + ") and can no longer be changed. "
                    + "Add an addendum instead.");
        }
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }

    public Soap getSoap() {
        return new Soap(subjective, objective, assessment, plan, painToday);
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public Patient getPatient() {
        return patient;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public Instant getVisitStartsAt() {
        return visitStartsAt;
    }

    public Instant getVisitEndsAt() {
        return visitEndsAt;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public boolean isLate() {
        return late;
    }

    public List<RangeOfMotion> getRomRetests() {
        return Collections.unmodifiableList(romRetests);
    }

    public List<ArtEntry> getArtEntries() {
        return Collections.unmodifiableList(artEntries);
    }

    public List<VisitServiceLine> getServices() {
        return Collections.unmodifiableList(services);
    }

    public List<Addendum> getAddenda() {
        return Collections.unmodifiableList(addenda);
    }
}
