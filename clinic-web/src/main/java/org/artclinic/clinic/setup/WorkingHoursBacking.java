package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.web.Messages;

/**
 * The working-hours part of {@code admin/practitioners.xhtml}: the weekly hours of the practitioner
 * picked in {@link PractitionersBacking}, per location, adding and removing blocks.
 *
 * <p>The hours are read by one query for that practitioner, once per view and again after a change
 * or when another practitioner is picked; the list is a transient cache (entities are not
 * serializable).
 */
@Named
@ViewScoped
public class WorkingHoursBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicSetupService setup;

    @Inject
    private PractitionersBacking practitioners;

    private transient List<WorkingHours> hours;
    private transient List<Location> activeLocations;

    /** The practitioner the list and the form belong to: the page's pick when they were last shown. */
    private final Pick shown = new Pick();

    /** Where the practitioner works first in the week (else the first open location): the forms' default. */
    private Long homeLocationId;

    private Long hoursLocationId;
    private DayOfWeek day;
    private LocalTime from;
    private LocalTime to;

    public List<WorkingHours> getHours() {
        follow();
        return hours();
    }

    /** The open locations, by name: where new hours can be. */
    public List<Location> getActiveLocations() {
        if (activeLocations == null) {
            activeLocations = setup.activeLocations();
        }
        return activeLocations;
    }

    public List<DayOfWeek> getDays() {
        return Arrays.asList(DayOfWeek.values());
    }

    /** The location the time-off part shows times in until the user picks another. */
    public Long getHomeLocationId() {
        follow();
        return homeLocationId;
    }

    public void addHours() {
        follow();
        Practitioner practitioner = practitioners.getSelected();
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

    private List<WorkingHours> hours() {
        if (hours == null) {
            hours = shown.getId() == null ? List.of() : setup.workingHours(shown.getId());
        }
        return hours;
    }

    /** A practitioner picked (another, or the same again): their week, an empty form at their first location. */
    private void follow() {
        if (!shown.catchUp(practitioners.getSelection())) {
            return;
        }
        hours = null;
        day = null;
        from = null;
        to = null;
        List<WorkingHours> week = hours();
        homeLocationId = shown.getId() == null ? null : !week.isEmpty() ? week.get(0).getLocation().getId()
                : getActiveLocations().stream().findFirst().map(Location::getId).orElse(null);
        hoursLocationId = homeLocationId;
    }

    public Long getHoursLocationId() {
        follow();
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
}
