package org.artclinic.clinic.common;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks for text fields, with messages that name the field. */
public final class Text {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private Text() {
    }

    /** Trimmed text; empty becomes null. */
    public static String optional(String value, int maxLength, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new DomainException(field + " has at most " + maxLength + " characters.");
        }
        return trimmed;
    }

    public static String required(String value, int maxLength, String field) {
        String text = optional(value, maxLength, field);
        if (text == null) {
            throw new DomainException(field + " is required.");
        }
        return text;
    }

    public static String optionalEmail(String value) {
        String email = optional(value, 254, "Email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new DomainException("\"" + email + "\" is not an email address.");
        }
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    /** A phone number with at least 7 digits; kept as typed. */
    public static String optionalPhone(String value, String field) {
        String phone = optional(value, 40, field);
        if (phone != null) {
            int digits = SearchText.digits(phone).length();
            if (digits < 7 || digits > 15 || !phone.matches("[0-9+()\\-. x]+")) {
                throw new DomainException(field + " \"" + phone + "\" is not a phone number.");
            }
        }
        return phone;
    }

    public static String colour(String value) {
        String colour = value == null ? "" : value.strip();
        if (!COLOUR.matcher(colour).matches()) {
            throw new DomainException("A colour is written like #1f6f78.");
        }
        return colour.toLowerCase(Locale.ROOT);
    }
}
