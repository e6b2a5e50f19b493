package org.artclinic.clinic.scheduling;

import java.util.List;

import org.artclinic.clinic.common.TimeSlot;

/** One visit of a series before it is booked, with what stands in its way (empty when free). */
public record OccurrencePreview(TimeSlot slot, List<String> conflicts) {

    public boolean free() {
        return conflicts.isEmpty();
    }
}
