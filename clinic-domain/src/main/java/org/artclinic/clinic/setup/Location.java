package org.artclinic.clinic.setup;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;

/** A place where the clinic treats patients. Its time zone decides what "Tuesday 9:00" means. */
@Entity
@Table(name = "location")
@NamedQuery(name = Location.ALL, query = "SELECT l FROM Location l ORDER BY l.name")
@NamedQuery(name = Location.ACTIVE, query = "SELECT l FROM Location l WHERE l.active = TRUE ORDER BY l.name")
@NamedQuery(name = Location.COUNT_NAMED,
        query = "SELECT COUNT(l) FROM Location l WHERE LOWER(l.name) = :name AND l.id <> :except")
public class Location extends BaseEntity {

    public static final String ALL = "Location.all";
    /** The locations still open (not closed in set-up). */
    public static final String ACTIVE = "Location.active";
    /** How many other locations (not {@code :except}) have a name, ignoring case. */
    public static final String COUNT_NAMED = "Location.countNamed";

    @Column(nullable = false, length = 80, unique = true)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(length = 40)
    private String phone;

    @Embedded
    private Address address;

    @Column(nullable = false)
    private boolean active = true;

    protected Location() {
    }

    public Location(String name, ZoneId zone, String phone, Address address) {
        update(name, zone, phone, address);
    }

    public final void update(String newName, ZoneId zone, String newPhone, Address newAddress) {
        this.name = Text.required(newName, 80, "The location name");
        if (zone == null) {
            throw new DomainException("A location needs a time zone.");
        }
        this.timeZone = zone.getId();
        this.phone = Text.optionalPhone(newPhone, "Phone");
        this.address = newAddress == null ? new Address() : newAddress;
    }

    /** Parses a time zone id such as "America/Chicago" with a message a person can act on. */
    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        } catch (DateTimeException e) {
            throw new DomainException("\"" + id + "\" is not a time zone; use a name like America/Chicago.");
        }
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

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getPhone() {
        return phone;
    }

    public Address getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }
}
