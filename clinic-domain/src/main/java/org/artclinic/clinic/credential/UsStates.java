package org.artclinic.clinic.credential;

import java.util.Locale;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;

/**
 * The two-letter codes of the jurisdictions that license health professions in the United States:
 * the 50 states, the District of Columbia and the five inhabited territories (American Samoa, Guam,
 * the Northern Mariana Islands, Puerto Rico, the U.S. Virgin Islands), as the USPS writes them.
 */
public final class UsStates {

    /** Sorted, for pick lists. */
    public static final Set<String> CODES = Set.of(
            "AK", "AL", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "GU", "HI", "IA", "ID", "IL",
            "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MP", "MS", "MT", "NC", "ND", "NE", "NH",
            "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VI",
            "VT", "WA", "WI", "WV", "WY");

    private UsStates() {
    }

    /** The codes in alphabetical order. */
    public static java.util.List<String> sorted() {
        return CODES.stream().sorted().toList();
    }

    /** @throws DomainException unless the value is one of {@link #CODES} (any case, spaces around ignored) */
    public static String check(String value) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(code)) {
            throw new DomainException("\"" + (value == null ? "" : value.strip()) + "\" is not a US state code; "
                    + "use the two letters of a state, DC or a territory, e.g. IL.");
        }
        return code;
    }
}
