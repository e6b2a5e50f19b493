package org.artclinic.clinic.protocol;

import java.util.Locale;
import java.util.regex.Pattern;

import org.artclinic.clinic.common.DomainException;

/**
 * The shape of an ICD-10-CM code as a protocol's indication: a letter, two digits and, after an
 * optional dot, up to four more letters or digits ({@code M54.2}, {@code G56.01}, {@code S76.011A}
 * is too long for an indication and is written {@code S76.01}). Only the shape is checked here; the
 * code set with its descriptions comes with billing.
 */
public final class IndicationCode {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,4})?");

    private IndicationCode() {
    }

    /** The code in upper case with its dot ({@code m545} becomes {@code M54.5}). */
    public static String of(String code) {
        String text = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(text).matches()) {
            throw new DomainException("\"" + (code == null ? "" : code.strip()) + "\" is not an ICD-10-CM code: "
                    + "a letter, two digits and up to four more characters after a dot, e.g. M54.2 or G56.01.");
        }
        return text.length() > 3 && text.charAt(3) != '.' ? text.substring(0, 3) + "." + text.substring(3) : text;
    }

    /**
     * What a typed code prefix looks like in the stored form, for a prefix search: "g560" finds
     * G56.0 and G56.01. Null for empty input; letters, digits and a dot only, else a DomainException.
     */
    public static String prefix(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().toUpperCase(Locale.ROOT);
        if (!text.matches("[A-Z][0-9A-Z.]{0,7}")) {
            throw new DomainException("\"" + typed.strip() + "\" is not the start of an ICD-10-CM code, e.g. M54.");
        }
        return text.length() > 3 && text.charAt(3) != '.' ? text.substring(0, 3) + "." + text.substring(3) : text;
    }
}
