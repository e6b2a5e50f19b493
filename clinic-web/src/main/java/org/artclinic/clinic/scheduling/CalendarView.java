package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.primefaces.PrimeFaces;

/**
 * What {@code scheduling/calendar.xhtml} shows: a location's day with a column per practitioner who
 * works that day (the default), or one practitioner's week; shaded where they do not work, from
 * their first working hour, closed days left out. The set-up lists (locations, practitioners, rooms,
 * appointment types) are read once per view. The dialogs ({@link BookingDialog},
 * {@link AppointmentDialog}) and the feed address ({@link CalendarFeedBacking}) have beans of their own.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    /** More columns would be too narrow to read on a front-desk screen. */
    static final int MAX_COLUMNS = 6;
    /** How far "next day" looks for a day on which somebody works. */
    private static final int SKIP_CLOSED_DAYS = 14;

    /** One practitioner's column: a calendar of their own that loads only their appointments. */
    public record Column(long practitionerId, String name, String colour, AppointmentScheduleModel model)
            implements Serializable {
    }

    @EJB
    private SchedulingService scheduling;

    @EJB
    private ClinicSetupService setup;

    @Inject
    private ClinicClock clock;

    @Inject
    @Param(name = "location")
    private Long locationParam;

    /** {@code ?practitioner=}: opens that practitioner's week. */
    @Inject
    @Param(name = "practitioner")
    private Long practitionerParam;

    @Inject
    @Param(name = "date")
    private String dateParam;

    /** {@code ?layout=week} opens the week of one practitioner; the day side by side is the default. */
    @Inject
    @Param(name = "layout")
    private String layoutParam;

    private List<Location> locations;
    private List<Practitioner> practitioners;
    private List<AppointmentType> appointmentTypes;
    private List<Room> rooms;
    private Long locationId;
    private ZoneId zone;
    private List<Long> practitionerIds = new ArrayList<>();
    private Long roomId;
    private boolean week;
    private Long weekPractitionerId;
    private LocalDate day;
    private List<Column> columns = List.of();
    private AppointmentScheduleModel weekModel;
    private CalendarGrid grid = CalendarGrid.standard();
    /** What the address asked for that the calendar could not show (message keys), said once the page opens. */
    private final List<String> fallbacks = new ArrayList<>();

    @PostConstruct
    void init() {
        locations = setup.activeLocations();
        practitioners = setup.activePractitioners();
        appointmentTypes = setup.activeAppointmentTypes();
        // an address of an old bookmark may name a location or practitioner no longer open: the
        // calendar opens as without it and says so, instead of failing
        Long firstOpen = locations.isEmpty() ? null : locations.get(0).getId();
        locationId = locations.stream().map(Location::getId).filter(id -> id.equals(locationParam)).findFirst()
                .orElse(firstOpen);
        if (locationParam != null && !locationParam.equals(locationId)) {
            fallbacks.add("calendar.location.notOpen");
        }
        weekPractitionerId = practitioners.stream().map(Practitioner::getId).filter(id -> id.equals(practitionerParam))
                .findFirst().orElse(null);
        if (practitionerParam != null && weekPractitionerId == null) {
            fallbacks.add("calendar.practitioner.notActive");
        }
        week = practitionerParam != null || "week".equals(layoutParam);
        day = parse(dateParam);
        filter();
    }

    /**
     * The page's view action: says what of the address could not be shown. A view action, because
     * the page's messages are drawn above the calendar, before the bean would otherwise be created.
     */
    public void announceFallbacks() {
        fallbacks.forEach(Messages::info);
        fallbacks.clear();
    }

    /** Applies the filters: the location's zone and rooms, then the columns of the day or the practitioner's week. */
    public void filter() {
        zone = locations.stream().filter(l -> l.getId().equals(locationId)).map(Location::getZone).findFirst()
                .orElseGet(clock::zone);
        rooms = locationId == null ? List.of() : setup.activeRoomsAt(locationId);
        if (day == null) {
            day = LocalDate.ofInstant(clock.now(), zone);
        }
        columns = List.of();
        weekModel = null;
        grid = CalendarGrid.standard();
        if (locationId == null) {
            return;
        }
        if (week) {
            showWeek();
        } else {
            showDay();
        }
    }

    private void showDay() {
        List<Availability> working = scheduling.availability(locationId, practitionerIds, day, day.plusDays(1))
                .stream().filter(Availability::works).toList();
        if (working.size() > MAX_COLUMNS) {
            Messages.info("calendar.columns.tooMany", MAX_COLUMNS);
        }
        columns = working.stream().limit(MAX_COLUMNS)
                .map(a -> new Column(a.practitioner().getId(), a.practitioner().getDisplayName(),
                        a.practitioner().getColour(), model(a.practitioner().getId())))
                .toList();
        grid = CalendarGrid.of(working.stream().flatMap(a -> a.spans().stream()).toList(), zone);
    }

    private void showWeek() {
        if (weekPractitionerId == null) {
            LocalDate monday = day.with(DayOfWeek.MONDAY);
            weekPractitionerId = scheduling.availability(locationId, List.of(), monday, monday.plusDays(7)).stream()
                    .filter(Availability::works).map(a -> a.practitioner().getId()).findFirst()
                    .orElse(practitioners.isEmpty() ? null : practitioners.get(0).getId());
        }
        if (weekPractitionerId == null) {
            return;
        }
        weekModel = model(weekPractitionerId);
        grid = CalendarGrid.ofWeek(setup.workingHours(weekPractitionerId).stream()
                .filter(h -> h.getLocation().getId().equals(locationId)).toList());
    }

    /** One practitioner's calendar at the location: their appointments (in the room, if one is chosen) and their working time. */
    private AppointmentScheduleModel model(long practitionerId) {
        long location = locationId;
        List<Long> practitioner = List.of(practitionerId);
        List<Long> room = roomId == null ? List.of() : List.of(roomId);
        SchedulingService service = scheduling;
        return new AppointmentScheduleModel((from, to) -> service.between(from, to, location, practitioner, room),
                (from, to) -> service.availability(location, practitioner, from, to).stream()
                        .flatMap(a -> a.spans().stream()).toList(), zone);
    }

    /**
     * Loads every column of the day in one request (the page's remote command {@code clinicLoadColumns},
     * which each column's calendar asks for its events instead of one request per column): one query
     * for the appointments of all columns, one for their working time. Answers the callback parameter
     * {@code columns}: for each practitioner's id, the events as {@code p:schedule} answers them.
     * Request parameters {@code clinicFrom} and {@code clinicTo}: the range the calendars show, ISO-8601.
     */
    public void loadColumns() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Optional<TimeSlot> range = range(params.get("clinicFrom"), params.get("clinicTo"));
        if (range.isEmpty() || columns.isEmpty() || locationId == null) {
            PrimeFaces.current().ajax().addCallbackParam("columns", "{}");
            return;
        }
        Instant from = range.get().start();
        Instant to = range.get().end();
        List<Long> ids = columns.stream().map(Column::practitionerId).toList();
        List<Long> room = roomId == null ? List.of() : List.of(roomId);
        long location = locationId;
        Map<Long, List<CalendarEntry>> entries = Messages.read(() -> scheduling.between(from, to, location, ids, room))
                .orElse(List.of()).stream().collect(Collectors.groupingBy(CalendarEntry::practitionerId));
        Map<Long, List<TimeSlot>> spans = new HashMap<>();
        Messages.read(() -> scheduling.availability(location, ids, LocalDate.ofInstant(from, zone),
                LocalDate.ofInstant(to, zone).plusDays(1))).orElse(List.of())
                .forEach(a -> spans.put(a.practitioner().getId(), a.spans()));
        FacesContext context = FacesContext.getCurrentInstance();
        StringBuilder json = new StringBuilder("{");
        for (Column column : columns) {
            column.model().show(from, to, entries.getOrDefault(column.practitionerId(), List.of()),
                    spans.getOrDefault(column.practitionerId(), List.of()));
            json.append(json.length() > 1 ? "," : "").append('"').append(column.practitionerId()).append("\":")
                    .append(ScheduleEventsJson.of(context, column.model(), zone));
        }
        PrimeFaces.current().ajax().addCallbackParam("columns", json.append('}').toString());
    }

    private static Optional<TimeSlot> range(String from, String to) {
        try {
            Instant start = ZonedDateTime.parse(from).toInstant();
            Instant end = ZonedDateTime.parse(to).toInstant();
            return end.isAfter(start) && Duration.between(start, end).toDays() <= 1
                    ? Optional.of(new TimeSlot(start, end)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public void previousDay() {
        day = day.minusDays(1);
        filter();
    }

    /** The next day on which somebody (of those chosen) works: closed days are skipped. */
    public void nextDay() {
        LocalDate from = day.plusDays(1);
        if (locationId == null) {
            // no location chosen (a form posted without it): the next day, as "Previous day" does
            day = from;
            filter();
            return;
        }
        day = scheduling.availability(locationId, practitionerIds, from, from.plusDays(SKIP_CLOSED_DAYS)).stream()
                .flatMap(a -> a.spans().stream()).map(s -> s.start().atZone(zone).toLocalDate())
                .min(LocalDate::compareTo).orElse(from);
        filter();
    }

    public void today() {
        day = LocalDate.ofInstant(clock.now(), zone);
        filter();
    }

    /** The practitioner whose calendar feed the page offers: the week's, or the one chosen for the day. */
    public Optional<Long> singlePractitioner() {
        if (week) {
            return Optional.ofNullable(weekPractitionerId);
        }
        return practitionerIds.size() == 1 ? Optional.of(practitionerIds.get(0)) : Optional.empty();
    }

    private static LocalDate parse(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    // ---- what the page reads

    public List<Location> getLocations() {
        return locations;
    }

    public List<Practitioner> getPractitioners() {
        return practitioners;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<AppointmentType> getAppointmentTypes() {
        return appointmentTypes;
    }

    /** The practitioners in view, for the colour legend: the columns of the day, or the week's one. */
    public List<Practitioner> getShownPractitioners() {
        List<Long> shown = week ? (weekPractitionerId == null ? List.of() : List.of(weekPractitionerId))
                : columns.stream().map(Column::practitionerId).toList();
        return practitioners.stream().filter(p -> shown.contains(p.getId())).toList();
    }

    public Location getLocation() {
        return locations.stream().filter(l -> l.getId().equals(locationId)).findFirst().orElse(null);
    }

    public ZoneId getZone() {
        return zone;
    }

    public String getZoneId() {
        return zone.getId();
    }

    public List<Column> getColumns() {
        return columns;
    }

    public AppointmentScheduleModel getWeekModel() {
        return weekModel;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getDayLabel() {
        return day.format(DAY);
    }

    /** The time grid's frame: first and last hour, the days left out. */
    public CalendarGrid getGrid() {
        return grid;
    }

    public boolean isWeek() {
        return week;
    }

    public void setWeek(boolean week) {
        this.week = week;
    }

    public Long getWeekPractitionerId() {
        return weekPractitionerId;
    }

    public void setWeekPractitionerId(Long weekPractitionerId) {
        this.weekPractitionerId = weekPractitionerId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public List<Long> getPractitionerIds() {
        return practitionerIds;
    }

    public void setPractitionerIds(List<Long> practitionerIds) {
        this.practitionerIds = practitionerIds == null ? new ArrayList<>() : new ArrayList<>(practitionerIds);
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }
}
