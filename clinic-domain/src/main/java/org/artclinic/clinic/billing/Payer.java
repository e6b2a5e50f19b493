package org.artclinic.clinic.billing;

import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.Text;

/**
 * Who pays for a visit, and the rules its claims follow: the unit rule for timed codes, whether therapy
 * lines need GP, whether it takes the X modifiers (XE, XS, XP, XU) or only 59, and the yearly therapy
 * threshold above which therapy lines carry KX (Medicare's was $2,410 for 2025: CMS-1807-F). One payer
 * is self-pay: the patient pays and no claim is sent.
 */
@Entity
@Table(name = "payer")
@NamedQuery(name = Payer.ALL, query = "SELECT p FROM Payer p ORDER BY p.selfPay DESC, p.name")
@NamedQuery(name = Payer.BY_NAME, query = "SELECT p FROM Payer p WHERE LOWER(p.name) = :name")
@NamedQuery(name = Payer.SELF_PAY, query = "SELECT p FROM Payer p WHERE p.selfPay = TRUE")
public class Payer extends BaseEntity {

    public static final String ALL = "Payer.all";
    public static final String BY_NAME = "Payer.byName";
    public static final String SELF_PAY = "Payer.selfPay";

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private PayerKind kind;

    /** Redundant with the kind, so that the database can hold the one self-pay payer (a unique index). */
    @Column(name = "self_pay", nullable = false)
    private boolean selfPay;

    /** The payer's id for electronic claims (837P loop 2010BB NM109), e.g. a Medicare contractor's number. */
    @Column(name = "edi_payer_id", length = 20)
    private String ediPayerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_rule", nullable = false, length = 20)
    private UnitRule unitRule;

    @Column(name = "requires_gp", nullable = false)
    private boolean requiresGp;

    @Column(name = "uses_x_modifiers", nullable = false)
    private boolean usesXModifiers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payer_kx_threshold", joinColumns = @JoinColumn(name = "payer_id"))
    @MapKeyColumn(name = "threshold_year")
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 12, scale = 2))
    private Map<Integer, Money> kxThresholds = new TreeMap<>();

    @Column(nullable = false)
    private boolean active = true;

    protected Payer() {
    }

    public Payer(String name, PayerKind kind, PayerRules rules) {
        if (kind == null) {
            throw new DomainException("Say what kind of payer this is.");
        }
        this.kind = kind;
        this.selfPay = kind == PayerKind.SELF_PAY;
        rename(name);
        change(rules);
    }

    public final void rename(String newName) {
        this.name = Text.required(newName, 120, "The payer's name");
    }

    public final void change(PayerRules rules) {
        if (rules.unitRule() == null) {
            throw new DomainException("Choose the unit rule for " + name + "'s timed codes.");
        }
        if (selfPay && rules.requiresGp()) {
            throw new DomainException("Self-pay sends no claim, so it cannot require GP.");
        }
        this.unitRule = rules.unitRule();
        this.requiresGp = rules.requiresGp();
        this.usesXModifiers = rules.usesXModifiers();
        this.ediPayerId = Text.optional(rules.ediPayerId(), 20, "The electronic payer id");
    }

    /** Sets (or, with {@code null}, removes) the therapy threshold of a calendar year. */
    public void setKxThreshold(int year, Money amount) {
        if (year < 2000 || year > Year.MAX_VALUE) {
            throw new DomainException("The KX threshold needs a year, like 2026.");
        }
        if (selfPay && amount != null) {
            throw new DomainException("Self-pay sends no claim, so it has no KX threshold.");
        }
        if (amount == null) {
            kxThresholds.remove(year);
        } else {
            kxThresholds.put(year, Money.of(amount.amount()));
        }
    }

    public Optional<Money> kxThreshold(int year) {
        return Optional.ofNullable(kxThresholds.get(year));
    }

    public void deactivate() {
        if (selfPay) {
            throw new DomainException("Self-pay is always available.");
        }
        active = false;
    }

    public void activate() {
        active = true;
    }

    public PayerRules rules() {
        return new PayerRules(unitRule, requiresGp, usesXModifiers, ediPayerId);
    }

    /** Whether Medicare's own rules apply (AT on spinal manipulation as active treatment). */
    public boolean isMedicare() {
        return kind == PayerKind.MEDICARE;
    }

    public String getName() {
        return name;
    }

    public PayerKind getKind() {
        return kind;
    }

    public boolean isSelfPay() {
        return selfPay;
    }

    public String getEdiPayerId() {
        return ediPayerId;
    }

    public UnitRule getUnitRule() {
        return unitRule;
    }

    public boolean isRequiresGp() {
        return requiresGp;
    }

    public boolean isUsesXModifiers() {
        return usesXModifiers;
    }

    public Map<Integer, Money> getKxThresholds() {
        return java.util.Collections.unmodifiableMap(kxThresholds);
    }

    public boolean isActive() {
        return active;
    }
}
