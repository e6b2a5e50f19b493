package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code admin/practitioners.xhtml}: practitioners (add, edit, activate), and for the one
 * picked from the list their weekly working hours per location and their time off.
 *
 * <p>As on the locations page, entity lists are transient caches (the application is
 * distributable) reloaded after each change; the bean keeps ids, versions and typed input.
 */
@Named
@ViewScoped
public class PractitionersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DEFAULT_COLOUR = "#1f6f78";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private ClinicClock clock;

    @Inject
    private ClinicSetupService setup;

    private transient List<Practitioner> practitioners;
    private transient List<Location> locations;
    private transient List<Location> activeLocations;
    private transient List<WorkingHours> hours;
    private transient List<ScheduleException> timeOff;

    private Long selectedId;

    // the practitioner dialog
    private Long editId;
    private long editVersion;
    private String name;
    private Discipline discipline;
    private String npi;
    private String colour = DEFAULT_COLOUR;
    private String username;

    // adding working hours
    private Long hoursLocationId;
    private DayOfWeek day;
    private LocalTime from;
    private LocalTime to;

    // adding time off, typed in the time zone of a location
    private Long timeOffLocationId;
    private LocalDateTime timeOffFrom;
    private LocalDateTime timeOffTo;
    private String timeOffReason;

    public List<Practitioner> getPractitioners() {
        if (practitioners == null) {
            practitioners = setup.practitioners();
        }
        return practitioners;
    }

    public List<Location> getLocations() {
        if (locations == null) {
            locations = setup.locations();
        }
        return locations;
    }

    public List<Location> getActiveLocations() {
        if (activeLocations == null) {
            activeLocations = setup.activeLocations();
        }
        return activeLocations;
    }

    public List<Discipline> getDisciplines() {
        return Arrays.asList(Discipline.values());
    }

    public List<DayOfWeek> getDays() {
        return Arrays.asList(DayOfWeek.values());
    }

    public Practitioner getSelected() {
        return selectedId == null ? null
                : getPractitioners().stream().filter(p -> p.getId().equals(selectedId)).findFirst().orElse(null);
    }

    public void select(Practitioner practitioner) {
        selectedId = practitioner.getId();
        hours = null;
        timeOff = null;
        day = null;
        from = null;
        to = null;
        timeOffFrom = null;
        timeOffTo = null;
        timeOffReason = null;
        List<WorkingHours> week = getHours();
        Long home = week.isEmpty() ? firstActiveLocationId() : week.get(0).getLocation().getId();
        hoursLocationId = home;
        timeOffLocationId = home;
    }

    public List<WorkingHours> getHours() {
        if (hours == null) {
            hours = selectedId == null ? List.of() : setup.workingHours(selectedId);
        }
        return hours;
    }

    public List<ScheduleException> getTimeOff() {
        if (timeOff == null) {
            timeOff = selectedId == null ? List.of() : setup.timeOff(selectedId);
        }
        return timeOff;
    }

    /** The user name of a practitioner's sign-in account, or empty. */
    public String username(Practitioner practitioner) {
        UserAccount account = practitioner.getUserAccount();
        return account == null ? "" : account.getUsername();
    }

    // ---- practitioners

    public void newPractitioner() {
        editId = null;
        editVersion = 0;
        name = null;
        discipline = null;
        npi = null;
        // a colour no active practitioner has, so the calendar's columns stay apart
        colour = PractitionerColours.forNew(getPractitioners().stream().filter(Practitioner::isActive)
                .map(Practitioner::getColour).toList());
        username = null;
    }

    public void edit(Practitioner practitioner) {
        editId = practitioner.getId();
        editVersion = practitioner.getVersion();
        name = practitioner.getDisplayName();
        discipline = practitioner.getDiscipline();
        npi = practitioner.getNpi();
        colour = practitioner.getColour();
        username = username(practitioner);
    }

    public boolean isEditing() {
        return editId != null;
    }

    public void savePractitioner() {
        if (discipline == null) {
            Messages.refuseKey("practitioners.disciplineRequired");
            return;
        }
        String shown = name == null ? "" : name.strip();
        if (Messages.change(() -> editId == null
                ? setup.createPractitioner(name, discipline, npi, colour, username)
                : setup.updatePractitioner(editId, editVersion, name, discipline, npi, colour, username),
                editId == null ? "practitioners.added" : "practitioners.saved", shown)) {
            practitioners = null;
        }
    }

    public void setActive(Practitioner practitioner, boolean active) {
        if (Messages.change(() -> {
            setup.setPractitionerActive(practitioner.getId(), active);
            return null;
        }, active ? "practitioners.activated" : "practitioners.deactivated", practitioner.getDisplayName())) {
            practitioners = null;
        }
    }

    // ---- working hours

    public void addHours() {
        Practitioner practitioner = getSelected();
        if (practitioner == null) {
            return;
        }
        if (hoursLocationId == null || day == null || from == null || to == null) {
            Messages.refuseKey("hours.incomplete");
            return;
        }
        if (Messages.change(() -> setup.addWorkingHours(practitioner.getId(), hoursLocationId, day, from, to),
                "hours.added", practitioner.getDisplayName())) {
            from = null;
            to = null;
            hours = null;
        }
    }

    public void removeHours(WorkingHours block) {
        if (Messages.change(() -> {
            setup.removeWorkingHours(block.getId());
            return null;
        }, "hours.removed")) {
            hours = null;
        }
    }

    // ---- time off

    public void addTimeOff() {
        Practitioner practitioner = getSelected();
        if (practitioner == null) {
            return;
        }
        if (timeOffFrom == null || timeOffTo == null) {
            Messages.refuseKey("timeOff.incomplete");
            return;
        }
        ZoneId zone = getTimeOffZone();
        if (Messages.change(() -> setup.addTimeOff(practitioner.getId(),
                new TimeSlot(timeOffFrom.atZone(zone).toInstant(), timeOffTo.atZone(zone).toInstant()),
                timeOffReason), "timeOff.added", practitioner.getDisplayName())) {
            timeOffFrom = null;
            timeOffTo = null;
            timeOffReason = null;
            timeOff = null;
        }
    }

    public void removeTimeOff(ScheduleException entry) {
        if (Messages.change(() -> {
            setup.removeScheduleException(entry.getId());
            return null;
        }, "timeOff.removed")) {
            timeOff = null;
        }
    }

    /** Time off is typed and shown in the zone of the location chosen beside it. */
    public ZoneId getTimeOffZone() {
        return getLocations().stream().filter(l -> l.getId().equals(timeOffLocationId)).findFirst()
                .map(Location::getZone).orElseGet(clock::zone);
    }

    public String local(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(getTimeOffZone()));
    }

    /** Re-shows time off in another location's zone. */
    public void timeOffLocationChanged() {
        // nothing to load: the list is formatted with the new zone when it renders
    }

    private Long firstActiveLocationId() {
        return getActiveLocations().stream().findFirst().map(Location::getId).orElse(null);
    }

    // ---- form fields

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public String getNpi() {
        return npi;
    }

    public void setNpi(String npi) {
        this.npi = npi;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getHoursLocationId() {
        return hoursLocationId;
    }

    public void setHoursLocationId(Long hoursLocationId) {
        this.hoursLocationId = hoursLocationId;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getTo() {
        return to;
    }

    public void setTo(LocalTime to) {
        this.to = to;
    }

    public Long getTimeOffLocationId() {
        return timeOffLocationId;
    }

    public void setTimeOffLocationId(Long timeOffLocationId) {
        this.timeOffLocationId = timeOffLocationId;
    }

    public LocalDateTime getTimeOffFrom() {
        return timeOffFrom;
    }

    public void setTimeOffFrom(LocalDateTime timeOffFrom) {
        this.timeOffFrom = timeOffFrom;
    }

    public LocalDateTime getTimeOffTo() {
        return timeOffTo;
    }

    public void setTimeOffTo(LocalDateTime timeOffTo) {
        this.timeOffTo = timeOffTo;
    }

    public String getTimeOffReason() {
        return timeOffReason;
    }

    public void setTimeOffReason(String timeOffReason) {
        this.timeOffReason = timeOffReason;
    }
}
