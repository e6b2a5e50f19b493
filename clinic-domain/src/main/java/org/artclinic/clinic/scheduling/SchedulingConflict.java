package org.artclinic.clinic.scheduling;

import java.util.List;

import org.artclinic.clinic.common.DomainException;

/**
 * A booking or move that would put a practitioner, a room or a patient in two places at once, or
 * outside the practitioner's working time. The message names each conflicting appointment.
 */
public class SchedulingConflict extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public SchedulingConflict(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
