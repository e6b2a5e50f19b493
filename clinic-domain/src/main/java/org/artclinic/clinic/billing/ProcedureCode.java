package org.artclinic.clinic.billing;

import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;

/**
 * A CPT or HCPCS procedure code the clinic bills, with a description in our own words (the AMA's
 * descriptors are licensed), whether it is timed (billed in 15-minute units, Medicare Claims
 * Processing Manual ch. 5 §20.2) and the dates it is in effect. Managers edit the code set and import
 * the yearly update as CSV; a code is closed by its end date, never deleted, so old charges keep it.
 */
@Entity
@Table(name = "procedure_code")
@NamedQuery(name = ProcedureCode.ALL, query = "SELECT c FROM ProcedureCode c ORDER BY c.code")
@NamedQuery(name = ProcedureCode.BY_CODE, query = "SELECT c FROM ProcedureCode c WHERE c.code = :code")
public class ProcedureCode extends BaseEntity {

    public static final String ALL = "ProcedureCode.all";
    public static final String BY_CODE = "ProcedureCode.byCode";

    /** CPT (five digits, or four and a letter for category II/III) or HCPCS level II (a letter, four digits). */
    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}[0-9FTU]|[A-V][0-9]{4}");

    @Column(nullable = false, unique = true, length = 5)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProcedureKind kind;

    @Column(nullable = false)
    private boolean timed;

    @Column(nullable = false, length = 120)
    private String description;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected ProcedureCode() {
    }

    public ProcedureCode(String code, ProcedureKind kind, boolean timed, String description, LocalDate effectiveFrom,
            LocalDate effectiveTo) {
        this.code = checkedCode(code);
        update(kind, timed, description, effectiveFrom, effectiveTo);
    }

    /** The code as typed, upper-cased and checked for its shape. */
    public static String checkedCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!SHAPE.matcher(c).matches()) {
            throw new DomainException("\"" + (code == null ? "" : code.strip())
                    + "\" is not a CPT or HCPCS code (five characters, like 97140 or G0283).");
        }
        return c;
    }

    public final void update(ProcedureKind kind, boolean timed, String description, LocalDate effectiveFrom,
            LocalDate effectiveTo) {
        if (kind == null) {
            throw new DomainException("Say what kind of service " + code + " is.");
        }
        if (effectiveFrom == null) {
            throw new DomainException("Give the date " + code + " takes effect.");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new DomainException(code + " cannot end before it takes effect.");
        }
        this.kind = kind;
        this.timed = timed;
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

    public ProcedureKind getKind() {
        return kind;
    }

    public boolean isTimed() {
        return timed;
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
