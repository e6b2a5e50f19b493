package org.artclinic.clinic.scheduling;

import java.util.List;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.setup.Practitioner;

/**
 * When a practitioner sees patients at a location over some days: their weekly hours there minus
 * time off and the location's holidays ({@link WorkingTime#workingSpans}), in order.
 */
public record Availability(Practitioner practitioner, List<TimeSlot> spans) {

    /** Whether they work at all in these days (a practitioner away all day gets no column). */
    public boolean works() {
        return !spans.isEmpty();
    }
}
