package org.artclinic.clinic.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.artclinic.clinic.scheduling.Appointment;

/**
 * The front desk's calendar driven over HTTP as its script drives it, for page tests that need an
 * appointment's dialog without a browser: the week's events are loaded, then the event is selected.
 */
public final class CalendarPage {

    private CalendarPage() {
    }

    /** The calendar of the visit's location and practitioner on that day. */
    public static String path(Appointment visit, LocalDate day) {
        return "scheduling/calendar.xhtml?location=" + visit.getLocation().getId() + "&practitioner="
                + visit.getPractitioner().getId() + "&date=" + day;
    }

    /**
     * Loads the events around the week of {@code day} (the week before to the week after, in the
     * location's zone) on a calendar page already open in {@code viewState}, checks the visit is among
     * them, and selects it.
     *
     * @return the partial response that renders the appointment dialog
     */
    public static String openDialog(WebClient client, String path, String viewState, Appointment visit,
            LocalDate day, ZoneId zone) throws Exception {
        ZonedDateTime monday = day.with(DayOfWeek.MONDAY).atStartOfDay(zone);
        HttpResponse<String> week = client.ajax(path, viewState, "calendarForm", "calendarForm:schedule", null,
                Map.of("calendarForm:schedule_event", "true",
                        "calendarForm:schedule_start", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(monday.minusDays(7)),
                        "calendarForm:schedule_end", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(monday.plusDays(14))),
                "calendarForm:schedule");
        assertTrue(week.body().contains("\"id\":\"" + visit.getId() + "\""), "the week has the visit: " + week.body());
        HttpResponse<String> dialog = client.ajax(path, viewState, "calendarForm", "calendarForm:schedule",
                "eventSelect", Map.of("calendarForm:schedule_selectedEventId", String.valueOf(visit.getId())),
                "eventForm");
        assertEquals(200, dialog.statusCode(), dialog.body());
        return dialog.body();
    }

    /** Opens the calendar page of the visit's day, then its dialog. */
    public static String openDialog(WebClient client, Appointment visit, LocalDate day, ZoneId zone) throws Exception {
        String path = path(visit, day);
        HttpResponse<String> page = client.get(path);
        assertEquals(200, page.statusCode(), page.body());
        return openDialog(client, path, WebClient.viewState(page), visit, day, zone);
    }
}
