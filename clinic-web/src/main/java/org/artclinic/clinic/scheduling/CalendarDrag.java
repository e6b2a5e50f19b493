package org.artclinic.clinic.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.ScheduleEvent;

/**
 * A visit dragged or resized on the calendar is rescheduled with the version the user saw; on a
 * conflict the calendar is redrawn as it was, with the reason as a toast. Dropped on a day on which
 * the patient already has a visit, it stays where it was and the {@link AppointmentDialog} asks.
 */
@Named
@RequestScoped
public class CalendarDrag {

    @EJB
    private SchedulingService scheduling;

    @Inject
    private CalendarView view;

    @Inject
    private AppointmentDialog dialog;

    public void onEventMove(ScheduleEntryMoveEvent event) {
        move(event.getScheduleEvent(), event.getDeltaAsDuration(), event.getDeltaAsDuration());
    }

    public void onEventResize(ScheduleEntryResizeEvent event) {
        move(event.getScheduleEvent(), event.getDeltaStartAsDuration(), event.getDeltaEndAsDuration());
    }

    private void move(ScheduleEvent<?> event, Duration startDelta, Duration endDelta) {
        AppointmentScheduleModel.Ref ref = (AppointmentScheduleModel.Ref) event.getData();
        // the calendar works on the location's wall clock: apply the deltas there, not to the instants,
        // so a drag across a daylight-saving change keeps the time the receptionist dropped it at
        ZoneId zone = view.getZone();
        LocalDateTime start = LocalDateTime.ofInstant(ref.start(), zone).plus(startDelta);
        LocalDateTime end = LocalDateTime.ofInstant(ref.end(), zone).plus(endDelta);
        Appointment[] moved = new Appointment[1];
        SameDayVisit[] warned = new SameDayVisit[1];
        boolean saved = CalendarFeedback.onCalendar(() -> {
            try {
                return moved[0] = scheduling.reschedule(ref.id(), ref.version(), ref.practitionerId(), ref.roomId(),
                        start.atZone(zone).toInstant(), end.atZone(zone).toInstant());
            } catch (SameDayVisit warning) {
                warned[0] = warning;
                throw warning;
            }
        }, "calendar.rescheduled", CalendarFeedback.later(() -> moved[0].describe()));
        if (!saved && warned[0] != null) {
            CalendarFeedback.withdraw(CalendarFeedback.TOAST); // the dialog says it, beside "Move anyway"
            dialog.askSameDay(ref.id(), start, warned[0].getMessage());
        }
    }
}
