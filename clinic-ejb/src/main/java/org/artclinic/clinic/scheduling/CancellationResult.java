package org.artclinic.clinic.scheduling;

import java.util.List;

/**
 * A cancelled appointment and the first waitlisted patients who would take its slot.
 *
 * @param offers at most {@link SchedulingService#OFFERS_AT_ONCE}, longest waiting first
 * @param moreOffers how many more waiting patients would take the slot
 *        ({@link SchedulingService#offersFor} lists them all)
 */
public record CancellationResult(Appointment appointment, List<WaitlistEntry> offers, long moreOffers) {
}
