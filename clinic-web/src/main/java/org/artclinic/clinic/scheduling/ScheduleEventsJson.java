package org.artclinic.clinic.scheduling;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.component.schedule.Schedule;
import org.primefaces.component.schedule.ScheduleRenderer;
import org.primefaces.model.ScheduleModel;

/**
 * A schedule model's events as the JSON that {@code p:schedule} itself answers when its calendar
 * asks for events ({@code {"events": [...]}}), written by PrimeFaces' own renderer so that events
 * loaded another way (a location's day, every column at once) reach FullCalendar exactly as the
 * component's own request would bring them.
 */
final class ScheduleEventsJson extends ScheduleRenderer {

    /** The model's events in {@code zone}, as {@code p:schedule} with that time zone writes them. */
    static String of(FacesContext context, ScheduleModel model, ZoneId zone) {
        Schedule schedule = new Schedule();
        schedule.setTimeZone(zone);
        StringWriter out = new StringWriter();
        ResponseWriter previous = context.getResponseWriter();
        context.setResponseWriter(context.getRenderKit().createResponseWriter(out, "text/html", "UTF-8"));
        try {
            new ScheduleEventsJson().encodeEventsAsJSON(context, schedule, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.setResponseWriter(previous);
        }
        return out.toString();
    }
}
