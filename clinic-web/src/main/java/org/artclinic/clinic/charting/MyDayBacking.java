package org.artclinic.clinic.charting;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.credential.CredentialService;
import org.artclinic.clinic.credential.CredentialWarning;
import org.artclinic.clinic.intake.IntakeAlerts;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.scheduling.DayCounts;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * Backs {@code charting/my-day.xhtml}: the signed-in practitioner's appointments of today, each
 * in the wall-clock time of its location (a practitioner may work at clinics in two time zones),
 * with the patient's page one click away, the patient's screening alerts (treatment on hold and
 * why, regions not to treat, precautions) to see before the session, and the treatment steps
 * they take themselves; above them, a banner when one of their own credentials runs out within 60
 * days or has run out (charting refuses protocols an expired credential no longer covers).
 */
@Named
@ViewScoped
public class MyDayBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    /** One appointment as the practitioner sees it. */
    public record Row(long id, String time, String patient, long patientId, String chartNumber, String type,
            String room, String location, AppointmentStatus status, boolean canStartTreatment,
            boolean canComplete, boolean canChart) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** A draft note of a visit that ended more than a day ago: a to-do at the top of the day. */
    public record DraftRow(long noteId, String patient, String visit) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    private ClinicClock clock;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private IntakeService intakes;

    @EJB
    private VisitNoteService notes;

    @EJB
    private CredentialService credentials;

    /** A day to open on ({@code day=2025-06-03}, e.g. coming back from a chart); today otherwise. */
    @Inject
    @Param(name = "day")
    private String dayParam;

    /**
     * The day chosen with the date picker or previous/next; null for today, which is each
     * location's own date (a practitioner may work in two time zones).
     */
    private LocalDate chosenDay;
    /** The date shown. */
    private LocalDate shownDay;
    private String summary;
    /** When the day shown has no visits: the next day that has some, to go to in one click; else null. */
    private LocalDate nextVisitDay;

    private String practitionerName;
    private String dayLabel;
    private List<Row> rows = List.of();
    private List<DraftRow> overdue = List.of();
    /** The screening alerts of the day's patients (hold, referral, regions, precautions), read in one go. */
    private Map<Long, IntakeAlerts> alerts = Map.of();
    /** The practitioner's own credentials that run out within 60 days or have run out. */
    private List<CredentialWarning> credentialWarnings = List.of();

    @PostConstruct
    void init() {
        if (dayParam != null) {
            try {
                chosenDay = LocalDate.parse(dayParam.strip());
            } catch (DateTimeParseException notADate) {
                // today, as without one
            }
        }
        load();
    }

    /** (Re)reads the day's appointments; the list is one practitioner's day, so it is small. */
    public void load() {
        // the request's caller, read per request: an injected SecurityContext would not survive session replication
        String username = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        Optional<Practitioner> practitioner = username == null ? Optional.empty() : setup.practitionerOfUser(username);
        if (practitioner.isEmpty()) {
            practitionerName = null;
            rows = List.of();
            credentialWarnings = List.of();
            nextVisitDay = null;
            return;
        }
        practitionerName = practitioner.get().getDisplayName();
        credentialWarnings = credentials.warnings(practitioner.get().getId());
        Instant now = clock.now();
        List<Row> today = new ArrayList<>();
        ZoneId labelZone = clock.zone();
        // each location's own today (a practitioner may work in two zones), or the chosen date everywhere
        for (Appointment a : scheduling.dayOfPractitioner(practitioner.get().getId(), now, chosenDay)) {
            ZoneId zone = a.getLocation().getZone();
            if (today.isEmpty()) {
                labelZone = zone;
            }
            boolean past = LocalDate.ofInstant(a.getStartsAt(), zone).isBefore(LocalDate.ofInstant(now, zone));
            today.add(new Row(a.getId(),
                    TIME.format(a.getStartsAt().atZone(zone)) + " – " + TIME.format(a.getEndsAt().atZone(zone)),
                    a.getPatient().getFullName(), a.getPatient().getId(), a.getPatient().getChartNumber(),
                    a.getAppointmentType() == null ? "" : a.getAppointmentType().getName(),
                    a.getRoom() == null ? "" : a.getRoom().getName(), a.getLocation().getName(), a.getStatus(),
                    a.canStartTreatment(), a.canComplete(), canChart(a.getStatus(), past)));
        }
        rows = List.copyOf(today);
        alerts = new HashMap<>(intakes.alerts(rows.stream().map(Row::patientId).toList()));
        shownDay = dayAt(now, labelZone);
        dayLabel = DAY.format(shownDay);
        summary = DayCounts.summary(rows.stream().map(Row::status).toList());
        // a Saturday or a holiday: say which day the next visits are, rather than leave her clicking "next"
        nextVisitDay = rows.isEmpty() ? scheduling.nextDayOfPractitioner(practitioner.get().getId(),
                shownDay.plusDays(1).atStartOfDay(labelZone).toInstant()).orElse(null) : null;
        overdue = notes.overdueDrafts().stream().map(note -> new DraftRow(note.getId(), note.getPatient().getFullName(),
                DAY.format(note.getVisitStartsAt().atZone(note.getAppointment().getLocation().getZone())))).toList();
    }

    /**
     * Whether the visit's note can be opened from the list: in treatment or done, or an earlier day's
     * visit that took place (a late entry); an arrived patient is started with "Start treatment".
     */
    private static boolean canChart(AppointmentStatus status, boolean past) {
        return status == AppointmentStatus.IN_TREATMENT || status == AppointmentStatus.COMPLETED
                || past && status != AppointmentStatus.CANCELLED && status != AppointmentStatus.NO_SHOW;
    }

    /** The day shown in a zone: the chosen one, or today there. */
    private LocalDate dayAt(Instant now, ZoneId zone) {
        return chosenDay != null ? chosenDay : LocalDate.ofInstant(now, zone);
    }

    public void previousDay() {
        chosenDay = shownDay.minusDays(1);
        load();
    }

    public void nextDay() {
        chosenDay = shownDay.plusDays(1);
        load();
    }

    /** Goes to the next day with visits (offered when the day shown has none). */
    public void showNextVisits() {
        if (nextVisitDay != null) {
            chosenDay = nextVisitDay;
        }
        load();
    }

    /** "Monday 7 December 2026" when the day shown is empty and visits follow; null otherwise. */
    public String getNextVisitDay() {
        return nextVisitDay == null ? null : DAY.format(nextVisitDay);
    }

    public void showToday() {
        chosenDay = null;
        load();
    }

    /** Whether today is shown (then "Today" has nothing to do). */
    public boolean isToday() {
        return chosenDay == null;
    }

    /** The date picker's day. */
    public LocalDate getDay() {
        return shownDay;
    }

    /** A day picked with the date picker; today's date means today again. */
    public void setDay(LocalDate day) {
        chosenDay = day;
    }

    /** The day's counts, e.g. "6 visits · 2 completed". */
    public String getSummary() {
        return summary;
    }

    /** "Start visit": the patient is in treatment, and the visit's note opens. */
    public void startTreatment(Row row) throws IOException {
        if (Messages.change(() -> scheduling.startTreatment(row.id()), "myDay.started", row.patient())) {
            openNote(row);
        } else {
            load();
        }
    }

    /** Opens the visit's note (the one already started, or a new draft). */
    public void openNote(Row row) throws IOException {
        Optional<VisitNoteService.Opened> opened = Messages.read(() -> notes.open(row.id()));
        if (opened.isEmpty()) {
            load();
            return;
        }
        Messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/charting/visit.xhtml?id=" + opened.get().note().getId());
    }

    /** The practitioner's notes waiting for a signature more than a day after the visit. */
    public List<DraftRow> getOverdue() {
        return overdue;
    }

    public void complete(Row row) {
        act(() -> scheduling.complete(row.id()), "myDay.completed", row);
    }

    private void act(Callable<?> action, String doneKey, Row row) {
        Messages.change(action, doneKey, row.patient());
        load();
    }

    /** What the practitioner must know about the patient before the session; null when nothing was read. */
    public IntakeAlerts alertsOf(long patientId) {
        return alerts.get(patientId);
    }

    public String statusLabel(AppointmentStatus status) {
        return Messages.text("daysheet.status." + status.name());
    }

    /** What of the practitioner's own licence and certifications to renew: the page's banner. */
    public List<CredentialWarning> getCredentialWarnings() {
        return credentialWarnings;
    }

    public boolean isLinked() {
        return practitionerName != null;
    }

    public String getPractitionerName() {
        return practitionerName;
    }

    public String getDayLabel() {
        return dayLabel;
    }

    public List<Row> getRows() {
        return rows;
    }
}
