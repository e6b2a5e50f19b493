package org.artclinic.clinic.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.Query;

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
 * Each form becomes a condition on an indexed column ({@code chart_number}, {@code birth_date},
 * {@code phone_e164} or {@code phone_digits}, {@code search_family}/{@code search_given}), so a search
 * never scans the table.
 *
 * <p>A whole phone number is brought to its E.164 form with libphonenumber, as the stored numbers
 * are ({@link PhoneNumbers}), and looked up as the beginning of {@code phone_e164}: "(312) 555-0100"
 * finds the patient whose phone was typed "+1 312 555 0100". A beginning rather than an equal
 * number, because where numbers vary in length (Germany) what could be a whole number may begin a
 * longer one. The beginning of a number with its country code ("+1 312 555") is a beginning of
 * {@code phone_e164} too. Other beginnings ("555 0100") stay a beginning of the digits as the
 * patient's phone was typed ({@code phone_digits}), since part of a number does not say its country.
 */
public final class PatientSearch {

    private static final Pattern CHART = Pattern.compile("[pP]\\d{1,12}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]{4,}");
    /** Strict, like ISO parsing: "2/30/2020" is not a date rather than quietly 29 February. */
    private static final DateTimeFormatter US_DATE =
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final String where;
    private PatientSearch fallback;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private PatientSearch(String where) {
        this.where = where;
    }

    /**
     * @param phoneRegion the country of phone numbers typed without a country code
     *        ({@code clinic.phone.default-region}, e.g. "US")
     */
    public static PatientSearch parse(String text, String phoneRegion) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            return new PatientSearch("1 = 1");
        }
        if (CHART.matcher(input).matches()) {
            return new PatientSearch("p.chartNumber = :chart").with("chart", input.toUpperCase(Locale.ROOT));
        }
        LocalDate date = date(input);
        if (date != null) {
            return new PatientSearch("p.birthDate = :birthDate").with("birthDate", date);
        }
        if (PHONE.matcher(input).matches() && SearchText.digits(input).length() >= 3) {
            return phone(input, phoneRegion);
        }
        if (input.contains(",")) { // "Smith, Jo": family name first
            String family = SearchText.name(input.substring(0, input.indexOf(',')));
            String given = SearchText.name(input.substring(input.indexOf(',') + 1));
            if (!family.isEmpty() && !given.isEmpty()) {
                return new PatientSearch("p.searchFamily LIKE :family ESCAPE '\\' AND p.searchGiven LIKE :given ESCAPE '\\'")
                        .with("family", SearchText.likePrefix(family)).with("given", SearchText.likePrefix(given));
            }
            input = family.isEmpty() ? given : family;
        }
        String name = SearchText.name(input);
        if (name.isEmpty()) {
            return new PatientSearch("1 = 0");
        }
        int space = name.indexOf(' ');
        if (space < 0) {
            return new PatientSearch("(p.searchFamily LIKE :name ESCAPE '\\' OR p.searchGiven LIKE :name ESCAPE '\\')")
                    .with("name", SearchText.likePrefix(name));
        }
        String first = name.substring(0, space);
        String rest = name.substring(space + 1);
        return new PatientSearch("((p.searchGiven LIKE :first ESCAPE '\\' AND p.searchFamily LIKE :rest ESCAPE '\\')"
                + " OR (p.searchFamily LIKE :first ESCAPE '\\' AND p.searchGiven LIKE :rest ESCAPE '\\')"
                + " OR p.searchFamily LIKE :whole ESCAPE '\\' OR p.searchGiven LIKE :whole ESCAPE '\\')")
                .with("first", SearchText.likePrefix(first))
                .with("rest", SearchText.likePrefix(rest))
                .with("whole", SearchText.likePrefix(name));
    }

    private static PatientSearch phone(String input, String phoneRegion) {
        String e164 = PhoneNumbers.e164IfWhole(input, phoneRegion);
        if (e164 == null && input.startsWith("+")) {
            e164 = "+" + SearchText.digits(input); // the beginning of an international number
        }
        PatientSearch digits = new PatientSearch("p.phoneDigits LIKE :phone ESCAPE '\\'")
                .with("phone", SearchText.likePrefix(SearchText.digits(input)));
        if (e164 != null) {
            PatientSearch normalized = new PatientSearch("p.phoneE164 LIKE :phone ESCAPE '\\'")
                    .with("phone", SearchText.likePrefix(e164));
            normalized.fallback = digits;
            return normalized;
        }
        return digits;
    }

    /**
     * The search to run when this one finds nobody, or null. A number typed whole is looked up in
     * its normalized (E.164) form; a patient saved before phones were normalized may not have one
     * (migration V4_1 could not convert every number), so the digits as typed are tried next.
     */
    public PatientSearch fallback() {
        return fallback;
    }

    private static LocalDate date(String input) {
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

    private PatientSearch with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The JPQL condition on the patient alias {@code p}. */
    public String where() {
        return where;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
