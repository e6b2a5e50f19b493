package org.artclinic.clinic.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.ClinicClock;

/**
 * Formats dates and times for pages ({@code #{formats.dateTime(value)}}) in the clinic's time zone
 * ({@link ClinicClock#zone()}, decision 0013), never the server's: "2025-06-03 14:05 CDT". The zone
 * abbreviation is always written, since the clinic's locations may be in different zones. Times of
 * an appointment use its location's zone instead, where the appointment is shown.
 */
@Named
@RequestScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.US);

    @Inject
    private ClinicClock clock;

    /** The clinic's zone, read once per request. */
    private ZoneId zone;

    /** The clinic's zone, read once per request. */
    public ZoneId zone() {
        if (zone == null) {
            zone = clock.zone();
        }
        return zone;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    /** The clinic's date of an instant, e.g. "2025-06-03". */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone()));
    }

    public String today() {
        return LONG_DATE.format(clock.now().atZone(zone()));
    }
}
