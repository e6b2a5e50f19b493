package org.artclinic.clinic.billing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code billing/payers.xhtml}: the payers with their claim rules and this year's KX
 * threshold; a payer added or changed in a dialog; the payer opened below the list with its KX
 * thresholds by year and its fee schedule, where a new fee from a date closes the one before it.
 */
@Named
@ViewScoped
public class PayersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PayerService payerService;

    @EJB
    private CodeSetService codeSets;

    @Inject
    private ClinicClock clock;

    private transient List<Payer> payers;
    private transient List<FeeScheduleEntry> fees;
    private transient List<ProcedureCode> procedureCodes;

    // the dialog: a new payer (editId null) or a change
    private Long editId;
    private long editVersion;
    private String name;
    private PayerKind kind = PayerKind.COMMERCIAL;
    private UnitRule unitRule = UnitRule.PER_SERVICE;
    private boolean requiresGp;
    private boolean usesXModifiers = true;
    private String ediPayerId;

    // the payer opened below the list
    private Long openId;
    private Integer kxYear;
    private BigDecimal kxAmount;
    private String feeCode;
    private BigDecimal feeAmount;
    private LocalDate feeFrom;

    public List<Payer> getPayers() {
        if (payers == null) {
            payers = Messages.read(payerService::payers).orElse(List.of());
        }
        return payers;
    }

    public int getThisYear() {
        return clock.today().getYear();
    }

    /** This year's KX threshold, or empty. */
    public String kxThisYear(Payer payer) {
        return payer.kxThreshold(getThisYear()).map(Money::format).orElse(Messages.text("payers.kxNone"));
    }

    public void newPayer() {
        editId = null;
        name = null;
        kind = PayerKind.COMMERCIAL;
        unitRule = UnitRule.PER_SERVICE;
        requiresGp = false;
        usesXModifiers = true;
        ediPayerId = null;
    }

    public void edit(Payer payer) {
        editId = payer.getId();
        editVersion = payer.getVersion();
        name = payer.getName();
        kind = payer.getKind();
        unitRule = payer.getUnitRule();
        requiresGp = payer.isRequiresGp();
        usesXModifiers = payer.isUsesXModifiers();
        ediPayerId = payer.getEdiPayerId();
    }

    public void save() {
        PayerRules rules = new PayerRules(unitRule, requiresGp, usesXModifiers, ediPayerId);
        if (editId == null) {
            Messages.change(() -> payerService.addPayer(name, kind, rules), "payers.added", name);
        } else {
            long id = editId;
            Messages.change(() -> payerService.changePayer(id, editVersion, name, rules), "payers.saved", name);
        }
        payers = null;
    }

    public void deactivate(Payer payer) {
        Messages.change(() -> payerService.deactivate(payer.getId(), payer.getVersion()), "payers.deactivated",
                payer.getName());
        payers = null;
    }

    // ---- the payer opened: KX thresholds and fee schedule

    public void open(Payer payer) {
        openId = payer.getId();
        fees = null;
        kxYear = getThisYear();
        kxAmount = payer.kxThreshold(kxYear).map(Money::amount).orElse(null);
        feeCode = null;
        feeAmount = null;
        feeFrom = clock.today();
    }

    public void close() {
        openId = null;
        fees = null;
    }

    public Payer getOpen() {
        return openId == null ? null : getPayers().stream().filter(p -> p.getId().equals(openId)).findFirst()
                .orElse(null);
    }

    public boolean isOpen(Payer payer) {
        return openId != null && openId.equals(payer.getId());
    }

    public List<FeeScheduleEntry> getFees() {
        if (fees == null && openId != null) {
            fees = Messages.read(() -> payerService.fees(openId)).orElse(List.of());
        }
        return fees == null ? List.of() : fees;
    }

    /** The thresholds by year, newest first. */
    public List<Integer> getKxYears() {
        Payer payer = getOpen();
        return payer == null ? List.of()
                : payer.getKxThresholds().keySet().stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public String kxOf(int year) {
        Payer payer = getOpen();
        return payer == null ? "" : payer.kxThreshold(year).map(Money::format).orElse("");
    }

    /** Sets the year's threshold; with no amount, removes it. */
    public void setKx() {
        Payer payer = getOpen();
        if (payer == null) {
            return;
        }
        int year = kxYear == null ? 0 : kxYear;
        Messages.change(() -> payerService.setKxThreshold(payer.getId(), payer.getVersion(), year,
                kxAmount == null ? null : Money.of(kxAmount)), "payers.kxSaved", payer.getName(), String.valueOf(year));
        payers = null;
    }

    public void addFee() {
        Payer payer = getOpen();
        if (payer == null) {
            return;
        }
        if (Messages.change(() -> payerService.setFee(payer.getId(), feeCode,
                feeAmount == null ? null : Money.of(feeAmount), feeFrom), "payers.feeAdded",
                feeCode == null ? "" : feeCode.strip().toUpperCase(java.util.Locale.ROOT), payer.getName())) {
            feeCode = null;
            feeAmount = null;
        }
        fees = null;
    }

    public List<ProcedureCode> getProcedureCodes() {
        if (procedureCodes == null) {
            procedureCodes = Messages.read(codeSets::procedureCodes).orElse(List.of());
        }
        return procedureCodes;
    }

    public List<PayerKind> getKinds() {
        return List.of(PayerKind.COMMERCIAL, PayerKind.MEDICARE, PayerKind.MEDICAID, PayerKind.WORKERS_COMPENSATION);
    }

    public List<UnitRule> getUnitRules() {
        return List.of(UnitRule.values());
    }

    public boolean isEditing() {
        return editId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PayerKind getKind() {
        return kind;
    }

    public void setKind(PayerKind kind) {
        this.kind = kind;
    }

    public UnitRule getUnitRule() {
        return unitRule;
    }

    public void setUnitRule(UnitRule unitRule) {
        this.unitRule = unitRule;
    }

    public boolean isRequiresGp() {
        return requiresGp;
    }

    public void setRequiresGp(boolean requiresGp) {
        this.requiresGp = requiresGp;
    }

    public boolean isUsesXModifiers() {
        return usesXModifiers;
    }

    public void setUsesXModifiers(boolean usesXModifiers) {
        this.usesXModifiers = usesXModifiers;
    }

    public String getEdiPayerId() {
        return ediPayerId;
    }

    public void setEdiPayerId(String ediPayerId) {
        this.ediPayerId = ediPayerId;
    }

    public Integer getKxYear() {
        return kxYear;
    }

    public void setKxYear(Integer kxYear) {
        this.kxYear = kxYear;
    }

    public BigDecimal getKxAmount() {
        return kxAmount;
    }

    public void setKxAmount(BigDecimal kxAmount) {
        this.kxAmount = kxAmount;
    }

    public String getFeeCode() {
        return feeCode;
    }

    public void setFeeCode(String feeCode) {
        this.feeCode = feeCode;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public void setFeeAmount(BigDecimal feeAmount) {
        this.feeAmount = feeAmount;
    }

    public LocalDate getFeeFrom() {
        return feeFrom;
    }

    public void setFeeFrom(LocalDate feeFrom) {
        this.feeFrom = feeFrom;
    }
}
