package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.web.Messages;

/**
 * The holidays part of {@code admin/locations.xhtml}: the days the location picked in
 * {@link LocationsBacking} is closed, typed and shown as whole days in its time zone.
 *
 * <p>The holidays are read by one query for that location, once per view and again after a change
 * or when another location is picked; the list is a transient cache (entities are not serializable).
 */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    private ClinicSetupService setup;

    @Inject
    private LocationsBacking locations;

    private transient List<ScheduleException> holidays;

    /** The location the list and the form belong to: the page's pick when they were last shown. */
    private final Pick shown = new Pick();

    private LocalDate holidayFrom;
    private LocalDate holidayTo;
    private String holidayReason;

    public List<ScheduleException> getHolidays() {
        follow();
        if (holidays == null) {
            holidays = shown.getId() == null ? List.of() : setup.holidaysAt(shown.getId());
        }
        return holidays;
    }

    /** Adds a holiday closing the location from the start of the first day to the end of the last, in its zone. */
    public void addHoliday() {
        follow();
        Location location = locations.getSelected();
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
            clearForm();
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

    /** A location picked (another, or the same again): its holidays, and an empty form. */
    private void follow() {
        if (shown.catchUp(locations.getSelection())) {
            holidays = null;
            clearForm();
        }
    }

    private void clearForm() {
        holidayFrom = null;
        holidayTo = null;
        holidayReason = null;
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
