package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.web.AddressForm;
import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code admin/locations.xhtml}: the clinic's locations (add, edit, close and reopen), and
 * for the location picked from the list its rooms and holidays.
 *
 * <p>Set-up tables stay small (a clinic has a handful of locations), so the service lists them
 * whole. Entities are not serializable and the application is distributable, so the lists are
 * transient caches, reloaded after every change; the bean itself keeps only ids, versions and
 * what the user is typing.
 */
@Named
@ViewScoped
public class LocationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Offered first in the time zone field; any other valid zone id may be typed. */
    static final List<String> COMMON_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Toronto",
            "America/Vancouver", "Europe/London", "Europe/Berlin", "Australia/Sydney");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    private ClinicSetupService setup;

    private transient List<Location> locations;
    private transient List<Room> rooms;
    private transient List<ScheduleException> holidays;

    /** The location whose rooms and holidays are shown, if one is picked. */
    private Long selectedId;

    // the location dialog: id and version of the record being edited (null id: a new one)
    private Long editId;
    private long editVersion;
    private String name;
    private String zone;
    private String phone;
    private AddressForm address = new AddressForm();

    // adding a room, renaming one
    private String newRoomName;
    private Long roomId;
    private long roomVersion;
    private String roomName;

    // adding a holiday
    private LocalDate holidayFrom;
    private LocalDate holidayTo;
    private String holidayReason;

    public List<Location> getLocations() {
        if (locations == null) {
            locations = setup.locations();
        }
        return locations;
    }

    public Location getSelected() {
        return selectedId == null ? null
                : getLocations().stream().filter(l -> l.getId().equals(selectedId)).findFirst().orElse(null);
    }

    public void select(Location location) {
        selectedId = location.getId();
        newRoomName = null;
        holidayFrom = null;
        holidayTo = null;
        holidayReason = null;
        rooms = null;
        holidays = null;
    }

    public List<Room> getRooms() {
        if (rooms == null) {
            rooms = selectedId == null ? List.of()
                    : setup.rooms().stream().filter(r -> r.getLocation().getId().equals(selectedId)).toList();
        }
        return rooms;
    }

    public List<ScheduleException> getHolidays() {
        if (holidays == null) {
            holidays = selectedId == null ? List.of()
                    : setup.holidays().stream().filter(h -> h.getLocation().getId().equals(selectedId)).toList();
        }
        return holidays;
    }

    // ---- locations

    public void newLocation() {
        editId = null;
        editVersion = 0;
        name = null;
        zone = null;
        phone = null;
        address = new AddressForm();
    }

    public void edit(Location location) {
        editId = location.getId();
        editVersion = location.getVersion();
        name = location.getName();
        zone = location.getTimeZone();
        phone = location.getPhone();
        address = AddressForm.of(location.getAddress());
    }

    public boolean isEditing() {
        return editId != null;
    }

    public void saveLocation() {
        if (zone == null || zone.isBlank()) {
            Messages.refuseKey("locations.zoneRequired");
            return;
        }
        String shownName = name == null ? "" : name.strip();
        boolean saved = Messages.change(() -> {
            ZoneId zoneId = Location.zone(canonicalZone(zone));
            Address typed = address.toAddress();
            return editId == null
                    ? setup.createLocation(name, zoneId, phone, typed)
                    : setup.updateLocation(editId, editVersion, name, zoneId, phone, typed);
        }, editId == null ? "locations.added" : "locations.saved", shownName);
        if (saved) {
            locations = null;
        }
    }

    public void setActive(Location location, boolean active) {
        if (Messages.change(() -> {
            setup.setLocationActive(location.getId(), active);
            return null;
        }, active ? "locations.reopened" : "locations.closed", location.getName())) {
            locations = null;
        }
    }

    /** Zone ids are case-sensitive; "america/chicago" typed by hand still means America/Chicago. */
    static String canonicalZone(String typed) {
        String text = typed.strip();
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(text)).findFirst().orElse(text);
    }

    /** Time zone suggestions: the common ones first, then every other zone id containing the text. */
    public List<String> completeZone(String query) {
        String text = query == null ? "" : query.strip().toLowerCase();
        Stream<String> others = ZoneId.getAvailableZoneIds().stream().sorted()
                .filter(id -> !COMMON_ZONES.contains(id));
        return Stream.concat(COMMON_ZONES.stream(), others)
                .filter(id -> id.toLowerCase().contains(text))
                .limit(25)
                .toList();
    }

    // ---- rooms

    public void addRoom() {
        Location location = getSelected();
        if (location == null) {
            return;
        }
        String shown = newRoomName == null ? "" : newRoomName.strip();
        if (Messages.change(() -> setup.createRoom(location.getId(), newRoomName), "rooms.added", shown,
                location.getName())) {
            newRoomName = null;
            rooms = null;
        }
    }

    public void editRoom(Room room) {
        roomId = room.getId();
        roomVersion = room.getVersion();
        roomName = room.getName();
    }

    public void renameRoom() {
        if (roomId == null) {
            return;
        }
        String shown = roomName == null ? "" : roomName.strip();
        if (Messages.change(() -> setup.renameRoom(roomId, roomVersion, roomName), "rooms.renamed", shown)) {
            rooms = null;
        }
    }

    public void setRoomActive(Room room, boolean active) {
        if (Messages.change(() -> {
            setup.setRoomActive(room.getId(), active);
            return null;
        }, active ? "rooms.activated" : "rooms.deactivated", room.getName())) {
            rooms = null;
        }
    }

    // ---- holidays

    /** Adds a holiday closing the location from the start of the first day to the end of the last, in its zone. */
    public void addHoliday() {
        Location location = getSelected();
        if (location == null) {
            return;
        }
        if (holidayFrom == null) {
            Messages.refuseKey("holidays.fromRequired");
            return;
        }
        LocalDate last = holidayTo == null ? holidayFrom : holidayTo;
        if (last.isBefore(holidayFrom)) {
            Messages.refuseKey("holidays.endBeforeStart");
            return;
        }
        ZoneId zoneId = location.getZone();
        TimeSlot closed = new TimeSlot(holidayFrom.atStartOfDay(zoneId).toInstant(),
                last.plusDays(1).atStartOfDay(zoneId).toInstant());
        if (Messages.change(() -> setup.addHoliday(location.getId(), closed, holidayReason), "holidays.added",
                location.getName())) {
            holidayFrom = null;
            holidayTo = null;
            holidayReason = null;
            holidays = null;
        }
    }

    public void removeHoliday(ScheduleException holiday) {
        if (Messages.change(() -> {
            setup.removeScheduleException(holiday.getId());
            return null;
        }, "holidays.removed", holiday.getReason())) {
            holidays = null;
        }
    }

    /** The first day of a holiday, in its location's zone. */
    public String firstDay(ScheduleException holiday) {
        return DATE.format(holiday.getStartsAt().atZone(holiday.getLocation().getZone()));
    }

    /** The last day of a holiday (it ends at the start of the next day), in its location's zone. */
    public String lastDay(ScheduleException holiday) {
        return DATE.format(holiday.getEndsAt().minusNanos(1).atZone(holiday.getLocation().getZone()));
    }

    /** The address on one line, for the list. */
    public String addressLine(Location location) {
        return AddressForm.oneLine(location.getAddress());
    }

    // ---- form fields

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public AddressForm getAddress() {
        return address;
    }

    public String getNewRoomName() {
        return newRoomName;
    }

    public void setNewRoomName(String newRoomName) {
        this.newRoomName = newRoomName;
    }

    public String getRoomName() {
        return roomName;
    }

    public void setRoomName(String roomName) {
        this.roomName = roomName;
    }

    public LocalDate getHolidayFrom() {
        return holidayFrom;
    }

    public void setHolidayFrom(LocalDate holidayFrom) {
        this.holidayFrom = holidayFrom;
    }

    public LocalDate getHolidayTo() {
        return holidayTo;
    }

    public void setHolidayTo(LocalDate holidayTo) {
        this.holidayTo = holidayTo;
    }

    public String getHolidayReason() {
        return holidayReason;
    }

    public void setHolidayReason(String holidayReason) {
        this.holidayReason = holidayReason;
    }
}
