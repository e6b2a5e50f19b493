package org.artclinic.clinic.scheduling;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.IntakeAlerts;
import org.artclinic.clinic.intake.IntakeBanner;
import org.artclinic.clinic.security.CurrentUser;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code scheduling/calendar.xhtml}: a day or week of one location, filtered by
 * practitioners or a room; booking (single visits and series with a preview), editing,
 * cancelling and moving appointments, and the practitioner's calendar feed address. A user who is
 * also a practitioner sees the patient's screening alerts in the appointment dialog.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    @EJB
    private SchedulingService scheduling;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private CalendarFeedService feeds;

    @Inject
    private IntakeBanner intakeBanner;

    @Inject
    private CurrentUser user;

    @Inject
    @Param(name = "location")
    private Long locationParam;

    @Inject
    @Param(name = "practitioner")
    private Long practitionerParam;

    @Inject
    @Param(name = "date")
    private String dateParam;

    /** {@code ?layout=side}: opens with the practitioners side by side. */
    @Inject
    @Param(name = "layout")
    private String layoutParam;

    // ---- filters

    private List<Location> locations;
    private Long locationId;
    private List<Long> practitionerIds = new ArrayList<>();
    private Long roomId;
    private AppointmentScheduleModel model;
    private String feedUrl;

    // ---- side by side: one day, a column (its own calendar) per practitioner

    /** One practitioner's column: a calendar of their own that loads only their appointments. */
    public record Column(long practitionerId, String name, String colour, AppointmentScheduleModel model)
            implements Serializable {
    }

    /** More columns would be too narrow to read on a front-desk screen. */
    static final int MAX_COLUMNS = 6;
    private boolean sideBySide;
    private LocalDate day;
    private List<Column> columns = List.of();

    // ---- booking

    private LocalDateTime start;
    @Inject
    private PatientPicker patientPicker;
    private Long bookPractitionerId;
    private Long bookRoomId;
    private Long typeId;
    private Integer minutes = 30;
    private String notes;
    private boolean repeat;
    private List<String> repeatDays = new ArrayList<>();
    private Integer weeks = 3;
    private List<OccurrencePreview> preview = List.of();

    // ---- the chosen event

    private AppointmentScheduleModel.Ref selected;
    private boolean lateIfCancelledNow;
    private String selectedTitle;
    private String selectedWhen;
    private String selectedNotes;
    private Long selectedPatientId;
    private String cancelReason;
    private SeriesScope scope = SeriesScope.THIS;
    private Integer shiftDays = 0;
    private Integer shiftMinutes = 0;
    private List<WaitlistEntry> offers = List.of();
    /** How many more waiting patients than {@link #offers} would take the freed slot (the waitlist page lists them). */
    private long moreOffers;
    private AppointmentScheduleModel.Ref freed;
    private Long freedTypeId;

    @PostConstruct
    void init() {
        locations = setup.locations().stream().filter(Location::isActive).toList();
        if (practitionerParam != null) {
            practitionerIds.add(practitionerParam);
        }
        locationId = locationParam != null ? locationParam
                : locations.isEmpty() ? null : locations.get(0).getId();
        sideBySide = "side".equals(layoutParam);
        day = getInitialDate();
        filter();
    }

    /**
     * Applies the filters: rebuilds the model for the location's zone (one calendar, or a column per
     * practitioner side by side) and shows the feed address.
     */
    public void filter() {
        ZoneId zone = location().map(Location::getZone).orElse(ZoneId.systemDefault());
        model = new AppointmentScheduleModel(loader(List.copyOf(practitionerIds)), zone);
        if (day == null) {
            day = LocalDate.now(zone);
        }
        columns = List.of();
        if (sideBySide) {
            if (practitionerIds.size() > MAX_COLUMNS) {
                Messages.info("calendar.columns.tooMany", MAX_COLUMNS);
            }
            List<Long> shown = practitionerIds.stream().limit(MAX_COLUMNS).toList();
            columns = getPractitioners().stream().filter(p -> shown.contains(p.getId()))
                    .sorted(java.util.Comparator.comparing(p -> shown.indexOf(p.getId())))
                    .map(p -> new Column(p.getId(), p.getDisplayName(), p.getColour(),
                            new AppointmentScheduleModel(loader(List.of(p.getId())), zone)))
                    .toList();
        }
        showFeed();
    }

    /** Loads the appointments of these practitioners (all if none) in the visible range, at the location. */
    private AppointmentScheduleModel.Loader loader(List<Long> practitioners) {
        Long location = locationId;
        List<Long> rooms = roomId == null ? List.of() : List.of(roomId);
        SchedulingService service = scheduling;
        return (from, to) -> service.between(from, to, practitioners, rooms).stream()
                .filter(a -> location == null || a.getLocation().getId().equals(location)).toList();
    }

    public void previousDay() {
        day = day.minusDays(1);
    }

    public void nextDay() {
        day = day.plusDays(1);
    }

    public void today() {
        day = LocalDate.now(model.getZone());
    }

    /** The feed address of the one selected practitioner, if the front desk has created one. */
    private void showFeed() {
        feedUrl = null;
        if (practitionerIds.size() == 1) {
            try {
                long practitioner = practitionerIds.get(0);
                feedUrl = feeds.token(practitioner).map(token -> feedAddress(practitioner, token)).orElse(null);
            } catch (DomainException e) {
                Messages.errorText(e.getMessage());
            }
        }
    }

    private static String feedAddress(long practitionerId, String token) {
        return Faces.getRequestBaseURL() + CalendarFeedServlet.address(practitionerId, token);
    }

    /** Creates the selected practitioner's feed address; only on this explicit request. */
    public void createFeed() {
        changeFeed(feeds::createToken, "calendar.feed.created");
    }

    /** Gives the selected practitioner's feed a new address; the old one stops working. */
    public void renewFeed() {
        changeFeed(feeds::renewToken, "calendar.feed.renewed");
    }

    private void changeFeed(java.util.function.LongFunction<String> change, String doneKey) {
        if (practitionerIds.size() == 1) {
            try {
                change.apply(practitionerIds.get(0));
                filter();
                Messages.info(doneKey);
            } catch (DomainException e) {
                Messages.errorText(e.getMessage());
            }
        }
    }

    private java.util.Optional<Location> location() {
        return locations.stream().filter(l -> l.getId().equals(locationId)).findFirst();
    }

    // ---- booking

    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        newBooking();
        start = event.getObject();
    }

    /** A slot chosen in a practitioner's column books with that practitioner. */
    public void onColumnDateSelect(SelectEvent<LocalDateTime> event) {
        onDateSelect(event);
        Column column = (Column) event.getComponent().getAttributes().get("column");
        if (column != null) {
            bookPractitionerId = column.practitionerId();
        }
    }

    public void newBooking() {
        start = LocalDateTime.now(model.getZone()).withSecond(0).withNano(0);
        patientPicker.clear();
        bookPractitionerId = practitionerIds.isEmpty() ? null : practitionerIds.get(0);
        bookRoomId = roomId;
        notes = null;
        repeat = false;
        repeatDays = new ArrayList<>();
        weeks = 3;
        preview = List.of();
    }

    public void onTypeChange() {
        if (typeId != null) {
            minutes = setup.appointmentType(typeId).getDurationMinutes();
        }
    }

    public void book() {
        try {
            requireBookingFields();
            Instant from = start.atZone(model.getZone()).toInstant();
            Appointment booked = scheduling.book(new BookingRequest(patientPicker.getPatient().getId(), bookPractitionerId, locationId,
                    bookRoomId, typeId, from, from.plus(Duration.ofMinutes(minutes)), notes));
            Messages.info("calendar.booked", booked.describe());
            PrimeFaces.current().executeScript("PF('bookDialog').hide()");
        } catch (DomainException e) {
            Messages.errorText(e.getMessage());
        }
    }

    public void previewSeries() {
        try {
            preview = scheduling.preview(seriesRequest());
        } catch (DomainException e) {
            preview = List.of();
            Messages.errorText(e.getMessage());
        }
    }

    public void bookSeries() {
        try {
            SeriesResult result = scheduling.bookSeries(seriesRequest());
            Messages.info("calendar.seriesBooked", result.booked().size(), result.skipped().size());
            preview = List.of();
            PrimeFaces.current().executeScript("PF('bookDialog').hide()");
        } catch (DomainException e) {
            Messages.errorText(e.getMessage());
        }
    }

    private SeriesRequest seriesRequest() {
        requireBookingFields();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        repeatDays.forEach(day -> days.add(DayOfWeek.valueOf(day)));
        RecurrenceRule rule = new RecurrenceRule(start.toLocalDate(), start.toLocalTime(), Duration.ofMinutes(minutes),
                days, weeks == null ? 0 : weeks);
        return new SeriesRequest(patientPicker.getPatient().getId(), bookPractitionerId, locationId, bookRoomId, typeId, rule, notes);
    }

    private void requireBookingFields() {
        if (patientPicker.getPatient() == null) {
            throw new DomainException(Messages.text("calendar.patientRequired"));
        }
        if (bookPractitionerId == null) {
            throw new DomainException(Messages.text("calendar.practitionerRequired"));
        }
        if (start == null || minutes == null) {
            throw new DomainException(Messages.text("calendar.timeRequired"));
        }
        if (locationId == null) {
            throw new DomainException(Messages.text("calendar.locationRequired"));
        }
    }

    public String previewWhen(OccurrencePreview occurrence) {
        ZoneId zone = model.getZone();
        return occurrence.slot().start().atZone(zone).format(WHEN) + "–" + occurrence.slot().end().atZone(zone).format(TIME);
    }

    public long getFreeCount() {
        return preview.stream().filter(OccurrencePreview::free).count();
    }

    // ---- an appointment

    public void onEventSelect(SelectEvent<ScheduleEvent<AppointmentScheduleModel.Ref>> event) {
        select(event.getObject().getData().id());
    }

    private void select(long id) {
        Appointment appointment = scheduling.appointment(id);
        selected = AppointmentScheduleModel.Ref.of(appointment);
        lateIfCancelledNow = appointment.isLateIfCancelledAt(Clock.systemUTC().instant(),
                scheduling.cancellationPolicy());
        selectedTitle = appointment.describe();
        selectedWhen = appointment.getStartsAt().atZone(model.getZone()).format(WHEN);
        selectedNotes = appointment.getNotes();
        selectedPatientId = appointment.getPatient().getId();
        cancelReason = null;
        scope = SeriesScope.THIS;
        shiftDays = 0;
        shiftMinutes = 0;
        offers = List.of();
        moreOffers = 0;
        freed = null;
    }

    /** Whether cancelling the selected visit now would count as late (asked of the appointment when it was selected). */
    public boolean isLateIfCancelledNow() {
        return selected != null && lateIfCancelledNow;
    }

    public void saveNotes() {
        try {
            scheduling.changeNotes(selected.id(), selected.version(), selectedNotes);
            select(selected.id());
            Messages.info("calendar.notesSaved");
        } catch (DomainException e) {
            Messages.errorText(e.getMessage());
        }
    }

    public void cancelAppointment() {
        try {
            if (selected.inSeries() && scope != SeriesScope.THIS) {
                List<Appointment> cancelled = scheduling.cancelSeries(selected.id(), scope, cancelReason);
                Messages.info("calendar.seriesCancelled", cancelled.size());
                PrimeFaces.current().executeScript("PF('eventDialog').hide()");
                return;
            }
            CancellationResult result = scheduling.cancel(selected.id(), cancelReason);
            Appointment cancelled = result.appointment();
            Messages.info(cancelled.isLateCancellation() ? "calendar.cancelledLate" : "calendar.cancelled");
            freed = AppointmentScheduleModel.Ref.of(cancelled);
            freedTypeId = cancelled.getAppointmentType() == null ? null : cancelled.getAppointmentType().getId();
            offers = result.offers();
            moreOffers = result.moreOffers();
            if (moreOffers > 0) {
                Messages.info("waitlist.offers.more", moreOffers);
            }
            selected = AppointmentScheduleModel.Ref.of(cancelled);
            if (offers.isEmpty()) {
                PrimeFaces.current().executeScript("PF('eventDialog').hide()");
            }
        } catch (DomainException e) {
            Messages.errorText(e.getMessage());
        }
    }

    public void bookOffer(long entryId) {
        WaitlistEntry entry = offers.stream().filter(o -> o.getId() == entryId).findFirst().orElse(null);
        if (entry == null || freed == null) {
            return;
        }
        try {
            Appointment booked = scheduling.bookFromWaitlist(entryId, new BookingRequest(entry.getPatient().getId(),
                    freed.practitionerId(), locationId, freed.roomId(), freedTypeId, freed.start(), freed.end(), null));
            Messages.info("calendar.booked", booked.describe());
            offers = List.of();
            PrimeFaces.current().executeScript("PF('eventDialog').hide()");
        } catch (DomainException e) {
            Messages.errorText(e.getMessage());
        }
    }

    public void markNoShow() {
        try {
            scheduling.markNoShow(selected.id());
            Messages.info("calendar.noShow");
            PrimeFaces.current().executeScript("PF('eventDialog').hide()");
        } catch (DomainException e) {
            Messages.errorText(e.getMessage());
        }
    }

    /** Moves the chosen visit (and, for a series, the later ones or all) by days and minutes. */
    public void moveSelected() {
        try {
            List<Appointment> moved = scheduling.moveSeries(selected.id(), selected.version(), scope,
                    shiftDays == null ? 0 : shiftDays, shiftMinutes == null ? 0 : shiftMinutes, null, null);
            Messages.info("calendar.moved", moved.size());
            PrimeFaces.current().executeScript("PF('eventDialog').hide()");
        } catch (DomainException e) {
            Messages.errorText(e.getMessage());
        }
    }

    public StreamedContent getIcs() {
        Appointment appointment = scheduling.appointment(selected.id());
        byte[] bytes = AppointmentCalendar.of(List.of(appointment), appointment.getPractitioner().getDisplayName(),
                Clock.systemUTC().instant()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("appointment-" + appointment.getId() + ".ics")
                .contentType(AppointmentCalendar.MEDIA_TYPE)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    // ---- drag and drop

    public void onEventMove(ScheduleEntryMoveEvent event) {
        move(event.getScheduleEvent(), event.getDeltaAsDuration(), event.getDeltaAsDuration());
    }

    public void onEventResize(ScheduleEntryResizeEvent event) {
        move(event.getScheduleEvent(), event.getDeltaStartAsDuration(), event.getDeltaEndAsDuration());
    }

    /** Reschedules with the version the user saw; on a conflict the schedule is redrawn as it was. */
    private void move(ScheduleEvent<?> event, Duration startDelta, Duration endDelta) {
        AppointmentScheduleModel.Ref ref = (AppointmentScheduleModel.Ref) event.getData();
        try {
            // the calendar works on the location's wall clock: apply the deltas there, not to the instants,
            // so a drag across a daylight-saving change keeps the time the receptionist dropped it at
            ZoneId zone = model.getZone();
            Appointment moved = scheduling.reschedule(ref.id(), ref.version(), ref.practitionerId(), ref.roomId(),
                    LocalDateTime.ofInstant(ref.start(), zone).plus(startDelta).atZone(zone).toInstant(),
                    LocalDateTime.ofInstant(ref.end(), zone).plus(endDelta).atZone(zone).toInstant());
            Messages.info("calendar.rescheduled", moved.describe());
        } catch (DomainException e) {
            Messages.errorText(e.getMessage());
        }
    }

    // ---- choices

    public List<Location> getLocations() {
        return locations;
    }

    public List<Practitioner> getPractitioners() {
        return setup.practitioners().stream().filter(Practitioner::isActive).toList();
    }

    public List<Room> getRooms() {
        return setup.rooms().stream().filter(r -> r.isActive() && r.getLocation().getId().equals(locationId)).toList();
    }

    public List<AppointmentType> getAppointmentTypes() {
        return setup.appointmentTypes().stream().filter(AppointmentType::isActive).toList();
    }

    public List<DayOfWeek> getWeekDays() {
        return List.of(DayOfWeek.values());
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
    }

    public List<SeriesScope> getScopes() {
        return List.of(SeriesScope.values());
    }

    public String getZoneId() {
        return model.getZone().getId();
    }

    // ---- getters and setters

    public AppointmentScheduleModel getModel() {
        return model;
    }

    public boolean isSideBySide() {
        return sideBySide;
    }

    public void setSideBySide(boolean sideBySide) {
        this.sideBySide = sideBySide;
    }

    public List<Column> getColumns() {
        return columns;
    }

    /** The day shown side by side. */
    public LocalDate getDay() {
        return day;
    }

    public String getDayLabel() {
        return day.format(DAY);
    }

    /** The week the calendar opens on: {@code ?date=2026-12-01}, or today. */
    public java.time.LocalDate getInitialDate() {
        try {
            return dateParam == null ? null : java.time.LocalDate.parse(dateParam);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public String getFeedPractitioner() {
        return practitionerIds.size() != 1 ? "" : getPractitioners().stream()
                .filter(p -> p.getId().equals(practitionerIds.get(0))).map(Practitioner::getDisplayName)
                .findFirst().orElse("");
    }

    public String getFeedUrl() {
        return feedUrl;
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

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public PatientPicker getPatientPicker() {
        return patientPicker;
    }

    public Long getBookPractitionerId() {
        return bookPractitionerId;
    }

    public void setBookPractitionerId(Long bookPractitionerId) {
        this.bookPractitionerId = bookPractitionerId;
    }

    public Long getBookRoomId() {
        return bookRoomId;
    }

    public void setBookRoomId(Long bookRoomId) {
        this.bookRoomId = bookRoomId;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isRepeat() {
        return repeat;
    }

    public void setRepeat(boolean repeat) {
        this.repeat = repeat;
    }

    public List<String> getRepeatDays() {
        return repeatDays;
    }

    public void setRepeatDays(List<String> repeatDays) {
        this.repeatDays = repeatDays == null ? new ArrayList<>() : new ArrayList<>(repeatDays);
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public List<OccurrencePreview> getPreview() {
        return preview;
    }

    public AppointmentScheduleModel.Ref getSelected() {
        return selected;
    }

    public String getSelectedTitle() {
        return selectedTitle;
    }

    public String getSelectedWhen() {
        return selectedWhen;
    }

    /**
     * The screening alerts of the chosen visit's patient (on hold and why, regions not to treat,
     * precautions), read afresh in each request; for practitioners only: null for anyone else, who
     * sees no screening here.
     */
    public IntakeAlerts getSelectedAlerts() {
        return selected == null || !user.hasRole(Role.Names.PRACTITIONER) ? null : intakeBanner.of(selectedPatientId);
    }

    public String getSelectedNotes() {
        return selectedNotes;
    }

    public void setSelectedNotes(String selectedNotes) {
        this.selectedNotes = selectedNotes;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public SeriesScope getScope() {
        return scope;
    }

    public void setScope(SeriesScope scope) {
        this.scope = scope;
    }

    public Integer getShiftDays() {
        return shiftDays;
    }

    public void setShiftDays(Integer shiftDays) {
        this.shiftDays = shiftDays;
    }

    public Integer getShiftMinutes() {
        return shiftMinutes;
    }

    public void setShiftMinutes(Integer shiftMinutes) {
        this.shiftMinutes = shiftMinutes;
    }

    public List<WaitlistEntry> getOffers() {
        return offers;
    }

    public long getMoreOffers() {
        return moreOffers;
    }
}
