package org.artclinic.clinic.billing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;

/**
 * An ICD-10-CM code of the clinic's code set: the billable codes and the categories above them (a
 * category is kept, not billable, so that a code typed without its required characters can be
 * answered with the codes under it; see {@link DiagnosisCheck}). A code deleted in a yearly update
 * (M54.5 on 2021-10-01) is closed by its end date and stays for the charges made before.
 */
@Entity
@Table(name = "diagnosis_code")
@NamedQuery(name = DiagnosisCode.BY_CODE, query = "SELECT d FROM DiagnosisCode d WHERE d.code = :code")
@NamedQuery(name = DiagnosisCode.UNDER,
        query = "SELECT d FROM DiagnosisCode d WHERE d.code LIKE :prefix AND d.code <> :code ORDER BY d.code")
@NamedQuery(name = DiagnosisCode.SEARCH,
        query = "SELECT d FROM DiagnosisCode d WHERE d.code LIKE :prefix OR LOWER(d.description) LIKE :words"
                + " ORDER BY d.code")
public class DiagnosisCode extends BaseEntity {

    public static final String BY_CODE = "DiagnosisCode.byCode";
    public static final String UNDER = "DiagnosisCode.under";
    public static final String SEARCH = "DiagnosisCode.search";

    /** ICD-10-CM's shape: a letter, a digit, a letter or digit, then optionally a dot and 1-4 more. */
    static final Pattern SHAPE = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    @Column(nullable = false, unique = true, length = 8)
    private String code;

    @Column(nullable = false)
    private boolean billable;

    @Column(nullable = false, length = 120)
    private String description;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected DiagnosisCode() {
    }

    public DiagnosisCode(String code, boolean billable, String description, LocalDate effectiveFrom,
            LocalDate effectiveTo) {
        this.code = checkedCode(code);
        update(billable, description, effectiveFrom, effectiveTo);
    }

    /** The code as typed, upper-cased, with the dot put in when it was left out (M5450 is M54.50). */
    public static String checkedCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (c.length() > 3 && c.indexOf('.') < 0) {
            c = c.substring(0, 3) + "." + c.substring(3);
        }
        if (!SHAPE.matcher(c).matches()) {
            throw new DomainException("\"" + (code == null ? "" : code.strip())
                    + "\" is not an ICD-10-CM code (a letter, a digit and a character, then a dot and up to four"
                    + " more, like M54.2 or S76.011A).");
        }
        return c;
    }

    public final void update(boolean billable, String description, LocalDate effectiveFrom, LocalDate effectiveTo) {
        if (effectiveFrom == null) {
            throw new DomainException("Give the date " + code + " takes effect.");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new DomainException(code + " cannot end before it takes effect.");
        }
        this.billable = billable;
        this.description = Text.required(description, 120, "The description of " + code);
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
    }

    public boolean inEffectOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public String getCode() {
        return code;
    }

    public boolean isBillable() {
        return billable;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }
}
