package org.artclinic.clinic.setup;

import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;

/** What is booked, e.g. "Initial ART assessment" (45 min) or "ART follow-up" (30 min). */
@Entity
@Table(name = "appointment_type")
@NamedQuery(name = AppointmentType.ALL, query = "SELECT t FROM AppointmentType t ORDER BY t.name")
@NamedQuery(name = AppointmentType.ACTIVE,
        query = "SELECT t FROM AppointmentType t WHERE t.active = TRUE ORDER BY t.name")
@NamedQuery(name = AppointmentType.COUNT_NAMED,
        query = "SELECT COUNT(t) FROM AppointmentType t WHERE LOWER(t.name) = :name AND t.id <> :except")
public class AppointmentType extends BaseEntity {

    public static final String ALL = "AppointmentType.all";
    public static final String ACTIVE = "AppointmentType.active";
    /** How many other types (not {@code :except}) have a name, ignoring case. */
    public static final String COUNT_NAMED = "AppointmentType.countNamed";

    @Column(nullable = false, length = 80, unique = true)
    private String name;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 7)
    private String colour;

    @Column(name = "needs_room", nullable = false)
    private boolean needsRoom;

    @Column(nullable = false)
    private boolean active = true;

    protected AppointmentType() {
    }

    public AppointmentType(String name, int durationMinutes, String colour, boolean needsRoom) {
        update(name, durationMinutes, colour, needsRoom);
    }

    public final void update(String newName, int minutes, String newColour, boolean room) {
        this.name = Text.required(newName, 80, "The appointment type name");
        if (minutes < 5 || minutes > 480 || minutes % 5 != 0) {
            throw new DomainException("A duration is a multiple of 5 minutes between 5 and 480.");
        }
        this.durationMinutes = minutes;
        this.colour = Text.colour(newColour);
        this.needsRoom = room;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public String getName() {
        return name;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Duration getDuration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public String getColour() {
        return colour;
    }

    public boolean isNeedsRoom() {
        return needsRoom;
    }

    public boolean isActive() {
        return active;
    }
}
