package org.artclinic.clinic.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.ClinicClock;

/**
 * Formats dates and times for pages ({@code #{formats.dateTime(value)}}) that name no location:
 * in the clinic's zone ({@link ClinicClock#zone()}), never the server's. Request scoped so that a
 * table of many rows asks for the clinic's zone once.
 */
@Named
@RequestScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

    @Inject
    private ClinicClock clock;

    private ZoneId zone;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    public String today() {
        return LONG_DATE.format(clock.today());
    }

    private ZoneId zone() {
        if (zone == null) {
            zone = clock.zone();
        }
        return zone;
    }
}
