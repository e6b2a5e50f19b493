package org.artclinic.clinic.setup;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.Text;

/** A treatment room at a location; booking one excludes others from it for that time. */
@Entity
@Table(name = "room")
@NamedQuery(name = Room.AT_LOCATION,
        query = "SELECT r FROM Room r WHERE r.location.id = :location ORDER BY r.name, r.id")
@NamedQuery(name = Room.ACTIVE_AT,
        query = "SELECT r FROM Room r WHERE r.location.id = :location AND r.active = TRUE ORDER BY r.name, r.id")
@NamedQuery(name = Room.COUNT_NAMED_AT,
        query = "SELECT COUNT(r) FROM Room r WHERE r.location.id = :location AND LOWER(r.name) = :name")
public class Room extends BaseEntity {

    /** One location's rooms by name: the unique key (location_id, name) serves it. */
    public static final String AT_LOCATION = "Room.atLocation";
    /** One location's rooms in use by name: what a booking can take. */
    public static final String ACTIVE_AT = "Room.activeAt";
    /** How many rooms of a location have a name, ignoring case: 0 or 1. */
    public static final String COUNT_NAMED_AT = "Room.countNamedAt";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id", nullable = false)
    private Location location;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Room() {
    }

    public Room(Location location, String name) {
        this.location = Objects.requireNonNull(location, "location");
        rename(name);
    }

    public final void rename(String newName) {
        this.name = Text.required(newName, 60, "The room name");
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public Location getLocation() {
        return location;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
