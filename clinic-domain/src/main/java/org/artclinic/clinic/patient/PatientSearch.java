package org.artclinic.clinic.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import org.artclinic.clinic.common.PhoneNumbers;
import org.artclinic.clinic.common.SearchText;

/**
 * What the front desk typed in the patient search box, understood the way they mean it:
 * <ul>
 * <li>a chart number ("P1042");</li>
 * <li>a birth date ("1985-03-14" or "03/14/1985");</li>
 * <li>a phone number however it is written ("+1 312 555 0100", "(312) 555-0100", "312.555.0100"), or
 * its beginning ("555 010", "+44 20 79");</li>
 * <li>otherwise a name prefix, case- and accent-insensitive: "smi" finds Smith and Smitty (family or
 * given name), "jo smi" or "smith, jo" finds Jo Smith.</li>
 * </ul>
 * Only the understanding lives here, in the normalized forms the patient's columns are stored in
 * ({@link SearchText}, {@link PhoneNumbers}); the patient service turns each kind into a condition on
 * an indexed column, so a search never scans the table.
 *
 * <p>A whole phone number is brought to its E.164 form with libphonenumber, as the stored numbers
 * are, and looked up as the beginning of the stored E.164 form: "(312) 555-0100" finds the patient
 * whose phone was typed "+1 312 555 0100". A beginning rather than an equal number, because where
 * numbers vary in length (Germany) what could be a whole number may begin a longer one. The
 * beginning of a number with its country code ("+1 312 555") is a beginning of the E.164 form too.
 * Other beginnings ("555 0100") stay a beginning of the digits as the patient's phone was typed,
 * since part of a number does not say its country.
 */
public sealed interface PatientSearch {

    /** Nothing typed: everyone. */
    record Everyone() implements PatientSearch {
    }

    /** Only punctuation typed: nobody. */
    record Nobody() implements PatientSearch {
    }

    /** A chart number, in upper case. */
    record ChartNumber(String chartNumber) implements PatientSearch {
    }

    record BirthDate(LocalDate birthDate) implements PatientSearch {
    }

    /**
     * A phone number or its beginning.
     *
     * @param e164 the beginning of the number's E.164 form ("+13125550100"), or null where the digits
     *        typed do not say the country
     * @param digits the digits as typed, for numbers stored before phones were normalized (migration
     *        V4_1 could not convert every number) and for a beginning without country
     */
    record Phone(String e164, String digits) implements PatientSearch {
    }

    /** One word: the beginning of the family or of the given name. */
    record Name(String prefix) implements PatientSearch {
    }

    /** "Smith, Jo": the beginnings of the family and of the given name. */
    record FamilyAndGiven(String family, String given) implements PatientSearch {
    }

    /**
     * Several words: the first begins the given name and the rest the family name, or the other way
     * round, or all of them begin one name with spaces ("van der" finds "van der Berg").
     */
    record Words(String first, String rest) implements PatientSearch {

        public String whole() {
            return first + " " + rest;
        }
    }

    /**
     * @param phoneRegion the country of phone numbers typed without a country code
     *        ({@code clinic.phone.default-region}, e.g. "US")
     */
    static PatientSearch parse(String text, String phoneRegion) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            return new Everyone();
        }
        if (PatientSearchForms.CHART.matcher(input).matches()) {
            return new ChartNumber(input.toUpperCase(Locale.ROOT));
        }
        LocalDate date = PatientSearchForms.date(input);
        if (date != null) {
            return new BirthDate(date);
        }
        if (PatientSearchForms.PHONE.matcher(input).matches() && SearchText.digits(input).length() >= 3) {
            String e164 = PhoneNumbers.e164IfWhole(input, phoneRegion);
            if (e164 == null && input.startsWith("+")) {
                e164 = "+" + SearchText.digits(input); // the beginning of an international number
            }
            return new Phone(e164, SearchText.digits(input));
        }
        if (input.contains(",")) { // "Smith, Jo": family name first
            String family = SearchText.name(input.substring(0, input.indexOf(',')));
            String given = SearchText.name(input.substring(input.indexOf(',') + 1));
            if (!family.isEmpty() && !given.isEmpty()) {
                return new FamilyAndGiven(family, given);
            }
            input = family.isEmpty() ? given : family;
        }
        String name = SearchText.name(input);
        if (name.isEmpty()) {
            return new Nobody();
        }
        int space = name.indexOf(' ');
        return space < 0 ? new Name(name) : new Words(name.substring(0, space), name.substring(space + 1));
    }
}

/** The shapes of search text that are not names. */
final class PatientSearchForms {

    static final Pattern CHART = Pattern.compile("[pP]\\d{1,12}");
    static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]{4,}");
    /** Strict, like ISO parsing: "2/30/2020" is not a date rather than quietly 29 February. */
    private static final DateTimeFormatter US_DATE =
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private PatientSearchForms() {
    }

    /**
     * Only text of digits and date separators is tried as a date: a name would fail to parse, and
     * the exception each failure builds took 1.5 % of the server's CPU under patient searches by
     * name (issue 14).
     */
    private static final Pattern DATE_CHARACTERS = Pattern.compile("[0-9+\\-/]+");

    static LocalDate date(String input) {
        if (!DATE_CHARACTERS.matcher(input).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(input);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(input, US_DATE);
            } catch (DateTimeParseException notUs) {
                return null;
            }
        }
    }
}
