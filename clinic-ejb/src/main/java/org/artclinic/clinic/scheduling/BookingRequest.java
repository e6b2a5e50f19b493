package org.artclinic.clinic.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the front desk asks for when booking: the one contract of every way in (the calendar's
 * booking dialog, the REST API, a waitlist offer). {@link SchedulingService#book} checks it once,
 * with {@link #problems()}, so every entry point refuses the same request with the same words.
 *
 * @param patientId required
 * @param practitionerId required
 * @param locationId optional: taken from the room, or from the practitioner's working hours
 * @param roomId optional; required when the appointment type needs a room
 * @param appointmentTypeId optional
 * @param start required
 * @param end optional when an appointment type gives the length
 * @param confirmSameDay the desk has seen that the patient already has a visit that day and books anyway
 */
public record BookingRequest(Long patientId, Long practitionerId, Long locationId, Long roomId,
        Long appointmentTypeId, Instant start, Instant end, String notes, boolean confirmSameDay) {

    /** One wrong field of a request, named as the REST API names it, with what to do in words. */
    public record Problem(String field, String message) {
    }

    /** A request that has not confirmed a second visit on the same day. */
    public BookingRequest(Long patientId, Long practitionerId, Long locationId, Long roomId, Long appointmentTypeId,
            Instant start, Instant end, String notes) {
        this(patientId, practitionerId, locationId, roomId, appointmentTypeId, start, end, notes, false);
    }

    /** The same request, with the second visit of the day confirmed. */
    public BookingRequest confirmingSameDay() {
        return new BookingRequest(patientId, practitionerId, locationId, roomId, appointmentTypeId, start, end, notes,
                true);
    }

    /** Every missing or contradictory field, in the order of the form; empty when the request can be tried. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (patientId == null) {
            problems.add(new Problem("patientId", "Choose a patient."));
        }
        if (practitionerId == null) {
            problems.add(new Problem("practitionerId", "Choose a practitioner."));
        }
        if (start == null) {
            problems.add(new Problem("start", "The start time is required."));
        }
        if (end == null && appointmentTypeId == null) {
            problems.add(new Problem("end", "The end time is required (or choose an appointment type)."));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new Problem("end", "The end must be after the start."));
        }
        return problems;
    }
}
