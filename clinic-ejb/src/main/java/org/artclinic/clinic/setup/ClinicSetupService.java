package org.artclinic.clinic.setup;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.security.UserAccountService;

/**
 * The clinic's set-up. Administrators change it; everyone signed in reads it (to book, to chart).
 * Locations, practitioners and appointment types are small tables that the pages offer whole;
 * what belongs to one location or practitioner (rooms, holidays, working hours, time off) is read
 * for that one by an indexed query, and the REST lists that can grow are read a page at a time with
 * their filters in the query.
 */
@Stateless
@DenyAll
public class ClinicSetupService {

    @PersistenceContext
    private EntityManager em;

    @jakarta.ejb.EJB
    private UserAccountService users;

    // ---- reading (every role)

    @PermitAll
    public List<Location> locations() {
        return em.createNamedQuery(Location.ALL, Location.class).getResultList();
    }

    /** The open locations, by name: what pages offer to choose from. */
    @PermitAll
    public List<Location> activeLocations() {
        return em.createNamedQuery(Location.ACTIVE, Location.class).getResultList();
    }

    @PermitAll
    public List<Practitioner> practitioners() {
        return em.createNamedQuery(Practitioner.ALL, Practitioner.class).getResultList();
    }

    /** The practitioners still active, by name: who can be booked or wait-listed for. */
    @PermitAll
    public List<Practitioner> activePractitioners() {
        return em.createNamedQuery(Practitioner.ACTIVE, Practitioner.class).getResultList();
    }

    @PermitAll
    public List<AppointmentType> appointmentTypes() {
        return em.createNamedQuery(AppointmentType.ALL, AppointmentType.class).getResultList();
    }

    /** The appointment types still offered, by name: what the booking dialog offers. */
    @PermitAll
    public List<AppointmentType> activeAppointmentTypes() {
        return em.createNamedQuery(AppointmentType.ACTIVE, AppointmentType.class).getResultList();
    }

    /** A practitioner's working hours, Monday to Sunday. */
    @PermitAll
    public List<WorkingHours> workingHours(long practitionerId) {
        return em.createNamedQuery(WorkingHours.OF_PRACTITIONER, WorkingHours.class)
                .setParameter("practitioner", practitioner(practitionerId))
                .getResultStream().sorted(WorkingHours.IN_WEEK_ORDER).toList();
    }

    @PermitAll
    public List<ScheduleException> timeOff(long practitionerId) {
        return em.createNamedQuery(ScheduleException.OF_PRACTITIONER, ScheduleException.class)
                .setParameter("practitioner", practitioner(practitionerId))
                .getResultList();
    }

    /** One location's rooms by name, in use or not. */
    @PermitAll
    public List<Room> roomsAt(long locationId) {
        return em.createNamedQuery(Room.AT_LOCATION, Room.class).setParameter("location", locationId)
                .getResultList();
    }

    /** One location's rooms in use, by name: where a visit there can be booked. */
    @PermitAll
    public List<Room> activeRoomsAt(long locationId) {
        return em.createNamedQuery(Room.ACTIVE_AT, Room.class).setParameter("location", locationId)
                .getResultList();
    }

    /** One location's holidays, the earliest first. */
    @PermitAll
    public List<ScheduleException> holidaysAt(long locationId) {
        return em.createNamedQuery(ScheduleException.HOLIDAYS_AT, ScheduleException.class)
                .setParameter("location", locationId).getResultList();
    }

