package org.artclinic.clinic.patient;

/** How the patient prefers to be contacted (reminders will use it). */
public enum ContactChannel {
    PHONE, SMS, EMAIL, LETTER
}
