package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.web.AddressForm;
import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code admin/locations.xhtml}: the clinic's locations (add, edit, close and reopen) and which
 * one is picked from the list. The picked location's rooms are {@link RoomsBacking}'s, its holidays
 * {@link HolidaysBacking}'s; both follow {@link #getSelection()}.
 *
 * <p>A clinic has a handful of locations, so the list is read whole, once per view and again after a
 * change. Entities are not serializable and the application is distributable, so the list is a
 * transient cache; the bean itself keeps only ids, versions and what the user is typing.
 */
@Named
@ViewScoped
public class LocationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Offered first in the time zone field; any other valid zone id may be typed. */
    static final List<String> COMMON_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Toronto",
            "America/Vancouver", "Europe/London", "Europe/Berlin", "Australia/Sydney");

    @Inject
    private ClinicSetupService setup;

    private transient List<Location> locations;

    /** The location whose rooms and holidays are shown, if one is picked. */
    private final Pick selection = new Pick();

    // the location dialog: id and version of the record being edited (null id: a new one)
    private Long editId;
    private long editVersion;
    private String name;
    private String zone;
    private String phone;
    private AddressForm address = new AddressForm();

    public List<Location> getLocations() {
        if (locations == null) {
            locations = setup.locations();
        }
        return locations;
    }

    public Location getSelected() {
        return selection.getId() == null ? null
                : getLocations().stream().filter(l -> l.getId().equals(selection.getId())).findFirst().orElse(null);
    }

    /** The location picked from the list, which the page's other parts follow. */
    public Pick getSelection() {
        return selection;
    }

    public void select(Location location) {
        selection.choose(location.getId());
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
}
