package org.artclinic.clinic.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names and phone numbers are stored for searching: a receptionist typing "zoe" finds
 * "Zoë", "O'Neil" finds "ONeil", and "(555) 010-2030" finds "555.010.2030". The normalized forms
 * live in indexed columns so that a prefix search is an index range scan, not a table scan.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd} ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D+");

    private SearchText() {
    }

    /** Lower case, accents and punctuation removed, single spaces: "Zoë  O'Neil" -> "zoe oneil". */
    public static String name(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        plain = plain.replace('ø', 'o').replace('Ø', 'O').replace("ß", "ss").replace('ł', 'l').replace('Ł', 'L');
        plain = NOT_LETTER_OR_DIGIT.matcher(plain.replace('-', ' ')).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Only the digits: "(555) 010-2030" -> "5550102030". */
    public static String digits(String text) {
        return text == null ? "" : NOT_DIGIT.matcher(text).replaceAll("");
    }

    /** Escapes LIKE wildcards so that user input is matched literally (escape character '\'). */
    public static String likePrefix(String normalized) {
        return normalized.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
