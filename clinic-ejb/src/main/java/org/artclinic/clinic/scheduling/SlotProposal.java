package org.artclinic.clinic.scheduling;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.setup.Practitioner;

/** A free slot the calendar proposes for a new booking, and whose it is. */
public record SlotProposal(Practitioner practitioner, TimeSlot slot) {
}
