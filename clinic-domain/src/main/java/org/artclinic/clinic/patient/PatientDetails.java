package org.artclinic.clinic.patient;

import java.time.LocalDate;

import org.artclinic.clinic.common.Address;

/**
 * Everything the front desk records about a patient, as entered (the registration form, the REST
 * API). {@link Patient} checks and normalizes it.
 */
public record PatientDetails(
        String givenName,
        String familyName,
        LocalDate birthDate,
        Sex sex,
        String phone,
        String email,
        Address address,
        String emergencyContactName,
        String emergencyContactPhone,
        String emergencyContactRelationship,
        ContactChannel preferredContact,
        String occupation,
        String workSetup,
        String sportAndTrainingLoad,
        String referralSource,
        String alerts) {

    /** The minimum the REST API and quick registration take. */
    public static PatientDetails basic(String givenName, String familyName, LocalDate birthDate, Sex sex,
            String phone, String email) {
        return new PatientDetails(givenName, familyName, birthDate, sex, phone, email, null, null, null, null,
                null, null, null, null, null, null);
    }
}
