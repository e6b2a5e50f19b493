package org.artclinic.clinic.scheduling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.charting.VisitNoteService;
import org.artclinic.clinic.intake.IntakeAlerts;
import org.artclinic.clinic.intake.IntakeBanner;
import org.artclinic.clinic.security.CurrentUser;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.StreamedContent;

/**
 * The calendar's appointment dialog and what is done to a visit in it: check in, open the chart,
 * reschedule with the date and time pickers (a drag is {@link CalendarDrag}'s), rebook, notes and the
 * .ics file. Its secondary section, cancel (with the waitlist's offers for the freed slot) and
 * no-show, is {@link AppointmentCancellation}'s. Which actions are offered is asked of the
 * {@link Appointment} when it is opened; no rule is restated here.
 */
@Named
@ViewScoped
public class AppointmentDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchedulingService scheduling;

    @Inject
    private CalendarView view;

    @Inject
    private BookingDialog booking;

    @Inject
    private AppointmentCancellation cancellation;

    @Inject
    private ClinicClock clock;

    @Inject
    private IntakeBanner intakeBanner;

    @Inject
    private CurrentUser user;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private VisitNoteService visitNotes;

    private AppointmentScheduleModel.Ref selected;
    private long patientId;
    private String patientName;
    private String details;
    private String status;
    private boolean checkIn;
    private boolean movable;
    /** Whether the signed-in user is this visit's practitioner and may open its note now. */
    private boolean chartable;
    private String notes;
    private LocalDate newDate;
    private LocalTime newTime;
    private SeriesScope scope = SeriesScope.THIS;
    /** The same-day warning of the move just tried, until the desk confirms it; null when there is none. */
    private String sameDay;

    public void onEventSelect(SelectEvent<ScheduleEvent<AppointmentScheduleModel.Ref>> event) {
        if (event.getObject().getData() == null) {
            // the shading of time nobody works (a background event) is no appointment
            CalendarFeedback.warn(Messages.text("calendar.offTime"));
            return;
        }
        open(event.getObject().getData().id());
    }

    /** Shows a visit in the dialog as just opened: this visit only, nothing typed in its cancel section yet. */
    private void open(long id) {
        select(id);
        scope = SeriesScope.THIS;
        sameDay = null;
        cancellation.forget();
        PrimeFaces.current().ajax().addCallbackParam("open", true);
    }

    /** Reads the visit afresh and asks it which actions it allows now. */
    private void select(long id) {
        Appointment appointment = scheduling.appointment(id);
        Instant now = clock.now();
        ZoneId zone = appointment.getLocation().getZone();
        selected = AppointmentScheduleModel.Ref.of(appointment);
        patientId = appointment.getPatient().getId();
        patientName = appointment.getPatient().getFullName();
        details = appointment.getPractitioner().getDisplayName() + " · "
                + SlotText.of(appointment.getSlot(), zone)
                + (appointment.getAppointmentType() == null ? "" : " · " + appointment.getAppointmentType().getName())
                + (appointment.getRoom() == null ? "" : " · " + appointment.getRoom().getName());
        status = appointment.getStatus().name();
        checkIn = appointment.canCheckIn(now);
        movable = appointment.isMovable();
        chartable = isOwnVisit(appointment) && appointment.getStatus().occupiesTime()
                && !LocalDate.ofInstant(appointment.getStartsAt(), zone).isAfter(LocalDate.ofInstant(now, zone));
        cancellation.ask(appointment, now);
        notes = appointment.getNotes();
        LocalDateTime start = LocalDateTime.ofInstant(appointment.getStartsAt(), zone);
        newDate = start.toLocalDate();
        newTime = start.toLocalTime();
    }

    /** After a change made from the dialog: the visit as it is now, and what it allows now. */
    void refresh() {
        select(selected.id());
    }

    /** The visit is the signed-in practitioner's own (someone with both desk and practitioner roles). */
    private boolean isOwnVisit(Appointment appointment) {
        if (!user.hasRole(Role.Names.PRACTITIONER)) {
            return false;
        }
        String username = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return setup.practitionerOfUser(username)
                .map(me -> me.getId().equals(appointment.getPractitioner().getId())).orElse(false);
    }

    /** "Start visit": the visit's note opens (the one already started, or a new draft). */
    public void startVisit() throws IOException {
        Optional<VisitNoteService.Opened> opened = Messages.read(() -> visitNotes.open(selected.id()));
        if (opened.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/charting/visit.xhtml?id="
                    + opened.get().note().getId());
        }
    }

    public boolean isChartable() {
        return chartable;
    }

    public void checkIn() {
        if (CalendarFeedback.change(() -> scheduling.checkIn(selected.id(), null), "calendar.checkedIn", patientName)) {
            refresh();
        }
    }

    public void saveNotes() {
        if (CalendarFeedback.change(() -> scheduling.changeNotes(selected.id(), selected.version(), notes),
                "calendar.notesSaved")) {
            refresh();
        }
    }

    /**
     * Moves the visit to the date and time chosen, keeping its length; for a series, the later
     * visits or all of them move by the same shift on the wall clock.
     */
    public void reschedule() {
        reschedule(false);
    }

    /** Moves the visit to a day on which the patient has another visit, the desk having read the warning. */
    public void rescheduleAnyway() {
        reschedule(true);
    }

    private void reschedule(boolean confirmSameDay) {
        sameDay = null;
        ZoneId zone = view.getZone();
        LocalDateTime from = LocalDateTime.ofInstant(selected.start(), zone);
        LocalDateTime to = LocalDateTime.of(newDate == null ? from.toLocalDate() : newDate,
                newTime == null ? from.toLocalTime() : newTime);
        if (selected.inSeries() && scope != SeriesScope.THIS) {
            long days = ChronoUnit.DAYS.between(from.toLocalDate(), to.toLocalDate());
            long minutes = ChronoUnit.MINUTES.between(from.toLocalTime(), to.toLocalTime());
            List<Appointment> moved = new ArrayList<>();
            CalendarFeedback.change(() -> sameDayWarned(() -> moved.addAll(scheduling.moveSeries(selected.id(),
                    selected.version(), scope, days, minutes, null, null, confirmSameDay))), "calendar.moved",
                    CalendarFeedback.later(moved::size));
            if (sameDay != null) {
                CalendarFeedback.withdraw(CalendarFeedback.DIALOG); // once, beside "Move anyway"
            }
            return;
        }
        Duration length = Duration.between(selected.start(), selected.end());
        Instant start = to.atZone(zone).toInstant();
        Appointment[] moved = new Appointment[1];
        CalendarFeedback.change(() -> moved[0] = sameDayWarned(() -> scheduling.reschedule(selected.id(),
                selected.version(), selected.practitionerId(), selected.roomId(), start, start.plus(length),
                confirmSameDay)), "calendar.rescheduled", CalendarFeedback.later(() -> moved[0].describe()));
        if (sameDay != null) {
            CalendarFeedback.withdraw(CalendarFeedback.DIALOG); // the warning shows once, beside "Move anyway"
        }
    }

    /** Runs a move; a {@link SameDayVisit} is kept to be shown beside the confirm button, then passed on. */
    private <T> T sameDayWarned(Supplier<T> move) {
        try {
            return move.get();
        } catch (SameDayVisit warning) {
            sameDay = warning.getMessage();
            throw warning;
        }
    }

    /** Prepares the booking dialog for the same patient, type and practitioner; the page swaps on {@code args.open}. */
    public void rebook() {
        booking.rebook(scheduling.appointment(selected.id()));
    }

    public StreamedContent getIcs() {
        Appointment appointment = scheduling.appointment(selected.id());
        byte[] bytes = AppointmentCalendar.of(List.of(appointment), appointment.getPractitioner().getDisplayName(),
                clock.now()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("appointment-" + appointment.getId() + ".ics")
                .contentType(AppointmentCalendar.MEDIA_TYPE)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /**
     * Opens the dialog on a visit dropped on a day on which the patient already has a visit
     * ({@link CalendarDrag}): the warning, the time it was dropped at, and "Move anyway".
     */
    void askSameDay(long appointmentId, LocalDateTime droppedAt, String warning) {
        open(appointmentId);
        sameDay = warning;
        newDate = droppedAt.toLocalDate();
        newTime = droppedAt.toLocalTime();
    }

    // ---- what the dialog shows

    public AppointmentScheduleModel.Ref getSelected() {
        return selected;
    }

    public long getPatientId() {
        return patientId;
    }

    public String getPatientName() {
        return patientName;
    }

    public String getDetails() {
        return details;
    }

    public String getStatus() {
        return status;
    }

    public boolean isCheckIn() {
        return checkIn;
    }

    public boolean isMovable() {
        return movable;
    }

    /**
     * The screening alerts of the visit's patient, for practitioners only (null for anyone else),
     * read afresh in each request.
     */
    public IntakeAlerts getAlerts() {
        return selected == null || !user.hasRole(Role.Names.PRACTITIONER) ? null : intakeBanner.of(patientId);
    }

    public List<SeriesScope> getScopes() {
        return List.of(SeriesScope.values());
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public LocalTime getNewTime() {
        return newTime;
    }

    public void setNewTime(LocalTime newTime) {
        this.newTime = newTime;
    }

    public SeriesScope getScope() {
        return scope;
    }

    public void setScope(SeriesScope scope) {
        this.scope = scope;
    }

    public String getSameDay() {
        return sameDay;
    }
}
