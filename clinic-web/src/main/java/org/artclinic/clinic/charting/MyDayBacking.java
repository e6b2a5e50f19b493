package org.artclinic.clinic.charting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.IntakeAlerts;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code charting/my-day.xhtml}: the signed-in practitioner's appointments of today, each
 * in the wall-clock time of its location (a practitioner may work at clinics in two time zones),
 * with the patient's page one click away, the patient's screening alerts (treatment on hold and
 * why, regions not to treat, precautions) to see before the session, and the treatment steps
 * they take themselves.
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
            boolean canComplete) implements Serializable {

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

    private String practitionerName;
    private String dayLabel;
    private List<Row> rows = List.of();
    /** The screening alerts of the day's patients (hold, referral, regions, precautions), read in one go. */
    private Map<Long, IntakeAlerts> alerts = Map.of();

    @PostConstruct
    void init() {
        load();
    }

    /** (Re)reads today's appointments; the list is one practitioner's day, so it is small. */
    public void load() {
        // the request's caller, read per request: an injected SecurityContext would not survive session replication
        String username = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        Optional<Practitioner> practitioner = username == null ? Optional.empty() : setup.practitionerOfUser(username);
        if (practitioner.isEmpty()) {
            practitionerName = null;
            rows = List.of();
            return;
        }
        practitionerName = practitioner.get().getDisplayName();
        Instant now = clock.now();
        List<Location> locations = setup.locations().stream().filter(Location::isActive).toList();
        if (locations.isEmpty()) {
            rows = List.of();
            return;
        }
        // "Today" is the local date of each location: ask for the union of those days, then keep
        // the appointments that fall on today's date where they take place.
        Instant from = locations.stream().map(l -> LocalDate.ofInstant(now, l.getZone()).atStartOfDay(l.getZone())
                .toInstant()).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = locations.stream().map(l -> LocalDate.ofInstant(now, l.getZone()).plusDays(1)
                .atStartOfDay(l.getZone()).toInstant()).max(Comparator.naturalOrder()).orElseThrow();
        List<Row> today = new ArrayList<>();
        ZoneId labelZone = locations.get(0).getZone();
        for (Appointment a : scheduling.between(from, to, List.of(practitioner.get().getId()), null)) {
            ZoneId zone = a.getLocation().getZone();
            if (a.getStatus() == AppointmentStatus.CANCELLED
                    || !a.getStartsAt().atZone(zone).toLocalDate().equals(LocalDate.ofInstant(now, zone))) {
                continue;
            }
            if (today.isEmpty()) {
                labelZone = zone;
            }
            today.add(new Row(a.getId(),
                    TIME.format(a.getStartsAt().atZone(zone)) + " – " + TIME.format(a.getEndsAt().atZone(zone)),
                    a.getPatient().getFullName(), a.getPatient().getId(), a.getPatient().getChartNumber(),
                    a.getAppointmentType() == null ? "" : a.getAppointmentType().getName(),
                    a.getRoom() == null ? "" : a.getRoom().getName(), a.getLocation().getName(), a.getStatus(),
                    a.canStartTreatment(), a.canComplete()));
        }
        rows = List.copyOf(today);
        alerts = new HashMap<>(intakes.alerts(rows.stream().map(Row::patientId).toList()));
        dayLabel = DAY.format(now.atZone(labelZone));
    }

    public void startTreatment(Row row) {
        act(() -> scheduling.startTreatment(row.id()), "myDay.started", row);
    }

    public void complete(Row row) {
        act(() -> scheduling.complete(row.id()), "myDay.completed", row);
    }

    private void act(Runnable action, String doneKey, Row row) {
        try {
            action.run();
            Messages.info(doneKey, row.patient());
        } catch (DomainException e) {
            Messages.errorText(e.getMessage());
        }
        load();
    }

    /** What the practitioner must know about the patient before the session; null when nothing was read. */
    public IntakeAlerts alertsOf(long patientId) {
        return alerts.get(patientId);
    }

    public String statusLabel(AppointmentStatus status) {
        return Messages.text("daysheet.status." + status.name());
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
