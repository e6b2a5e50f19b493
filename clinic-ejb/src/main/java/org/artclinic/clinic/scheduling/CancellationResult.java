package org.artclinic.clinic.scheduling;

import java.util.List;

/** A cancelled appointment and the waitlisted patients who would take its slot. */
public record CancellationResult(Appointment appointment, List<WaitlistEntry> offers) {
}
