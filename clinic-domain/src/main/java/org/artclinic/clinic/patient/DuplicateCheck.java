package org.artclinic.clinic.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.artclinic.clinic.common.SearchText;

/**
 * When is an existing record probably the same person as the one being registered? Same name and
 * birth date, or the same phone number, or the same email address. The receptionist decides; the
 * rule only makes sure they are asked before a second chart is opened.
 */
public final class DuplicateCheck {

    private DuplicateCheck() {
    }

    /** Why {@code existing} looks like the person in {@code candidate}; empty when it does not. */
    public static List<String> reasons(PatientDetails candidate, Patient existing) {
        List<String> reasons = new ArrayList<>();
        if (SearchText.name(candidate.givenName()).equals(existing.getSearchGiven())
                && SearchText.name(candidate.familyName()).equals(existing.getSearchFamily())
                && Objects.equals(candidate.birthDate(), existing.getBirthDate())) {
            reasons.add("same name and birth date");
        }
        String digits = SearchText.digits(candidate.phone());
        if (digits.length() >= 7 && digits.equals(existing.getPhoneDigits())) {
            reasons.add("same phone");
        }
        if (candidate.email() != null && !candidate.email().isBlank()
                && candidate.email().strip().equalsIgnoreCase(existing.getEmail())) {
            reasons.add("same email");
        }
        return reasons;
    }
}
