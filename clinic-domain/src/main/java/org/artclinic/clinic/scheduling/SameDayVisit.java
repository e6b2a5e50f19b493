package org.artclinic.clinic.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The patient already has a visit on the day of a new booking. Usually a slip (the desk booked
 * twice, or picked the wrong day), sometimes wanted (a massage after the adjustment): the desk
 * books the second visit only when it confirms it. A scheduling conflict, so the API answers 409.
 */
public class SameDayVisit extends SchedulingConflict {

    private static final long serialVersionUID = 1L;

    public SameDayVisit(Appointment other) {
        super(List.of(other.getPatient().getFullName() + " already has a visit that day: " + other.describe()
                + ". Book a second visit only if that is intended."));
    }

    /**
     * The first of the patient's other visits that still holds its slot and falls on the local day of
     * {@code start} (at that visit's location), as the conflict to show; empty when there is none.
     *
     * @param patientsVisits the patient's visits around {@code start} (a day either side is enough)
     */
    public static Optional<SameDayVisit> among(Collection<Appointment> patientsVisits, Instant start) {
        return patientsVisits.stream().filter(Appointment::holdsSlot).filter(visit -> visit.isOnDayOf(start))
                .findFirst().map(SameDayVisit::new);
    }
}
