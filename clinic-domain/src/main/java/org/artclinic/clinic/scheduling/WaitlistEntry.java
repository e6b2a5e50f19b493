package org.artclinic.clinic.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.Practitioner;

/**
 * A patient who wants an earlier or a different slot: with whom (any of the preferred
 * practitioners, or anyone), on which weekdays and between which times.
 */
@Entity
@Table(name = "waitlist_entry")
// SQL, not JPQL: EclipseLink cannot compare the joined practitioners here, and binds a LocalTime as a
// timestamp, which H2 compares with a TIME column on today's date. The page is a LIMIT in the SQL
// itself, so that the database reads no more rows than the front desk is shown.
@NamedNativeQuery(name = WaitlistEntry.CANDIDATES,
        query = "SELECT w.id " + WaitlistEntry.CANDIDATE_ROWS + " ORDER BY w.created_at, w.id LIMIT ?6 OFFSET ?7")
@NamedNativeQuery(name = WaitlistEntry.COUNT_CANDIDATES, query = "SELECT COUNT(*) " + WaitlistEntry.CANDIDATE_ROWS)
@NamedQuery(name = WaitlistEntry.WITH_IDS,
        query = "SELECT w FROM WaitlistEntry w JOIN FETCH w.patient WHERE w.id IN :ids ORDER BY w.createdAt, w.id")
public class WaitlistEntry extends BaseEntity {

    /**
     * The ids of waiting entries that may want a freed slot, longest waiting first: not the freed
     * appointment's patient (?1), its practitioner (?2) or anyone, its weekday (?3) or any day, a
     * window from at most its start (?4) to at least its end (?5), local times as text (HH:mm:ss); at most ?6 of
     * them, after skipping ?7. {@link #wants} is the rule; this only narrows the rows read (index-backed:
     * status and waiting time, then the entry's own rows).
     */
    public static final String CANDIDATES = "WaitlistEntry.candidates";
    /** How many entries {@link #CANDIDATES} finds in all (parameters ?1 to ?5 the same). */
    public static final String COUNT_CANDIDATES = "WaitlistEntry.countCandidates";

    /** The rows of {@link #CANDIDATES} and {@link #COUNT_CANDIDATES}. */
    static final String CANDIDATE_ROWS = "FROM waitlist_entry w WHERE w.status = 'WAITING' AND w.patient_id <> ?1 "
            + "AND (NOT EXISTS (SELECT 1 FROM waitlist_practitioner p WHERE p.waitlist_entry_id = w.id) "
            + "OR EXISTS (SELECT 1 FROM waitlist_practitioner p WHERE p.waitlist_entry_id = w.id "
            + "AND p.practitioner_id = ?2)) "
            + "AND (NOT EXISTS (SELECT 1 FROM waitlist_day d WHERE d.waitlist_entry_id = w.id) "
            + "OR EXISTS (SELECT 1 FROM waitlist_day d WHERE d.waitlist_entry_id = w.id AND d.day_of_week = ?3)) "
            + "AND w.earliest <= CAST(?4 AS TIME) AND w.latest >= CAST(?5 AS TIME)";
    /** Entries by id with their patients, longest waiting first. */
    public static final String WITH_IDS = "WaitlistEntry.withIds";

    /**
     * EclipseLink's batch fetching (query hints): the practitioners and days of all entries a
     * query returns are read in one query each, not one per entry, and paging still works.
     */
    public static final String BATCH = "eclipselink.batch";
    public static final String BATCH_TYPE = "eclipselink.batch.type";

    /**
     * "Until the end of the day": whole seconds, which a TIME column keeps exactly. LocalTime.MAX
     * (23:59:59.999999999) is rounded by PostgreSQL's microsecond TIME to midnight, i.e. 00:00.
     */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    public enum Status {
        WAITING, BOOKED, REMOVED
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "waitlist_practitioner", joinColumns = @JoinColumn(name = "waitlist_entry_id"),
            inverseJoinColumns = @JoinColumn(name = "practitioner_id"))
    private Set<Practitioner> practitioners = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "waitlist_day", joinColumns = @JoinColumn(name = "waitlist_entry_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "earliest", nullable = false)
    private LocalTime earliest;

    @Column(name = "latest", nullable = false)
    private LocalTime latest;

    @Column(length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.WAITING;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WaitlistEntry() {
    }

    /**
     * @param practitioners empty for "anyone"
     * @param days empty for "any weekday"
     */
    public WaitlistEntry(Patient patient, Collection<Practitioner> practitioners, Collection<DayOfWeek> days,
            LocalTime earliest, LocalTime latest, String note, Instant createdAt) {
        this.patient = Objects.requireNonNull(patient, "patient");
        update(practitioners, days, earliest, latest, note);
        this.createdAt = createdAt;
    }

    public final void update(Collection<Practitioner> newPractitioners, Collection<DayOfWeek> newDays,
            LocalTime from, LocalTime to, String newNote) {
        LocalTime start = from == null ? LocalTime.MIN : from;
        LocalTime end = to == null || to.isAfter(END_OF_DAY) ? END_OF_DAY : to;
        if (!end.isAfter(start)) {
            throw new DomainException("The latest time must be after the earliest time.");
        }
        this.practitioners = new HashSet<>(newPractitioners == null ? Set.of() : newPractitioners);
        this.days = newDays == null || newDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(newDays);
        this.earliest = start;
        this.latest = end;
        this.note = Text.optional(newNote, 500, "The note");
    }

    /** Whether a freed slot with this practitioner suits the patient. */
    public boolean wants(Practitioner practitioner, TimeSlot slot, ZoneId zone) {
        if (status != Status.WAITING) {
            return false;
        }
        if (!practitioners.isEmpty() && !practitioners.contains(practitioner)) {
            return false;
        }
        ZonedDateTime start = slot.start().atZone(zone);
        ZonedDateTime end = slot.end().atZone(zone);
        if (!days.isEmpty() && !days.contains(start.getDayOfWeek())) {
            return false;
        }
        return !start.toLocalTime().isBefore(earliest) && !end.toLocalTime().isAfter(latest)
                && start.toLocalDate().equals(end.toLocalDate());
    }

    /** The patient was booked from this entry: off the waitlist. Only a waiting entry can be booked. */
    public void booked() {
        if (status != Status.WAITING) {
            throw new DomainException(patient.getFullName() + " is no longer on the waitlist.");
        }
        status = Status.BOOKED;
    }

    /** Takes a waiting patient off the list; an entry that led to a booking stays as it is. */
    public void remove() {
        if (status == Status.BOOKED) {
            throw new DomainException(patient.getFullName() + " was booked from the waitlist already.");
        }
        status = Status.REMOVED;
    }

    public Patient getPatient() {
        return patient;
    }

    public Set<Practitioner> getPractitioners() {
        return practitioners;
    }

    public Set<DayOfWeek> getDays() {
        return days;
    }

    public LocalTime getEarliest() {
        return earliest;
    }

    public LocalTime getLatest() {
        return latest;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
