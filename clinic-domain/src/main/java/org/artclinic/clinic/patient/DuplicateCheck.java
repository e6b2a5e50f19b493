package org.artclinic.clinic.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.artclinic.clinic.common.PhoneNumbers;
import org.artclinic.clinic.common.SearchText;

/**
 * When is an existing record probably the same person as the one being registered? Same name and
 * birth date, or the same phone number (compared in E.164 form, so "+1 312 555 0100" and
 * "312-555-0100" are the same number in a US clinic), or the same email address. The receptionist
 * decides; the rule only makes sure they are asked before a second chart is opened.
 */
public final class DuplicateCheck {

    private DuplicateCheck() {
    }

    /**
     * Why {@code existing} looks like the person in {@code candidate}; empty when it does not.
     *
     * @param phoneRegion the country of a candidate's phone typed without a country code
     * @throws org.artclinic.clinic.common.DomainException when the candidate's phone is not a phone number
     */
    public static List<String> reasons(PatientDetails candidate, Patient existing, String phoneRegion) {
        List<String> reasons = new ArrayList<>();
        if (SearchText.name(candidate.givenName()).equals(existing.getSearchGiven())
                && SearchText.name(candidate.familyName()).equals(existing.getSearchFamily())
                && Objects.equals(candidate.birthDate(), existing.getBirthDate())) {
            reasons.add("same name and birth date");
        }
        String phone = PhoneNumbers.e164(candidate.phone(), phoneRegion, "Phone");
        if (phone != null && phone.equals(existing.getPhoneE164())) {
            reasons.add("same phone");
        }
        if (candidate.email() != null && !candidate.email().isBlank()
                && candidate.email().strip().equalsIgnoreCase(existing.getEmail())) {
            reasons.add("same email");
        }
        return reasons;
    }
}
