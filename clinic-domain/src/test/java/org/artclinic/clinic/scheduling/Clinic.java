package org.artclinic.clinic.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;

/**
 * A small clinic in Chicago for scheduling tests, built without a database: ids are null, so two
 * entities are equal only when they are the same instance (BaseEntity equality is by id). Each
 * test gets a fresh one.
 */
final class Clinic {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** Tuesday 1 December 2026 (Central Standard Time, UTC-6). */
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    final Location downtown = new Location("Downtown", CHICAGO, null, null);
    final Location uptown = new Location("Uptown", CHICAGO, null, null);
    final Room room2 = new Room(downtown, "Room 2");
    final Room uptownRoom = new Room(uptown, "Room 1");
    final Practitioner raman = new Practitioner("Dr. Raman", Discipline.CHIROPRACTOR, "1234567893", "#1f6f78", null);
    final Practitioner lee = new Practitioner("Lee Park", Discipline.MASSAGE_THERAPIST, null, "#aa5500", null);
    final AppointmentType followUp = new AppointmentType("ART follow-up", 30, "#1f6f78", true);
    final AppointmentType phoneCall = new AppointmentType("Phone consultation", 15, "#336699", false);
    final Patient jane = new Patient("P1042",
            PatientDetails.basic("Jane", "Doe", LocalDate.of(1985, 3, 14), Sex.FEMALE, "(555) 010-2030", null), TODAY);

    /** A local wall-clock time in Chicago as an instant, e.g. at(TUESDAY, "10:00"). */
    static Instant at(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), CHICAGO).toInstant();
    }

    static TimeSlot slot(LocalDate day, String from, String to) {
        return new TimeSlot(at(day, from), at(day, to));
    }

    /** Jane Doe with Dr. Raman at Downtown in Room 2, an ART follow-up, booked the Friday before. */
    Appointment book(TimeSlot slot) {
        return new Appointment(jane, raman, downtown, room2, followUp, slot, null, "frontdesk",
                at(TODAY, "09:00"));
    }
}
