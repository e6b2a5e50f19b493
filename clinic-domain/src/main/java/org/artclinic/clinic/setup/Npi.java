package org.artclinic.clinic.setup;

import org.artclinic.clinic.common.DomainException;

/**
 * National Provider Identifier: ten digits, the last a check digit.
 *
 * <p>Source: CMS, "Requirements for National Provider Identifier (NPI) and NPI Enumerator Check
 * Digit" (45 CFR 162.406): the check digit is the Luhn formula (ISO/IEC 7812) computed over the
 * first nine digits prefixed with 80840, which adds the constant 24 to the Luhn sum.
 */
public final class Npi {

    private Npi() {
    }

    /** @throws DomainException when the value is not a valid NPI */
    public static String check(String value) {
        String npi = value == null ? "" : value.strip();
        if (!npi.matches("\\d{10}")) {
            throw new DomainException("An NPI has exactly 10 digits.");
        }
        if (!hasValidCheckDigit(npi)) {
            throw new DomainException("NPI " + npi + " has a wrong check digit; please check the number.");
        }
        return npi;
    }

    static boolean hasValidCheckDigit(String tenDigits) {
        return checkDigit(tenDigits.substring(0, 9)) == tenDigits.charAt(9) - '0';
    }

    /** The NPI of nine digits and their check digit (for the demo's and tests' invented numbers). */
    public static String withCheckDigit(String nineDigits) {
        if (!nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("nine digits, not " + nineDigits);
        }
        return nineDigits + checkDigit(nineDigits);
    }

    private static int checkDigit(String nineDigits) {
        int sum = 24; // the prefix 80840, already doubled as Luhn requires
        for (int i = 8; i >= 0; i--) {
            int digit = nineDigits.charAt(i) - '0';
            // from the right of the nine-digit base, every other digit starting with the last is doubled
            if ((8 - i) % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
