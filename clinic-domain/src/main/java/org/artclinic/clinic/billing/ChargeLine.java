package org.artclinic.clinic.billing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.Money;

/**
 * One procedure line of a visit's charges: code, units, modifiers (each with the reason it is
 * there), the diagnoses it points to (positions in the visit's list, from 1), the unit fee and the
 * amount, and the warnings still open on it. Changed only through its {@link ChargeSheet}.
 */
@Entity
@Table(name = "charge_line")
public class ChargeLine extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sheet_id", nullable = false)
    private ChargeSheet sheet;

    @Column(nullable = false, length = 5)
    private String code;

    @Column(nullable = false)
    private int units;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "charge_line_modifier", joinColumns = @JoinColumn(name = "line_id"))
    @OrderColumn(name = "position")
    private List<ModifierReason> modifiers = new ArrayList<>();

    /** "1,3": positions in the sheet's diagnoses (837P SV107, CMS-1500 item 24E). */
    @Column(name = "diagnosis_pointers", nullable = false, length = 12)
    private String diagnosisPointers;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "unit_fee", nullable = false, precision = 12,
            scale = 2))
    private Money unitFee;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, precision = 12,
            scale = 2))
    private Money amount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "charge_line_warning", joinColumns = @JoinColumn(name = "line_id"))
    @OrderColumn(name = "position")
    private List<ChargeWarning> warnings = new ArrayList<>();

    protected ChargeLine() {
    }

    ChargeLine(ChargeSheet sheet, ChargeRules.PricedLine priced) {
        this.sheet = sheet;
        this.code = priced.code();
        this.units = priced.units();
        this.modifiers = new ArrayList<>(priced.reasons());
        this.diagnosisPointers = join(priced.pointers());
        this.unitFee = Money.of(priced.unitFee().amount());
        this.amount = unitFee.times(units);
        this.warnings = new ArrayList<>(priced.warnings());
    }

    void change(String newCode, int newUnits, List<ModifierReason> newModifiers, List<Integer> newPointers,
            Money newUnitFee) {
        this.code = newCode;
        this.units = newUnits;
        this.modifiers = new ArrayList<>(newModifiers);
        this.diagnosisPointers = join(newPointers);
        this.unitFee = Money.of(newUnitFee.amount());
        this.amount = unitFee.times(units);
    }

    void clearWarnings() {
        warnings.clear();
    }

    void dropWarningsAbout(String diagnosis) {
        warnings.removeIf(w -> w.getCode() == WarningCode.INVALID_DIAGNOSIS && w.getMessage().startsWith(diagnosis + " "));
        if (!getDiagnosisPointers().isEmpty()) {
            warnings.removeIf(w -> w.getCode() == WarningCode.MISSING_POINTER);
        }
    }

    private static String join(List<Integer> pointers) {
        return String.join(",", pointers.stream().map(String::valueOf).toList());
    }

    public ChargeSheet getSheet() {
        return sheet;
    }

    public String getCode() {
        return code;
    }

    public int getUnits() {
        return units;
    }

    public List<Modifier> getModifiers() {
        return modifiers.stream().map(ModifierReason::getModifier).toList();
    }

    public List<ModifierReason> getModifierReasons() {
        return Collections.unmodifiableList(modifiers);
    }

    /** "XS GP" */
    public String getModifierCodes() {
        return String.join(" ", getModifiers().stream().map(Modifier::code).toList());
    }

    public List<Integer> getDiagnosisPointers() {
        return diagnosisPointers.isEmpty() ? List.of()
                : Arrays.stream(diagnosisPointers.split(",")).map(Integer::valueOf).toList();
    }

    /** The diagnosis codes the line points to, in pointer order. */
    public List<String> getDiagnoses() {
        List<String> all = sheet.getDiagnoses();
        return getDiagnosisPointers().stream().filter(p -> p <= all.size()).map(p -> all.get(p - 1)).toList();
    }

    public Money getUnitFee() {
        return unitFee;
    }

    public Money getAmount() {
        return amount;
    }

    public List<ChargeWarning> getWarnings() {
        return Collections.unmodifiableList(warnings);
    }
}
