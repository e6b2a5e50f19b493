package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.TimeSlot;

/**
 * An appointment as a calendar, the day sheet and the appointments API list it: its own columns and
 * the names of who and where, read as one row per visit without building the patient, practitioner,
 * location, room and type entities around it. A location's week holds over a thousand visits in a
 * busy clinic (issue 14), and building six entities per visit was most of the time such a list took.
 * The questions a page asks of it are {@link Appointment}'s own rules.
 *
 * @param version the appointment's version, so a move made from the calendar checks what the user saw
 * @param seriesId the recurring series the visit belongs to, or {@code null}
 * @param copayCollected the amount collected at check-in, or {@code null}
 */
public record CalendarEntry(long id, long version, AppointmentStatus status, Instant startsAt, Instant endsAt,
        long patientId, String patientGivenName, String patientFamilyName,
        long practitionerId, String practitionerName, String practitionerColour,
        long locationId, String locationName, String locationTimeZone,
        Long roomId, String roomName, Long appointmentTypeId, String appointmentTypeName, Long seriesId,
        String notes, Instant checkedInAt, BigDecimal copayCollected, Instant cancelledAt, String cancellationReason,
        boolean lateCancellation, Instant noShowAt) implements Serializable {

    /** As {@link org.artclinic.clinic.patient.Patient#getFullName()}. */
    public String patientName() {
        return patientGivenName + " " + patientFamilyName;
    }

    public ZoneId zone() {
        return ZoneId.of(locationTimeZone);
    }

    public boolean inSeries() {
        return seriesId != null;
    }

    /** The copay collected, or {@code null}. */
    public Money copay() {
        return copayCollected == null ? null : Money.of(copayCollected);
    }

    public boolean canCheckIn(Instant now) {
        return Appointment.ruleCanCheckIn(status, startsAt, zone(), now);
    }

    public boolean canMarkNoShow(Instant now) {
        return Appointment.ruleCanMarkNoShow(status, startsAt, now);
    }

    public boolean holdsSlot() {
        return Appointment.ruleHoldsSlot(status);
    }

    public TimeSlot slot() {
        return new TimeSlot(startsAt, endsAt);
    }

    public boolean isMovable() {
        return Appointment.ruleIsMovable(status);
    }
}
