package org.artclinic.clinic.common;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as the front desk types them ("312-555-0100", "+1 312 555 0100", "(312) 555 0100
 * x12"), checked and brought to one comparable form: E.164 ("+13125550100", ITU-T E.164 as
 * implemented by Google's libphonenumber). A number typed without a country code belongs to the
 * clinic's region ({@code clinic.phone.default-region}, "US" unless configured).
 *
 * <p>The check is "could this be a phone number" (right length for its country, digits where
 * digits belong), not "is this number assigned": front desks record new area codes before the
 * library's tables know them, and the demo data uses the 555-01xx range reserved for fiction.
 */
public final class PhoneNumbers {

    /** The region the demo clinic and the default configuration use. */
    public static final String DEFAULT_REGION = "US";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The E.164 form of a typed number, or null when nothing was typed.
     *
     * @param region ISO 3166 code of the country a number without "+" belongs to, e.g. "US"
     * @param field what the number is, for the message, e.g. "Phone"
     * @throws DomainException naming the field and what was typed when it is not a phone number
     */
    public static String e164(String typed, String region, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        PhoneNumber number = possible(text, region);
        if (number == null) {
            throw notAPhone(field, text);
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /**
     * The E.164 form of a whole phone number typed in a search box, or null when the text is not
     * one (a beginning such as "555 0100", or no number at all): never an error, since part of a
     * number is a fine thing to search for.
     *
     * @param region ISO 3166 code of the country a number without "+" belongs to, e.g. "US"
     */
    public static String e164IfWhole(String typed, String region) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        PhoneNumber number = possible(typed.strip(), region);
        return number == null ? null : UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** The number, when the text could be a whole phone number; otherwise null. */
    private static PhoneNumber possible(String text, String region) {
        try {
            PhoneNumber number = UTIL.parse(text, region(region));
            // IS_POSSIBLE_LOCAL_ONLY ("555-0100" without its area code) is not whole: with area code
            // overlays it names no single line, and it would never match the same number typed in full
            return UTIL.isPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                    ? number : null;
        } catch (NumberParseException notANumber) {
            return null;
        }
    }

    /** Whether a region code is one the library knows, e.g. "US", "CA", "DE". */
    public static boolean isRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region.strip().toUpperCase(Locale.ROOT));
    }

    private static String region(String region) {
        if (!isRegion(region)) {
            throw new IllegalArgumentException("Unknown phone region \"" + region
                    + "\"; set clinic.phone.default-region to a country code such as US.");
        }
        return region.strip().toUpperCase(Locale.ROOT);
    }

    private static DomainException notAPhone(String field, String text) {
        return new DomainException(field + " \"" + text + "\" is not a phone number. Type it with its area code, "
                + "for example 312-555-0100, or with its country code, for example +44 20 7946 0958.");
    }
}
