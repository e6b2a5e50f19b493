package org.artclinic.clinic.setup;

/** The professions that deliver ART in our clinics. */
public enum Discipline {
    CHIROPRACTOR,
    PHYSICAL_THERAPIST,
    MASSAGE_THERAPIST,
    ATHLETIC_TRAINER,
    PHYSICIAN
}
