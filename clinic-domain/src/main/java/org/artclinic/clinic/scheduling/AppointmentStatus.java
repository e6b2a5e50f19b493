package org.artclinic.clinic.scheduling;

/** Where an appointment is in its day. */
public enum AppointmentStatus {
    BOOKED, ARRIVED, IN_TREATMENT, COMPLETED, CANCELLED, NO_SHOW;

    /** Whether the appointment still occupies its practitioner, room and patient. */
    public boolean occupiesTime() {
        return this != CANCELLED && this != NO_SHOW;
    }
}
