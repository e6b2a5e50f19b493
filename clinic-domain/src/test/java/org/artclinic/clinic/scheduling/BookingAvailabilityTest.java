package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.junit.jupiter.api.Test;

/** Nothing can be booked at a closed location or with an appointment type the clinic no longer offers. */
class BookingAvailabilityTest {

    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    private static final TimeSlot SLOT = new TimeSlot(Instant.parse("2026-12-01T16:00:00Z"),
            Instant.parse("2026-12-01T16:30:00Z"));

    private final Location location = new Location("Lakeside", ZoneId.of("America/Chicago"), null, new Address());
    private final Practitioner practitioner = new Practitioner("Dr. Ada", Discipline.CHIROPRACTOR, null, "#112233", null);
    private final Patient patient = new Patient("P1", PatientDetails.basic("Jo", "Doe", LocalDate.of(1980, 1, 1),
            Sex.FEMALE, null, null), LocalDate.of(2026, 11, 27));

    @Test
    void aClosedLocationTakesNoBookings() {
        location.deactivate();
        DomainException e = assertThrows(DomainException.class,
                () -> new Appointment(patient, practitioner, location, null, null, SLOT, null, "desk", NOW));
        assertEquals("Lakeside is closed; book at another location.", e.getMessage());
    }

    @Test
    void aRetiredAppointmentTypeCannotBeBooked() {
        AppointmentType old = new AppointmentType("Old package", 30, "#445566", false);
        old.deactivate();
        DomainException e = assertThrows(DomainException.class,
                () -> new Appointment(patient, practitioner, location, null, old, SLOT, null, "desk", NOW));
        assertEquals("The appointment type \"Old package\" is no longer offered.", e.getMessage());
    }
}
