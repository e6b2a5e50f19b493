package org.artclinic.clinic.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;

/**
 * A patient's visit with a practitioner at a location (and, for most treatments, in a room).
 * Status changes go through the methods named for what happens at the front desk.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = Appointment.OVERLAPPING_PRACTITIONER,
        query = "SELECT a FROM Appointment a WHERE a.practitioner = :practitioner AND a.startsAt < :end "
                + "AND a.startsAt > :earliest AND a.endsAt > :start AND a.status NOT IN :free AND a.id <> :selfId "
                + "ORDER BY a.startsAt")
@NamedQuery(name = Appointment.OVERLAPPING_ROOM,
        query = "SELECT a FROM Appointment a WHERE a.room = :room AND a.startsAt < :end "
                + "AND a.startsAt > :earliest AND a.endsAt > :start AND a.status NOT IN :free AND a.id <> :selfId "
                + "ORDER BY a.startsAt")
@NamedQuery(name = Appointment.OVERLAPPING_PATIENT,
        query = "SELECT a FROM Appointment a WHERE a.patient = :patient AND a.startsAt < :end "
                + "AND a.startsAt > :earliest AND a.endsAt > :start AND a.status NOT IN :free AND a.id <> :selfId "
                + "ORDER BY a.startsAt")
@NamedQuery(name = Appointment.OF_PATIENT,
        query = "SELECT a FROM Appointment a JOIN FETCH a.practitioner LEFT JOIN FETCH a.appointmentType "
                + "WHERE a.patient = :patient ORDER BY a.startsAt DESC")
// counts a column of the patient's index, not the id, so that PostgreSQL counts from the index alone
// instead of reading every visit's row (decision 0061)
@NamedQuery(name = Appointment.COUNT_OF_PATIENT,
        query = "SELECT COUNT(a.startsAt) FROM Appointment a WHERE a.patient = :patient")
@NamedQuery(name = Appointment.COUNT_BY_STATUS_OF_PATIENT,
        query = "SELECT COUNT(a) FROM Appointment a WHERE a.patient = :patient AND a.status = :status")
@NamedQuery(name = Appointment.COUNT_LATE_CANCELLED_OF_PATIENT,
        query = "SELECT COUNT(a) FROM Appointment a WHERE a.patient = :patient AND a.lateCancellation = TRUE")
@NamedQuery(name = Appointment.VISITS_IN_PERIOD,
        query = "SELECT a.startsAt, l.timeZone FROM Appointment a JOIN a.location l WHERE a.patient = :patient "
                + "AND a.startsAt >= :start AND a.startsAt < :end AND a.status NOT IN :free")
@NamedQuery(name = Appointment.OF_PATIENT_STARTING,
        query = "SELECT a FROM Appointment a JOIN FETCH a.location JOIN FETCH a.practitioner LEFT JOIN FETCH a.room "
                + "WHERE a.patient = :patient AND a.startsAt >= :from AND a.startsAt < :to ORDER BY a.startsAt")
@NamedQuery(name = Appointment.USUAL_TYPES_OF_PATIENT,
        query = "SELECT t.id, COUNT(a) AS visits FROM Appointment a JOIN a.appointmentType t WHERE a.patient.id = :patient "
                + "AND t.active = TRUE AND a.startsAt > :since GROUP BY t.id ORDER BY visits DESC, t.id")
@NamedQuery(name = Appointment.USUAL_TYPES_OF_PRACTITIONER,
        query = "SELECT t.id, COUNT(a) AS visits FROM Appointment a JOIN a.appointmentType t "
                + "WHERE a.practitioner.id = :practitioner AND t.active = TRUE AND a.startsAt > :since "
                + "GROUP BY t.id ORDER BY visits DESC, t.id")
@NamedQuery(name = Appointment.ROOMS_TAKEN,
        query = "SELECT DISTINCT a.room.id FROM Appointment a WHERE a.room.location.id = :location AND a.startsAt < :end "
                + "AND a.startsAt > :earliest AND a.endsAt > :start AND a.status NOT IN :free")
@NamedQuery(name = Appointment.OF_SERIES,
        query = "SELECT a FROM Appointment a WHERE a.series = :series ORDER BY a.startsAt")
public class Appointment extends BaseEntity {

    public static final String OVERLAPPING_PRACTITIONER = "Appointment.overlappingPractitioner";
    public static final String OVERLAPPING_ROOM = "Appointment.overlappingRoom";
    public static final String OVERLAPPING_PATIENT = "Appointment.overlappingPatient";
    public static final String OF_PATIENT = "Appointment.ofPatient";
    public static final String COUNT_OF_PATIENT = "Appointment.countOfPatient";
    public static final String COUNT_BY_STATUS_OF_PATIENT = "Appointment.countByStatusOfPatient";
    public static final String COUNT_LATE_CANCELLED_OF_PATIENT = "Appointment.countLateCancelledOfPatient";
    /** Start and location time zone of a patient's visits (not cancelled or missed) in an instant range. */
    public static final String VISITS_IN_PERIOD = "Appointment.visitsInPeriod";
    public static final String OF_SERIES = "Appointment.ofSeries";
    /** A patient's visits starting in an instant range (any status), e.g. the day either side of a new booking. */
    public static final String OF_PATIENT_STARTING = "Appointment.ofPatientStarting";
    /** Appointment type ids by how often the patient had them since a time, most frequent first. */
    public static final String USUAL_TYPES_OF_PATIENT = "Appointment.usualTypesOfPatient";
    /** Appointment type ids by how often the practitioner saw them since a time, most frequent first. */
    public static final String USUAL_TYPES_OF_PRACTITIONER = "Appointment.usualTypesOfPractitioner";
    /** The rooms of a location that are taken in a slot. */
    public static final String ROOMS_TAKEN = "Appointment.roomsTaken";

    /** No appointment is longer; range queries use it as the lower bound on the indexed start column. */
    public static final java.time.Duration MAX_LENGTH = java.time.Duration.ofHours(8);

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id", nullable = false)
    private Practitioner practitioner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id", nullable = false)
    private Location location;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointment_type_id")
    private AppointmentType appointmentType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private AppointmentSeries series;

    // The same foreign keys as plain read-only columns, for queries only (no getters: they are not kept
    // in step with the associations above in memory). The calendar's range query selects and filters
    // them instead of joining four set-up tables, which took PostgreSQL longer to plan than to run
    // (issue 14). JPQL's a.room.id would mean an inner join, dropping the visits without a room.
    @Column(name = "practitioner_id", insertable = false, updatable = false)
    private Long practitionerId;

    @Column(name = "location_id", insertable = false, updatable = false)
    private Long locationId;

    @Column(name = "room_id", insertable = false, updatable = false)
    private Long roomId;

    @Column(name = "appointment_type_id", insertable = false, updatable = false)
    private Long appointmentTypeId;

    @Column(name = "series_id", insertable = false, updatable = false)
    private Long seriesId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @Column(length = 500)
    private String notes;

    @Column(name = "booked_by", nullable = false, length = 50)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "copay_collected", precision = 12, scale = 2))
    private Money copayCollected;

    @Column(name = "treatment_started_at")
    private Instant treatmentStartedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancellation_reason", length = 200)
    private String cancellationReason;

    @Column(name = "late_cancellation", nullable = false)
    private boolean lateCancellation;

    @Column(name = "no_show_at")
    private Instant noShowAt;

    protected Appointment() {
    }

    public Appointment(Patient patient, Practitioner practitioner, Location location, Room room,
            AppointmentType type, TimeSlot slot, String notes, String bookedBy, Instant now) {
        this.patient = Objects.requireNonNull(patient, "patient");
        this.bookedBy = Text.required(bookedBy, 50, "Who booked");
        this.bookedAt = Objects.requireNonNull(now, "now");
        this.appointmentType = type;
        if (type != null && !type.isActive()) {
            throw new DomainException("The appointment type \"" + type.getName() + "\" is no longer offered.");
        }
        if (location != null && !location.isActive()) {
            throw new DomainException(location.getName() + " is closed; book at another location.");
        }
        if (!patient.isActive()) {
            throw new DomainException(patient.getFullName() + "'s record is inactive; reactivate it before booking.");
        }
        place(practitioner, location, room, slot);
        this.notes = Text.optional(notes, 500, "Notes");
    }

    private void place(Practitioner newPractitioner, Location newLocation, Room newRoom, TimeSlot slot) {
        Objects.requireNonNull(newPractitioner, "practitioner");
        Objects.requireNonNull(newLocation, "location");
        Objects.requireNonNull(slot, "slot");
        if (!newPractitioner.isActive()) {
            throw new DomainException(newPractitioner.getDisplayName() + " no longer takes appointments.");
        }
        if (newRoom != null && !newRoom.getLocation().equals(newLocation)) {
            throw new DomainException(newRoom.getName() + " is not at " + newLocation.getName() + ".");
        }
        if (newRoom != null && !newRoom.isActive()) {
            throw new DomainException(newRoom.getName() + " is out of use.");
        }
        if (newRoom == null && appointmentType != null && appointmentType.isNeedsRoom()) {
            throw new DomainException("Choose a room: an appointment of type \"" + appointmentType.getName() + "\" needs one.");
        }
        if (slot.duration().toMinutes() < 5 || slot.duration().compareTo(MAX_LENGTH) > 0) {
            throw new DomainException("An appointment lasts between 5 minutes and 8 hours.");
        }
        this.practitioner = newPractitioner;
        this.location = newLocation;
        this.room = newRoom;
        this.startsAt = slot.start();
        this.endsAt = slot.end();
    }

    /** Moves or resizes the appointment, possibly to another practitioner or room (only while booked). */
    public void reschedule(Practitioner newPractitioner, Room newRoom, TimeSlot slot) {
        if (!isMovable()) {
            throw wrongStatus("moved");
        }
        place(newPractitioner, location, newRoom, slot);
    }

    public void changeNotes(String newNotes) {
        this.notes = Text.optional(newNotes, 500, "Notes");
    }

    /** The patient has arrived; {@code copay} is what the front desk collected (may be none). */
    public void checkIn(Instant at, Money copay) {
        requireStatus(AppointmentStatus.BOOKED, "checked in");
        ZoneId zone = location.getZone();
        if (!isOnDayOf(at)) {
            throw new DomainException("A patient can be checked in only on the day of the appointment ("
                    + startsAt.atZone(zone).format(DAY_TIME) + ").");
        }
        this.status = AppointmentStatus.ARRIVED;
        this.checkedInAt = at;
        this.copayCollected = copay;
    }

    public void startTreatment(Instant at) {
        if (!canStartTreatment()) {
            throw wrongStatus("taken into treatment");
        }
        this.status = AppointmentStatus.IN_TREATMENT;
        this.treatmentStartedAt = at;
    }

    public void complete(Instant at) {
        if (!canComplete()) {
            throw wrongStatus("completed");
        }
        this.status = AppointmentStatus.COMPLETED;
        this.completedAt = at;
    }

    /** Cancels a booked (or arrived) appointment; it is a late cancellation inside the policy's notice period. */
    public void cancel(String reason, Instant at, CancellationPolicy policy) {
        if (!canCancel()) {
            throw wrongStatus("cancelled");
        }
        this.cancellationReason = Text.required(reason, 200, "The reason for the cancellation");
        this.lateCancellation = isLateIfCancelledAt(at, policy);
        this.status = AppointmentStatus.CANCELLED;
        this.cancelledAt = at;
    }

    /** The patient did not come. Only once the appointment has begun, and not after check-in. */
    public void markNoShow(Instant at) {
        requireStatus(AppointmentStatus.BOOKED, "marked as a no-show");
        if (!canMarkNoShow(at)) {
            throw new DomainException("An appointment can be marked as a no-show only once it has started.");
        }
        this.status = AppointmentStatus.NO_SHOW;
        this.noShowAt = at;
    }

    // The questions a page asks before it offers an action. Each state change above answers to
    // the same rule, so a button shown is a button that works, and no page restates the rule.

    /** Booked, and {@code now} is the appointment's day at its location: the desk may check the patient in. */
    public boolean canCheckIn(Instant now) {
        return ruleCanCheckIn(status, startsAt, location.getZone(), now);
    }

    /** Booked and already begun: the desk may record that the patient did not come. */
    public boolean canMarkNoShow(Instant now) {
        return ruleCanMarkNoShow(status, startsAt, now);
    }

    /** Only a booked appointment may be moved, resized or given to another practitioner or room. */
    public boolean isMovable() {
        return ruleIsMovable(status);
    }

    // The same rules for a visit read without its entity (a calendar's or day sheet's CalendarEntry).

    /** {@link #canCheckIn(Instant)} of a visit in this status, starting then at a location in {@code zone}. */
    public static boolean ruleCanCheckIn(AppointmentStatus status, Instant startsAt, ZoneId zone, Instant now) {
        return status == AppointmentStatus.BOOKED && sameDay(startsAt, now, zone);
    }

    /** {@link #canMarkNoShow(Instant)} of a visit in this status, starting then. */
    public static boolean ruleCanMarkNoShow(AppointmentStatus status, Instant startsAt, Instant now) {
        return status == AppointmentStatus.BOOKED && !now.isBefore(startsAt);
    }

    /** {@link #isMovable()} of a visit in this status. */
    public static boolean ruleIsMovable(AppointmentStatus status) {
        return status == AppointmentStatus.BOOKED;
    }

    /** The patient has arrived and is not yet being treated. */
    public boolean canStartTreatment() {
        return status == AppointmentStatus.ARRIVED;
    }

    /** The patient has arrived or is being treated. */
    public boolean canComplete() {
        return status == AppointmentStatus.ARRIVED || status == AppointmentStatus.IN_TREATMENT;
    }

    /** Booked or arrived (a patient who arrived may still leave untreated). */
    public boolean canCancel() {
        return status == AppointmentStatus.BOOKED || status == AppointmentStatus.ARRIVED;
    }

    /** Whether cancelling at {@code at} would count as late under the clinic's policy. */
    public boolean isLateIfCancelledAt(Instant at, CancellationPolicy policy) {
        return policy.isLate(startsAt, at);
    }

    /** Not cancelled and not a no-show: the visit still takes its practitioner's, room's and patient's time. */
    public boolean holdsSlot() {
        return ruleHoldsSlot(status);
    }

    /** {@link #holdsSlot()} of a visit in this status. */
    public static boolean ruleHoldsSlot(AppointmentStatus status) {
        return status != AppointmentStatus.CANCELLED && status != AppointmentStatus.NO_SHOW;
    }

    /** Whether {@code at} falls on this visit's day at its location. */
    public boolean isOnDayOf(Instant at) {
        return sameDay(startsAt, at, location.getZone());
    }

    private static boolean sameDay(Instant one, Instant other, ZoneId zone) {
        return one.atZone(zone).toLocalDate().equals(other.atZone(zone).toLocalDate());
    }

    void joinSeries(AppointmentSeries newSeries) {
        this.series = newSeries;
    }

    private void requireStatus(AppointmentStatus required, String action) {
        if (status != required) {
            throw wrongStatus(action);
        }
    }

    private DomainException wrongStatus(String action) {
        return new DomainException("This appointment is " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " and cannot be " + action + ".");
    }

    public TimeSlot getSlot() {
        return new TimeSlot(startsAt, endsAt);
    }

    /** "Jane Doe with Dr. Raman, Tue 1 Dec 10:00-10:30 (Room 2)", in the location's time zone. */
    public String describe() {
        ZoneId zone = location.getZone();
        return patient.getFullName() + " with " + practitioner.getDisplayName() + ", "
                + startsAt.atZone(zone).format(DAY_TIME) + "-" + endsAt.atZone(zone).format(TIME)
                + (room == null ? "" : " (" + room.getName() + ")");
    }

    public Patient getPatient() {
        return patient;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public Location getLocation() {
        return location;
    }

    public Room getRoom() {
        return room;
    }

    public AppointmentType getAppointmentType() {
        return appointmentType;
    }

    public AppointmentSeries getSeries() {
        return series;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Money getCopayCollected() {
        return copayCollected;
    }

    public Instant getTreatmentStartedAt() {
        return treatmentStartedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public boolean isLateCancellation() {
        return lateCancellation;
    }

    public Instant getNoShowAt() {
        return noShowAt;
    }
}