    /**
     * A page of practitioners by name (then id, so that pages do not overlap).
     *
     * @param active only the active ones (true), only the inactive ones (false), or all (null)
     */
    @PermitAll
    public List<Practitioner> practitioners(Boolean active, int first, int max) {
        return filtered("SELECT p FROM Practitioner p", "p", null, active, " ORDER BY p.displayName, p.id",
                Practitioner.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @PermitAll
    public long countPractitioners(Boolean active) {
        return filtered("SELECT COUNT(p) FROM Practitioner p", "p", null, active, "", Long.class)
                .getSingleResult();
    }

    /**
     * A page of rooms by location name and room name, with their location.
     *
     * @param locationId only this location's rooms, or every location's (null)
     * @param active only rooms in use (true), only those out of use (false), or all (null)
     */
    @PermitAll
    public List<Room> rooms(Long locationId, Boolean active, int first, int max) {
        return filtered("SELECT r FROM Room r JOIN FETCH r.location l", "r", locationId, active,
                " ORDER BY l.name, r.name, r.id", Room.class).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @PermitAll
    public long countRooms(Long locationId, Boolean active) {
        return filtered("SELECT COUNT(r) FROM Room r", "r", locationId, active, "", Long.class).getSingleResult();
    }

    /** A query with the optional filters in its WHERE clause, so that the database does the filtering. */
    private <T> TypedQuery<T> filtered(String select, String alias, Long locationId, Boolean active, String orderBy,
            Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (locationId != null) {
            conditions.add(alias + ".location.id = :location");
        }
        if (active != null) {
            conditions.add(alias + ".active = :active");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
        if (locationId != null) {
            query.setParameter("location", locationId);
        }
        if (active != null) {
            query.setParameter("active", active);
        }
        return query;
    }

    @PermitAll
    public Location location(long id) {
        return found(em.find(Location.class, id), "location", id);
    }

    @PermitAll
    public Room room(long id) {
        return found(em.find(Room.class, id), "room", id);
    }

    @PermitAll
    public Practitioner practitioner(long id) {
        return found(em.find(Practitioner.class, id), "practitioner", id);
    }

    @PermitAll
    public AppointmentType appointmentType(long id) {
        return found(em.find(AppointmentType.class, id), "appointment type", id);
    }

    /** The practitioner record of a signed-in user, if they are one. */
    @PermitAll
    public java.util.Optional<Practitioner> practitionerOfUser(String username) {
        return em.createNamedQuery(Practitioner.BY_USERNAME, Practitioner.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * Where a signed-in user who is a practitioner works: the location of their working hours on
     * that location's weekday at {@code now}, else the first location in their week; empty for a
     * user with no practitioner record or no working hours at an open location.
     */
    @PermitAll
    public java.util.Optional<Long> workplaceOfUser(String username, java.time.Instant now) {
        List<WorkingHours> hours = practitionerOfUser(username).map(p -> workingHours(p.getId())).orElse(List.of())
                .stream().filter(w -> w.getLocation().isActive()).toList();
        return hours.stream()
                .filter(w -> w.getDayOfWeek() == java.time.LocalDate.ofInstant(now, w.getLocation().getZone()).getDayOfWeek())
                .findFirst().or(() -> hours.stream().findFirst()).map(w -> w.getLocation().getId());
    }

    /**
     * The names people know the given users by, in one query: a practitioner's display name
     * ("Dr. Priya Raman") where the account is linked to one, else the account's full name. Pages
     * show these instead of user names ("By: practitioner"); a user name not found (an account
     * removed from the database by hand) is left out, and the page shows it as it is.
     */
    @PermitAll
    public java.util.Map<String, String> peopleNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.List<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery("SELECT u.username, u.fullName, p.displayName FROM UserAccount u "
                + "LEFT JOIN Practitioner p ON p.userAccount = u WHERE u.username IN :names", Object[].class)
                .setParameter("names", wanted).getResultList()) {
            String display = (String) row[2];
            names.put((String) row[0], display != null && !display.isBlank() ? display : (String) row[1]);
        }
        return names;
    }

    // ---- changing (administrators)

    @RolesAllowed(Role.Names.ADMIN)
    public Location createLocation(String name, ZoneId zone, String phone, Address address) {
        requireUnique(named(Location.COUNT_NAMED, name, -1),
                () -> "A location called \"" + name.strip() + "\" exists already.");
        Location location = new Location(name, zone, phone, address);
        em.persist(location);
        return location;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Location updateLocation(long id, long version, String name, ZoneId zone, String phone, Address address) {
        Location location = location(id);
        location.requireVersion(version, location.getName());
        requireUnique(named(Location.COUNT_NAMED, name, id),
                () -> "A location called \"" + name.strip() + "\" exists already.");
        location.update(name, zone, phone, address);
        return location;
    }

    /** A closed location stays in the records (past appointments point at it) but is not offered for booking. */
    @RolesAllowed(Role.Names.ADMIN)
    public void setLocationActive(long id, boolean active) {
        Location location = location(id);
        if (active) {
            location.activate();
        } else {
            location.deactivate();
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Room createRoom(long locationId, String name) {
        Location location = location(locationId);
        requireUnique(name != null && em.createNamedQuery(Room.COUNT_NAMED_AT, Long.class)
                .setParameter("location", locationId).setParameter("name", lowerCase(name))
                .getSingleResult() > 0,
                () -> location.getName() + " has a room called \"" + name.strip() + "\" already.");
        Room room = new Room(location, name);
        em.persist(room);
        return room;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Room renameRoom(long id, long version, String name) {
        Room room = room(id);
        room.requireVersion(version, room.getName());
        room.rename(name);
        return room;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void setRoomActive(long id, boolean active) {
        Room room = room(id);
        if (active) {
            room.activate();
        } else {
            room.deactivate();
        }
    }

    /** @param username the practitioner's user account, or null when they do not sign in */
    @RolesAllowed(Role.Names.ADMIN)
    public Practitioner createPractitioner(String name, Discipline discipline, String npi, String colour,
            String username) {
        requireUniqueNpi(npi, null);
        Practitioner practitioner = new Practitioner(name, discipline, npi, colour, account(username, null));
        em.persist(practitioner);
        return practitioner;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Practitioner updatePractitioner(long id, long version, String name, Discipline discipline, String npi,
            String colour, String username) {
        Practitioner practitioner = practitioner(id);
        practitioner.requireVersion(version, practitioner.getDisplayName());
        requireUniqueNpi(npi, id);
        practitioner.update(name, discipline, npi, colour, account(username, id));
        return practitioner;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void setPractitionerActive(long id, boolean active) {
        Practitioner practitioner = practitioner(id);
        if (active) {
            practitioner.activate();
        } else {
            practitioner.deactivate();
        }
    }

    /** Adds a block of weekly hours; blocks of one practitioner may not overlap on a day. */
    @RolesAllowed(Role.Names.ADMIN)
    public WorkingHours addWorkingHours(long practitionerId, long locationId, DayOfWeek day, LocalTime start,
            LocalTime end) {
        Practitioner practitioner = practitioner(practitionerId);
        WorkingHours hours = new WorkingHours(practitioner, location(locationId), day, start, end);
        for (WorkingHours existing : workingHours(practitionerId)) {
            if (existing.overlaps(hours)) {
                throw new DomainException(practitioner.getDisplayName() + " already works " + existing.getDayOfWeek()
                        .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                        + existing.getStartTime() + "-" + existing.getEndTime() + " at "
                        + existing.getLocation().getName() + ".");
            }
        }
        em.persist(hours);
        return hours;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void removeWorkingHours(long id) {
        WorkingHours hours = found(em.find(WorkingHours.class, id), "working hours", id);
        em.remove(hours);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ScheduleException addTimeOff(long practitionerId, TimeSlot when, String reason) {
        ScheduleException timeOff = ScheduleException.timeOff(practitioner(practitionerId), when, reason);
        em.persist(timeOff);
        return timeOff;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ScheduleException addHoliday(long locationId, TimeSlot when, String reason) {
        ScheduleException holiday = ScheduleException.holiday(location(locationId), when, reason);
        em.persist(holiday);
        return holiday;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void removeScheduleException(long id) {
        em.remove(found(em.find(ScheduleException.class, id), "holiday or time off", id));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AppointmentType createAppointmentType(String name, int minutes, String colour, boolean needsRoom) {
        requireUnique(named(AppointmentType.COUNT_NAMED, name, -1),
                () -> "An appointment type called \"" + name.strip() + "\" exists already.");
        AppointmentType type = new AppointmentType(name, minutes, colour, needsRoom);
        em.persist(type);
        return type;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AppointmentType updateAppointmentType(long id, long version, String name, int minutes, String colour,
            boolean needsRoom) {
        AppointmentType type = appointmentType(id);
        type.requireVersion(version, type.getName());
        requireUnique(named(AppointmentType.COUNT_NAMED, name, id),
                () -> "An appointment type called \"" + name.strip() + "\" exists already.");
        type.update(name, minutes, colour, needsRoom);
        return type;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void setAppointmentTypeActive(long id, boolean active) {
        AppointmentType type = appointmentType(id);
        if (active) {
            type.activate();
        } else {
            type.deactivate();
        }
    }

    private UserAccount account(String username, Long practitionerId) {
        if (username == null || username.isBlank()) {
            return null;
        }
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new DomainException("There is no user \"" + username.strip() + "\"."));
        practitionerOfUser(account.getUsername())
                .filter(other -> !other.getId().equals(practitionerId))
                .ifPresent(other -> {
                    throw new DomainException("User \"" + account.getUsername() + "\" is already linked to "
                            + other.getDisplayName() + ".");
                });
        return account;
    }

    private void requireUniqueNpi(String rawNpi, Long practitionerId) {
        if (rawNpi != null && !rawNpi.isBlank()) {
            String npi = Npi.check(rawNpi);
            requireUnique(em.createNamedQuery(Practitioner.BY_NPI, Practitioner.class).setParameter("npi", npi)
                    .getResultStream().anyMatch(p -> !p.getId().equals(practitionerId)),
                    () -> "NPI " + npi + " belongs to another practitioner.");
        }
    }

    /**
     * Whether a record other than {@code exceptId} has the name, ignoring case and the spaces around
     * it. A missing name is not a clash: the entity's constructor refuses it with its own message.
     */
    private boolean named(String countQuery, String name, long exceptId) {
        return name != null && em.createNamedQuery(countQuery, Long.class).setParameter("name", lowerCase(name))
                .setParameter("except", exceptId).getSingleResult() > 0;
    }

    private static String lowerCase(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static void requireUnique(boolean taken, Supplier<String> message) {
        if (taken) {
            throw new DomainException(message.get());
        }
    }

    static <T> T found(T entity, String what, long id) {
        if (entity == null) {
            throw new DomainException("There is no " + what + " with id " + id + ".");
        }
        return entity;
    }
}
