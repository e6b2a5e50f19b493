package org.artclinic.clinic.scheduling;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.artclinic.clinic.patient.Patient;

/**
 * Appointments as an iCalendar (RFC 5545) document, built with ical4j: one VEVENT per appointment,
 * times in UTC. A calendar on a phone is not a safe place for health data, so an event names the
 * patient by first name and initial at most, and a practitioner's feed by default not at all
 * (decision 0040); no event carries notes.
 */
public final class AppointmentCalendar {

    public static final String MEDIA_TYPE = "text/calendar";

    private static final String PRODUCT = "-//ART Clinic//Schedule//EN";

    private AppointmentCalendar() {
    }

    /** @param name shown by calendar apps as the calendar's name (X-WR-CALNAME) */
    public static String of(Collection<Appointment> appointments, String name, Instant now) {
        return of(appointments, name, now, true);
    }

    /**
     * @param withNames whether events name the patient (first name and initial); without, an event
     *     says only "Appointment" and the visit type
     */
    public static String of(Collection<Appointment> appointments, String name, Instant now, boolean withNames) {
        List<Property> properties = new ArrayList<>();
        properties.add(new ProdId(PRODUCT));
        properties.add(ImmutableVersion.VERSION_2_0);
        properties.add(ImmutableCalScale.GREGORIAN);
        properties.add(ImmutableMethod.PUBLISH);
        properties.add(new XProperty("X-WR-CALNAME", name));
        Calendar calendar = new Calendar();
        properties.forEach(calendar::add);
        for (Appointment appointment : appointments) {
            calendar.add(event(appointment, now, withNames));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static VEvent event(Appointment appointment, Instant now, boolean withNames) {
        VEvent event = new VEvent(appointment.getStartsAt(), appointment.getEndsAt(), summary(appointment, withNames));
        event.add(new Uid("appointment-" + appointment.getId() + "@artclinic"));
        event.add(new DtStamp(now));
        event.add(new Sequence(Math.toIntExact(appointment.getVersion())));
        event.add(new net.fortuna.ical4j.model.property.Location(where(appointment)));
        event.add(appointment.getStatus().occupiesTime() ? ImmutableStatus.VEVENT_CONFIRMED
                : ImmutableStatus.VEVENT_CANCELLED);
        if (appointment.getAppointmentType() != null) {
            event.add(new Categories(appointment.getAppointmentType().getName()));
        }
        return event;
    }

    /** "Jane D. – Initial ART assessment", or without names "Appointment – Initial ART assessment" */
    static String summary(Appointment appointment, boolean withNames) {
        String who = withNames ? shortName(appointment.getPatient()) : "Appointment";
        return appointment.getAppointmentType() == null ? who
                : who + " – " + appointment.getAppointmentType().getName();
    }

    /** First name and the family name's initial: "Jane D." */
    public static String shortName(Patient patient) {
        String family = patient.getFamilyName();
        return patient.getGivenName() + (family == null || family.isBlank() ? "" : " " + family.charAt(0) + ".");
    }

    private static String where(Appointment appointment) {
        return appointment.getLocation().getName()
                + (appointment.getRoom() == null ? "" : ", " + appointment.getRoom().getName());
    }
}
