package org.artclinic.clinic.scheduling;

import java.util.List;

/** What booking a series did: the visits booked and the ones left out because of conflicts. */
public record SeriesResult(AppointmentSeries series, List<Appointment> booked, List<OccurrencePreview> skipped) {
}
