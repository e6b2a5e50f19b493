package org.artclinic.clinic.scheduling;

/** A recurring series to preview or book: who, with whom, where, and the rule. */
public record SeriesRequest(long patientId, long practitionerId, long locationId, Long roomId,
        Long appointmentTypeId, RecurrenceRule rule, String notes) {
}
