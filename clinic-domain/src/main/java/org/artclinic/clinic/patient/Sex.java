package org.artclinic.clinic.patient;

/** Administrative sex, as in HL7 FHIR's AdministrativeGender value set (male, female, other, unknown). */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
