package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.patient.PatientSummary;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * Backs {@code scheduling/today.xhtml}, the front desk's start page: one day at one location,
 * grouped by practitioner, with check-in (copay collected) and no-shows.
 */
@Named
@ViewScoped
public class DaySheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    /**
     * One line of the sheet, with everything the page shows already worked out (the patient's link,
     * the status in words): the page reads JavaBean properties, which EL resolves from a cache,
     * instead of calling methods it looks up by reflection on every row (issue 14, decision 0053).
     */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long id;
        private final String time;
        private final String patient;
        private final long patientId;
        private final String link;
        private final String type;
        private final String room;
        private final AppointmentStatus status;
        private final String statusLabel;
        private final boolean canCheckIn;
        private final boolean canMarkNoShow;
        private final String copayCollected;

        Row(CalendarEntry entry, String time, String link, String statusLabel, Instant now) {
            this.id = entry.id();
            this.time = time;
            this.patient = entry.patientName();
            this.patientId = entry.patientId();
            this.link = link;
            this.type = entry.appointmentTypeName() == null ? "" : entry.appointmentTypeName();
            this.room = entry.roomName() == null ? "" : entry.roomName();
            this.status = entry.status();
            this.statusLabel = statusLabel;
            this.canCheckIn = entry.canCheckIn(now);
            this.canMarkNoShow = entry.canMarkNoShow(now);
            this.copayCollected = entry.copay() == null ? "" : entry.copay().format();
        }

        public long getId() {
            return id;
        }

        /** "09:00–09:30" in the location's time. */
        public String getTime() {
            return time;
        }

        public String getPatient() {
            return patient;
        }

        public long getPatientId() {
            return patientId;
        }

        /** The patient's chart, whose Back returns to this day at this location. */
        public String getLink() {
            return link;
        }

        public String getType() {
            return type;
        }

        public String getRoom() {
            return room;
        }

        public AppointmentStatus getStatus() {
            return status;
        }

        public String getStatusLabel() {
            return statusLabel;
        }

        public boolean isCanCheckIn() {
            return canCheckIn;
        }

        public boolean isCanMarkNoShow() {
            return canMarkNoShow;
        }

        public String getCopayCollected() {
            return copayCollected;
        }
    }

    /** One practitioner's appointments of the day. */
    public static final class Group implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String practitioner;
        private final String colour;
        private final List<Row> rows;

        Group(String practitioner, String colour, List<Row> rows) {
            this.practitioner = practitioner;
            this.colour = colour;
            this.rows = rows;
        }

        public String getPractitioner() {
            return practitioner;
        }

        public String getColour() {
            return colour;
        }

        public List<Row> getRows() {
            return rows;
        }
    }

    @EJB
    private SchedulingService scheduling;

    @EJB
    private ClinicSetupService setup;

    @Inject
    private ClinicClock clock;

    @Inject
    private PatientPicker patientPicker;

    @Inject
    private DeskLocation deskLocation;

    /** A day to open on ({@code day=2025-06-03}, e.g. coming back from a chart); today otherwise. */
    @Inject
    @Param(name = "day")
    private String dayParam;

    @Inject
    @Param(name = "location")
    private Long locationParam;

    private List<Location> locations;
    private Long locationId;
    /** The location whose day is on the sheet (the menu's value changes before the listener runs). */
    private Long shownLocationId;
    private LocalDate day;
    private List<Group> groups = List.of();
    private String summary;

    private Row checkingIn;
    private BigDecimal copayCollected;

    @PostConstruct
    void init() {
        locations = setup.activeLocations();
        // the location asked for if it is open, else the desk's own: the day is always one location's
        locationId = locations.stream().map(Location::getId).filter(id -> id.equals(locationParam)).findFirst()
                .orElseGet(() -> deskLocation.choose(locations));
        day = locationId == null ? clock.today() : today(); // no open location: an empty sheet
        if (dayParam != null) {
            try {
                day = LocalDate.parse(dayParam.strip());
            } catch (DateTimeParseException notADate) {
                // today, as without one
            }
        }
        load();
    }

    /** Another location: "today" there may be another date than where the front desk was looking. */
    public void changeLocation() {
        deskLocation.remember(locationId);
        Long shown = shownLocationId;
        if (shown != null && day != null && day.equals(LocalDate.ofInstant(clock.now(), zoneOf(shown)))) {
            day = today();
        }
        load();
    }

    /** Today in the location's time zone, not the server's. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), zone());
    }

    public void load() {
        if (locationId == null) {
            groups = List.of();
            return;
        }
        if (day == null) {
            day = today();
        }
        shownLocationId = locationId;
        ZoneId zone = zone();
        Instant now = clock.now();
        Map<Long, List<Row>> rows = new LinkedHashMap<>();
        Map<Long, Group> byPractitioner = new LinkedHashMap<>();
        // the chart's address is the same for every row but the patient's id: built once, as h:link would
        String chart = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/patient/patient.xhtml?from=day-sheet&day=" + day + "&location=" + locationId + "&id=";
        Map<AppointmentStatus, String> labels = new EnumMap<>(AppointmentStatus.class);
        for (CalendarEntry a : Messages.read(() -> scheduling.day(locationId, day)).orElse(List.of())) {
            long practitionerId = a.practitionerId();
            List<Row> list = rows.computeIfAbsent(practitionerId, id -> new ArrayList<>());
            byPractitioner.computeIfAbsent(practitionerId, id -> new Group(a.practitionerName(),
                    a.practitionerColour(), list));
            list.add(new Row(a, a.startsAt().atZone(zone).format(TIME) + "–" + a.endsAt().atZone(zone).format(TIME),
                    chart + a.patientId(), labels.computeIfAbsent(a.status(), this::statusLabel), now));
        }
        groups = byPractitioner.values().stream()
                .sorted(java.util.Comparator.comparing(Group::getPractitioner)).toList();
        summary = DayCounts.summary(groups.stream().flatMap(g -> g.getRows().stream()).map(Row::getStatus).toList());
    }

    private ZoneId zone() {
        return zoneOf(locationId);
    }

    private ZoneId zoneOf(Long id) {
        return locations.stream().filter(l -> l.getId().equals(id)).findFirst()
                .map(Location::getZone).orElseThrow(() -> new IllegalStateException("not an open location: " + id));
    }

    /** Opens the check-in prompt with the copay due and the visits left on the authorization. */
    public void prepareCheckIn(Row row) {
        checkingIn = row;
        PatientSummary summary = patientPicker.show(row.getPatientId());
        copayCollected = summary.copay() == null ? null : summary.copay().amount();
    }

    /** Checks the patient in; the dialog closes on the callback parameter {@code saved} (see today.xhtml). */
    public void checkIn() {
        if (Messages.change(() -> scheduling.checkIn(checkingIn.getId(),
                copayCollected == null ? null : Money.of(copayCollected)), "daysheet.checkedIn", checkingIn.getPatient())) {
            load();
        }
    }

    public void markNoShow(Row row) {
        Messages.change(() -> scheduling.markNoShow(row.getId()), "daysheet.noShowMessage", row.getPatient());
        load();
    }

    public void previousDay() {
        day = day.minusDays(1);
        load();
    }

    public void nextDay() {
        day = day.plusDays(1);
        load();
    }

    /** Back to today at the location. */
    public void showToday() {
        day = today();
        load();
    }

    /** Whether the sheet shows today at the location (then "Today" has nothing to do). */
    public boolean isToday() {
        return locationId != null && day != null && day.equals(today());
    }

    /** The day's counts, e.g. "12 visits · 3 arrived · 1 no-show". */
    public String getSummary() {
        return summary;
    }

    public String getDayLabel() {
        return day.format(DAY);
    }

    public String statusLabel(AppointmentStatus status) {
        return Messages.text("daysheet.status." + status.name());
    }

    public List<Location> getLocations() {
        return locations;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public Row getCheckingIn() {
        return checkingIn;
    }

    public String getCheckInFacts() {
        return patientPicker.getFacts();
    }

    public BigDecimal getCopayCollected() {
        return copayCollected;
    }

    public void setCopayCollected(BigDecimal copayCollected) {
        this.copayCollected = copayCollected;
    }
}
