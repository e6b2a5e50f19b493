package org.artclinic.clinic.setup;

import java.time.Instant;

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
import org.artclinic.clinic.common.TimeSlot;

/**
 * Time when a practitioner does not see patients although the week says they would: time off
 * for one practitioner, or a holiday when a location is closed (no practitioner set).
 */
@Entity
@Table(name = "schedule_exception")
@NamedQuery(name = ScheduleException.AFFECTING,
        query = "SELECT e FROM ScheduleException e WHERE e.startsAt < :end AND e.endsAt > :start "
                + "AND (e.practitioner = :practitioner OR (e.practitioner IS NULL AND e.location = :location))")
@NamedQuery(name = ScheduleException.OF_PRACTITIONER,
        query = "SELECT e FROM ScheduleException e WHERE e.practitioner = :practitioner ORDER BY e.startsAt")
@NamedQuery(name = ScheduleException.HOLIDAYS_AT,
        query = "SELECT e FROM ScheduleException e JOIN FETCH e.location WHERE e.location.id = :location "
                + "AND e.practitioner IS NULL ORDER BY e.startsAt, e.id")
@NamedQuery(name = ScheduleException.IN_RANGE_AT,
        query = "SELECT e FROM ScheduleException e LEFT JOIN FETCH e.practitioner WHERE e.startsAt < :end "
                + "AND e.endsAt > :start AND (e.practitioner IS NOT NULL OR e.location = :location)")
public class ScheduleException extends BaseEntity {

    public static final String AFFECTING = "ScheduleException.affecting";
    /** Everyone's time off and the location's holidays in an instant range, for the calendar. */
    public static final String IN_RANGE_AT = "ScheduleException.inRangeAt";
    public static final String OF_PRACTITIONER = "ScheduleException.ofPractitioner";
    /** One location's holidays, first first: the index (location_id, starts_at) serves it. */
    public static final String HOLIDAYS_AT = "ScheduleException.holidaysAt";

    public enum Kind {
        HOLIDAY, TIME_OFF
    }

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id")
    private Practitioner practitioner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 120)
    private String reason;

    protected ScheduleException() {
    }

    public static ScheduleException timeOff(Practitioner practitioner, TimeSlot when, String reason) {
        if (practitioner == null) {
            throw new DomainException("Time off belongs to a practitioner.");
        }
        ScheduleException e = new ScheduleException(Kind.TIME_OFF, when, reason);
        e.practitioner = practitioner;
        return e;
    }

    public static ScheduleException holiday(Location location, TimeSlot when, String reason) {
        if (location == null) {
            throw new DomainException("A holiday closes a location.");
        }
        ScheduleException e = new ScheduleException(Kind.HOLIDAY, when, reason);
        e.location = location;
        return e;
    }

    private ScheduleException(Kind kind, TimeSlot when, String reason) {
        this.kind = kind;
        this.startsAt = when.start();
        this.endsAt = when.end();
        this.reason = Text.required(reason, 120, "The reason");
    }

    public TimeSlot getSlot() {
        return new TimeSlot(startsAt, endsAt);
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public Location getLocation() {
        return location;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getReason() {
        return reason;
    }
}
