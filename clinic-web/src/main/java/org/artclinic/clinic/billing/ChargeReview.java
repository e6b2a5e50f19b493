package org.artclinic.clinic.billing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.artclinic.clinic.web.Messages;

/**
 * The visit's charges opened on the review queue ({@code billing/charges.xhtml}): its diagnoses,
 * each replaceable with a reason; its lines with modifiers, reasons, pointers, fees and warnings;
 * a line's fix (which also keeps a line as it is with a reason, dealing with its warnings); the
 * history of fixes; approval. Every change carries the version read when the visit was opened (or
 * last changed here), so a change made meanwhile by someone else is refused with the service's words.
 */
@Named
@ViewScoped
public class ChargeReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChargeService charges;

    @EJB
    private CodeSetService codeSets;

    @EJB
    private ClaimService claims;

    private Long sheetId;
    private long version;
    private transient ChargeSheet sheet;
    /** The descriptions of the visit's diagnosis codes, read once per request that shows them. */
    private transient java.util.Map<String, String> descriptions;
    /** The claims of the open visit's charges. */
    private transient List<Claim> claimsOfSheet;

    // the line being fixed
    private Long fixLineId;
    private String fixCode;
    private Integer fixUnits;
    private List<String> fixModifiers = new ArrayList<>();
    private List<String> fixPointers = new ArrayList<>();
    private String fixWhy;

    // the diagnosis being replaced (position from 1), or a new one (position 0)
    private Integer diagnosisPosition;
    private String diagnosisCode;
    private String diagnosisWhy;
    /** Why the code typed cannot go on the claim, shown beside the field. */
    private String diagnosisProblem;

    public void open(long id) {
        close();
        Messages.read(() -> charges.sheet(id)).ifPresent(read -> {
            sheet = read;
            sheetId = read.getId();
            version = read.getVersion();
        });
    }

    /** Reads the visit's charges again, as saved now (after someone else changed them). */
    public void reload() {
        if (sheetId != null) {
            open(sheetId);
        }
    }

    public void close() {
        sheetId = null;
        sheet = null;
        claimsOfSheet = null;
        cancelFix();
        cancelDiagnosis();
    }

    public ChargeSheet getSheet() {
        if (sheet == null && sheetId != null) {
            sheet = Messages.read(() -> charges.sheet(sheetId)).orElse(null);
        }
        return sheet;
    }

    public boolean isOpen(ChargeSheet row) {
        return sheetId != null && sheetId.equals(row.getId());
    }

    private void changed(ChargeSheet saved) {
        sheet = saved;
        claimsOfSheet = null;
        version = saved.getVersion();
    }

    // ---- fixing a line

    public void startFix(ChargeLine line) {
        cancelDiagnosis();
        fixLineId = line.getId();
        fixCode = line.getCode();
        fixUnits = line.getUnits();
        fixModifiers = new ArrayList<>(line.getModifiers().stream().map(Modifier::name).toList());
        fixPointers = new ArrayList<>(line.getDiagnosisPointers().stream().map(String::valueOf).toList());
        fixWhy = null;
    }

    public void cancelFix() {
        fixLineId = null;
        fixCode = null;
        fixUnits = null;
        fixModifiers = new ArrayList<>();
        fixPointers = new ArrayList<>();
        fixWhy = null;
    }

    public void saveFix() {
        if (sheetId == null || fixLineId == null) {
            return;
        }
        LineFix fix = new LineFix(fixCode, fixUnits == null ? 0 : fixUnits,
                fixModifiers.stream().map(Modifier::valueOf).toList(),
                fixPointers.stream().map(Integer::valueOf).toList());
        long line = fixLineId;
        Messages.changeReporting(() -> charges.fixLine(sheetId, version, line, fix, fixWhy),
                saved -> Messages.text("charges.fixed", fix.code())).ifPresent(saved -> {
                    changed(saved);
                    cancelFix();
                });
    }

    public boolean isFixing(ChargeLine line) {
        return fixLineId != null && fixLineId.equals(line.getId());
    }

    public List<Modifier> getModifierChoices() {
        return List.of(Modifier.values());
    }

    /** "1" .. the number of diagnoses, for the pointers. */
    public List<String> getPointerChoices() {
        ChargeSheet s = getSheet();
        return s == null ? List.of()
                : IntStream.rangeClosed(1, s.getDiagnoses().size()).mapToObj(String::valueOf).toList();
    }

    public String diagnosisAt(String pointer) {
        ChargeSheet s = getSheet();
        int p = Integer.parseInt(pointer);
        return s == null || p > s.getDiagnoses().size() ? "" : s.getDiagnoses().get(p - 1);
    }

    // ---- diagnoses

    public void startReplace(int position) {
        cancelFix();
        diagnosisPosition = position;
        diagnosisCode = null;
        diagnosisWhy = null;
        diagnosisProblem = null;
    }

    public void startAdd() {
        startReplace(0);
    }

    public void cancelDiagnosis() {
        diagnosisPosition = null;
        diagnosisCode = null;
        diagnosisWhy = null;
        diagnosisProblem = null;
    }

    /** Replaces (or adds) a diagnosis; a code the claim cannot carry is answered beside the field. */
    public void saveDiagnosis() {
        ChargeSheet s = getSheet();
        if (s == null || diagnosisPosition == null) {
            return;
        }
        diagnosisProblem = null;
        Messages.attempt(() -> codeSets.diagnosisProblem(DiagnosisCode.checkedCode(diagnosisCode),
                s.getDateOfService()), refused -> diagnosisProblem = refused).flatMap(problem -> problem)
                .ifPresent(problem -> diagnosisProblem = problem);
        if (diagnosisProblem != null) {
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        int position = diagnosisPosition;
        Messages.changeReporting(() -> position == 0 ? charges.addDiagnosis(sheetId, version, diagnosisCode, diagnosisWhy)
                : charges.replaceDiagnosis(sheetId, version, position, diagnosisCode, diagnosisWhy),
                saved -> Messages.text("charges.diagnosisSaved", DiagnosisCode.checkedCode(diagnosisCode)))
                .ifPresent(saved -> {
                    changed(saved);
                    cancelDiagnosis();
                });
    }

    public boolean isReplacing(int position) {
        return diagnosisPosition != null && diagnosisPosition == position;
    }

    // ---- approval

    public void approve() {
        if (sheetId == null) {
            return;
        }
        Messages.changeReporting(() -> charges.approve(sheetId, version),
                saved -> Messages.text("charges.approved", saved.getPatient().getFullName(), saved.getDateOfService()))
                .ifPresent(this::changed);
    }

    /**
     * Makes the payer's claim of the approved visit and opens it on the claims page: the next step
     * of the review without looking for the visit again.
     */
    public String makeClaim() {
        if (sheetId == null) {
            return null;
        }
        return Messages.changeReporting(() -> claims.createClaim(sheetId),
                made -> Messages.text("charges.claimMade", made.getPayer().getName(), made.getCharged().format()))
                .map(made -> {
                    Messages.keepForRedirect();
                    return "/billing/claims.xhtml?faces-redirect=true&claim=" + made.getId();
                }).orElse(null);
    }

    /** The claims of the open visit's charges, primary first. */
    public List<Claim> getClaims() {
        if (claimsOfSheet == null) {
            claimsOfSheet = sheetId == null ? List.of()
                    : Messages.readQuietly(() -> claims.claimsOfCharges(sheetId)).orElse(List.of());
        }
        return claimsOfSheet;
    }

    /** The warnings still open on the visit's lines. */
    public List<ChargeWarning> getOpenWarnings() {
        ChargeSheet s = getSheet();
        return s == null ? List.of() : s.getLines().stream().flatMap(l -> l.getWarnings().stream()).toList();
    }

    /** What a diagnosis code of the visit stands for, from the code set; empty when it is not there. */
    public String describe(String code) {
        if (descriptions == null) {
            descriptions = new java.util.HashMap<>();
        }
        return descriptions.computeIfAbsent(code, c -> Messages.readQuietly(() -> codeSets.diagnosisCodes(c))
                .orElse(List.of()).stream().filter(d -> d.getCode().equals(c)).map(DiagnosisCode::getDescription)
                .findFirst().orElse(""));
    }

    /** A modifier's reason without the code it starts with (the page shows the code beside it). */
    public String reasonOf(ModifierReason modifier) {
        String prefix = modifier.getModifier().code() + ": ";
        return modifier.getReason().startsWith(prefix) ? modifier.getReason().substring(prefix.length())
                : modifier.getReason();
    }

    /** "2 units" */
    public String unitsOf(ChargeLine line) {
        return Messages.text("charges.detail.units", line.getUnits());
    }

    /** "1, 2 (M75.41, M99.03)", or that it points to none. */
    public String pointersOf(ChargeLine line) {
        return line.getDiagnosisPointers().isEmpty() ? Messages.text("charges.detail.noPointers")
                : String.join(", ", line.getDiagnosisPointers().stream().map(String::valueOf).toList()) + " ("
                        + String.join(", ", line.getDiagnoses()) + ")";
    }

    public Long getSheetId() {
        return sheetId;
    }

    public Long getFixLineId() {
        return fixLineId;
    }

    public String getFixCode() {
        return fixCode;
    }

    public void setFixCode(String fixCode) {
        this.fixCode = fixCode;
    }

    public Integer getFixUnits() {
        return fixUnits;
    }

    public void setFixUnits(Integer fixUnits) {
        this.fixUnits = fixUnits;
    }

    public List<String> getFixModifiers() {
        return fixModifiers;
    }

    public void setFixModifiers(List<String> fixModifiers) {
        this.fixModifiers = fixModifiers == null ? new ArrayList<>() : new ArrayList<>(fixModifiers);
    }

    public List<String> getFixPointers() {
        return fixPointers;
    }

    public void setFixPointers(List<String> fixPointers) {
        this.fixPointers = fixPointers == null ? new ArrayList<>() : new ArrayList<>(fixPointers);
    }

    public String getFixWhy() {
        return fixWhy;
    }

    public void setFixWhy(String fixWhy) {
        this.fixWhy = fixWhy;
    }

    public Integer getDiagnosisPosition() {
        return diagnosisPosition;
    }

    public String getDiagnosisCode() {
        return diagnosisCode;
    }

    public void setDiagnosisCode(String diagnosisCode) {
        this.diagnosisCode = diagnosisCode;
    }

    public String getDiagnosisWhy() {
        return diagnosisWhy;
    }

    public void setDiagnosisWhy(String diagnosisWhy) {
        this.diagnosisWhy = diagnosisWhy;
    }

    public String getDiagnosisProblem() {
        return diagnosisProblem;
    }
}
