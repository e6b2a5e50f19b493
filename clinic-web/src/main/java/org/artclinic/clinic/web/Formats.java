package org.artclinic.clinic.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Formats dates and times for pages ({@code #{formats.dateTime(value)}}). Times are shown in the
 * server's zone until locations with their own time zone arrive with the front-desk release.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

    private final ZoneId zone = ZoneId.systemDefault();

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String today() {
        return LONG_DATE.format(Instant.now().atZone(zone));
    }
}
