package org.artclinic.clinic.scheduling;

import java.time.Instant;

/**
 * What the front desk asks for when booking.
 *
 * @param roomId optional; required when the appointment type needs a room
 * @param appointmentTypeId optional
 * @param end optional when an appointment type gives the length
 * @param locationId optional: taken from the room, or from the practitioner's working hours
 */
public record BookingRequest(long patientId, long practitionerId, Long locationId, Long roomId,
        Long appointmentTypeId, Instant start, Instant end, String notes) {
}
