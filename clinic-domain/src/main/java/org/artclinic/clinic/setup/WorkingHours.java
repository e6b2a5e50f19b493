package org.artclinic.clinic.setup;

import java.time.DayOfWeek;
import java.time.LocalTime;
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

/**
 * One block of a practitioner's regular week at a location, e.g. Tuesday 08:00-12:00 at
 * Downtown. A day may have several blocks (a lunch break is the gap between two).
 */
@Entity
@Table(name = "working_hours")
@NamedQuery(name = WorkingHours.OF_PRACTITIONER,
        query = "SELECT w FROM WorkingHours w JOIN FETCH w.location WHERE w.practitioner = :practitioner "
                + "ORDER BY w.dayOfWeek, w.startTime")
@NamedQuery(name = WorkingHours.OF_PRACTITIONER_AT,
        query = "SELECT w FROM WorkingHours w WHERE w.practitioner = :practitioner AND w.location = :location")
@NamedQuery(name = WorkingHours.AT_LOCATION,
        query = "SELECT w FROM WorkingHours w JOIN FETCH w.practitioner p WHERE w.location = :location AND p.active = TRUE "
                + "ORDER BY p.displayName, p.id, w.dayOfWeek, w.startTime")
public class WorkingHours extends BaseEntity {

    public static final String OF_PRACTITIONER = "WorkingHours.ofPractitioner";
    public static final String OF_PRACTITIONER_AT = "WorkingHours.ofPractitionerAt";
    /** Everyone's weekly hours at a location (active practitioners, by name), for the calendar. */
    public static final String AT_LOCATION = "WorkingHours.atLocation";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id", nullable = false)
    private Practitioner practitioner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id", nullable = false)
    private Location location;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected WorkingHours() {
    }

    /**
     * The order a week is read in: Monday to Sunday, then by start time (the database sorts the
     * stored day names alphabetically, Friday first).
     */
    public static final java.util.Comparator<WorkingHours> IN_WEEK_ORDER = java.util.Comparator
            .comparing(WorkingHours::getDayOfWeek).thenComparing(WorkingHours::getStartTime);

    public WorkingHours(Practitioner practitioner, Location location, DayOfWeek day, LocalTime start, LocalTime end) {
        this.practitioner = Objects.requireNonNull(practitioner, "practitioner");
        this.location = Objects.requireNonNull(location, "location");
        this.dayOfWeek = Objects.requireNonNull(day, "day");
        if (start == null || end == null || !end.isAfter(start)) {
            throw new DomainException("Working hours end after they start, on the same day.");
        }
        this.startTime = start;
        this.endTime = end;
    }

    public boolean overlaps(WorkingHours other) {
        return dayOfWeek == other.dayOfWeek && startTime.isBefore(other.endTime) && other.startTime.isBefore(endTime);
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public Location getLocation() {
        return location;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }
}
