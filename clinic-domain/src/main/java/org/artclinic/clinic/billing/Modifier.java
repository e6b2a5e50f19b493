package org.artclinic.clinic.billing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The claim-line modifiers these clinics use, with what each tells the payer in our own words. The
 * rules that apply them automatically are in {@link ChargeRules}; a manager may add or remove any of
 * them on the charge review queue.
 */
public enum Modifier {
    M59("59", "Distinct procedural service (a separate session, site or encounter)"),
    XE("XE", "Separate encounter on the same day"),
    XS("XS", "Separate structure: a different organ or body site"),
    XP("XP", "Separate practitioner performed the service"),
    XU("XU", "Unusual service that does not overlap the main one"),
    GP("GP", "Delivered under an outpatient physical therapy plan of care"),
    GO("GO", "Delivered under an outpatient occupational therapy plan of care"),
    AT("AT", "Acute or chronic active (corrective) treatment, not maintenance"),
    M25("25", "Separately identifiable evaluation and management on the day of a procedure"),
    KX("KX", "Therapy above the yearly threshold, medically necessary and documented");

    private final String code;
    private final String words;

    Modifier(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** The modifier with this code ("XS", "59"), ignoring case and blanks around it. */
    public static Optional<Modifier> ofCode(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(wanted)).findFirst();
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    /** "XS (separate structure: ...)" */
    public String label() {
        return code + ": " + words;
    }
}
