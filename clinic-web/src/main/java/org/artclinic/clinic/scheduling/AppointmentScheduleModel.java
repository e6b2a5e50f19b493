package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.artclinic.clinic.common.TimeSlot;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;

/**
 * The calendar's events, loaded for the visible range only (a day or a week) each time the
 * schedule asks. Times are wall-clock times of the location's time zone, the zone the schedule
 * shows; each event is coloured by its practitioner so several practitioners can sit side by side.
 * With {@link WorkingSpans}, the time the practitioner does not work (before and after hours,
 * breaks, time off, holidays) is shaded as background events, so nobody clicks a slot that the
 * booking would refuse.
 */
public class AppointmentScheduleModel extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    /** Fetches the appointments overlapping [from, to), e.g. through {@code SchedulingService.between}. */
    @FunctionalInterface
    public interface Loader extends Serializable {
        List<CalendarEntry> load(Instant from, Instant to);
    }

    /** The spans in which the column's practitioner works on the local days [from, to), e.g. through {@code SchedulingService.availability}. */
    @FunctionalInterface
    public interface WorkingSpans extends Serializable {
        List<TimeSlot> load(LocalDate from, LocalDate to);
    }

    /** What an event remembers of its appointment: enough to move it with the version the user saw. */
    public record Ref(long id, long version, long practitionerId, Long roomId, Instant start, Instant end,
            boolean inSeries, AppointmentStatus status) implements Serializable {

        static Ref of(Appointment a) {
            return new Ref(a.getId(), a.getVersion(), a.getPractitioner().getId(),
                    a.getRoom() == null ? null : a.getRoom().getId(), a.getStartsAt(), a.getEndsAt(),
                    a.getSeries() != null, a.getStatus());
        }

        static Ref of(CalendarEntry a) {
            return new Ref(a.id(), a.version(), a.practitionerId(), a.roomId(), a.startsAt(), a.endsAt(),
                    a.inSeries(), a.status());
        }
    }

    private final Loader loader;
    private final WorkingSpans working;
    private final ZoneId zone;

    public AppointmentScheduleModel(Loader loader, ZoneId zone) {
        this(loader, null, zone);
    }

    /** A calendar of one practitioner that shades the time they do not work. */
    public AppointmentScheduleModel(Loader loader, WorkingSpans working, ZoneId zone) {
        this.loader = loader;
        this.working = working;
        this.zone = zone;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        Instant from = start.atZone(zone).toInstant();
        Instant to = end.atZone(zone).toInstant();
        show(from, to, loader.load(from, to),
                working == null ? null : working.load(start.toLocalDate(), end.toLocalDate().plusDays(1)));
    }

    /**
     * Shows [from, to) with appointments and working spans read elsewhere, e.g. those of every
     * column of a location's day, read at once ({@code CalendarView#loadColumns}).
     *
     * @param spans when the practitioner works, or {@code null} to shade nothing
     */
    void show(Instant from, Instant to, List<CalendarEntry> appointments, List<TimeSlot> spans) {
        clear();
        if (spans != null) {
            for (TimeSlot off : WorkingTime.outside(new TimeSlot(from, to), spans)) {
                addEvent(DefaultScheduleEvent.builder()
                        .startDate(LocalDateTime.ofInstant(off.start(), zone))
                        .endDate(LocalDateTime.ofInstant(off.end(), zone))
                        .display(ScheduleDisplayMode.BACKGROUND)
                        .styleClass("clinic-off")
                        .build());
            }
        }
        for (CalendarEntry appointment : appointments) {
            addEvent(event(appointment));
        }
    }

    public ZoneId getZone() {
        return zone;
    }

    private DefaultScheduleEvent<Ref> event(CalendarEntry a) {
        boolean movable = a.isMovable();
        String colour = a.practitionerColour();
        return DefaultScheduleEvent.<Ref>builder()
                .id(String.valueOf(a.id()))
                .title(title(a))
                .description(a.practitionerName())
                .startDate(LocalDateTime.ofInstant(a.startsAt(), zone))
                .endDate(LocalDateTime.ofInstant(a.endsAt(), zone))
                .data(Ref.of(a))
                .draggable(movable)
                .resizable(movable)
                .backgroundColor(colour)
                .borderColor(colour)
                .textColor(textColour(colour))
                .styleClass("clinic-event clinic-event-" + a.status().name().toLowerCase(java.util.Locale.ROOT)
                        + " clinic-event-" + a.id())
                .build();
    }

    private static String title(CalendarEntry a) {
        StringBuilder title = new StringBuilder(a.patientName());
        if (a.appointmentTypeName() != null) {
            title.append(" · ").append(a.appointmentTypeName());
        }
        if (a.roomName() != null) {
            title.append(" (").append(a.roomName()).append(')');
        }
        return title.toString();
    }

    /** Black or white text, whichever reads better on the practitioner's colour (#rrggbb). */
    static String textColour(String background) {
        try {
            int rgb = Integer.parseInt(background.substring(1), 16);
            double luminance = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
            return luminance > 150 ? "#000000" : "#ffffff";
        } catch (RuntimeException e) {
            return "#000000";
        }
    }
}
