package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.web.Messages;

/**
 * The time-off part of {@code admin/practitioners.xhtml}: the time off of the practitioner picked in
 * {@link PractitionersBacking}, typed and shown in the time zone of a location chosen beside it
 * (at first where they work first in the week).
 *
 * <p>The time off is read by one query for that practitioner, once per view and again after a change
 * or when another practitioner is picked; the lists are transient caches (entities are not
 * serializable).
 */
@Named
@ViewScoped
public class TimeOffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private ClinicClock clock;

    @Inject
    private ClinicSetupService setup;

    @Inject
    private PractitionersBacking practitioners;

    @Inject
    private WorkingHoursBacking hours;

    private transient List<ScheduleException> timeOff;
    private transient List<Location> locations;

    /** The practitioner the list and the form belong to: the page's pick when they were last shown. */
    private final Pick shown = new Pick();

    private Long timeOffLocationId;
    private LocalDateTime timeOffFrom;
    private LocalDateTime timeOffTo;
    private String timeOffReason;

    public List<ScheduleException> getTimeOff() {
        follow();
        if (timeOff == null) {
            timeOff = shown.getId() == null ? List.of() : setup.timeOff(shown.getId());
        }
        return timeOff;
    }

    /** Every location, open or closed: time off may be typed in any of their zones. */
    public List<Location> getLocations() {
        if (locations == null) {
            locations = setup.locations();
        }
        return locations;
    }

    public void addTimeOff() {
        follow();
        Practitioner practitioner = practitioners.getSelected();
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
            clearForm();
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

    /** A practitioner picked (another, or the same again): their time off, an empty form in their home zone. */
    private void follow() {
        if (!shown.catchUp(practitioners.getSelection())) {
            return;
        }
        timeOff = null;
        clearForm();
        timeOffLocationId = shown.getId() == null ? null : hours.getHomeLocationId();
    }

    private void clearForm() {
        timeOffFrom = null;
        timeOffTo = null;
        timeOffReason = null;
    }

    public Long getTimeOffLocationId() {
        follow();
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
