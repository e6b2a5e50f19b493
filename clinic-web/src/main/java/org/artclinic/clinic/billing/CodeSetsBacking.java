package org.artclinic.clinic.billing;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.artclinic.clinic.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs {@code billing/codes.xhtml}: the procedure codes (a short list, all shown), a search of the
 * diagnosis codes (the service answers at most {@link CodeSetService#SEARCH_LIMIT}), a code added or
 * changed in a dialog with its effective dates, and the CSV import of each code set, applied whole
 * (with its counts) or refused whole (with its rows' problems).
 */
@Named
@ViewScoped
public class CodeSetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CodeSetService codeSets;

    private transient List<ProcedureCode> procedures;
    private transient List<DiagnosisCode> diagnoses;
    private String search;

    // the dialog: a procedure code (diagnosis false) or a diagnosis code
    private boolean diagnosis;
    private Long editVersion;
    private String code;
    private ProcedureKind kind;
    private boolean timed;
    private boolean billable = true;
    private String description;
    private LocalDate from;
    private LocalDate to;

    public List<ProcedureCode> getProcedures() {
        if (procedures == null) {
            procedures = Messages.read(codeSets::procedureCodes).orElse(List.of());
        }
        return procedures;
    }

    public List<DiagnosisCode> getDiagnoses() {
        if (diagnoses == null) {
            diagnoses = search == null || search.isBlank() ? List.of()
                    : Messages.read(() -> codeSets.diagnosisCodes(search)).orElse(List.of());
        }
        return diagnoses;
    }

    /** Whether the search found as many codes as the service answers: there may be more. */
    public boolean isSearchCut() {
        return getDiagnoses().size() >= CodeSetService.SEARCH_LIMIT;
    }

    public int getSearchLimit() {
        return CodeSetService.SEARCH_LIMIT;
    }

    public void newProcedure() {
        diagnosis = false;
        fill(null, null, ProcedureKind.THERAPY, true, true, null, null, null);
    }

    public void newDiagnosis() {
        diagnosis = true;
        fill(null, null, null, false, true, null, null, null);
    }

    public void edit(ProcedureCode c) {
        diagnosis = false;
        fill(c.getVersion(), c.getCode(), c.getKind(), c.isTimed(), true, c.getDescription(), c.getEffectiveFrom(),
                c.getEffectiveTo());
    }

    public void edit(DiagnosisCode c) {
        diagnosis = true;
        fill(c.getVersion(), c.getCode(), null, false, c.isBillable(), c.getDescription(), c.getEffectiveFrom(),
                c.getEffectiveTo());
    }

    private void fill(Long version, String c, ProcedureKind k, boolean t, boolean b, String d, LocalDate f,
            LocalDate until) {
        editVersion = version;
        code = c;
        kind = k;
        timed = t;
        billable = b;
        description = d;
        from = f;
        to = until;
    }

    public void save() {
        if (diagnosis) {
            Messages.changeReporting(() -> codeSets.saveDiagnosisCode(code, editVersion, billable, description, from, to),
                    saved -> Messages.text("codes.saved", saved.getCode()));
            diagnoses = null;
        } else {
            Messages.changeReporting(() -> codeSets.saveProcedureCode(code, editVersion, kind, timed, description, from,
                    to), saved -> Messages.text("codes.saved", saved.getCode()));
            procedures = null;
        }
    }

    public void uploadProcedures(FileUploadEvent event) {
        String csv = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
        Messages.changeReporting(() -> codeSets.importProcedureCodes(csv),
                result -> Messages.text("codes.imported", result.added(), result.updated(), result.unchanged()));
        procedures = null;
    }

    public void uploadDiagnoses(FileUploadEvent event) {
        String csv = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
        Messages.changeReporting(() -> codeSets.importDiagnosisCodes(csv),
                result -> Messages.text("codes.imported", result.added(), result.updated(), result.unchanged()));
        diagnoses = null;
    }

    public void searched() {
        diagnoses = null;
    }

    public List<ProcedureKind> getKinds() {
        return List.of(ProcedureKind.values());
    }

    public boolean isEditing() {
        return editVersion != null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isDiagnosis() {
        return diagnosis;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ProcedureKind getKind() {
        return kind;
    }

    public void setKind(ProcedureKind kind) {
        this.kind = kind;
    }

    public boolean isTimed() {
        return timed;
    }

    public void setTimed(boolean timed) {
        this.timed = timed;
    }

    public boolean isBillable() {
        return billable;
    }

    public void setBillable(boolean billable) {
        this.billable = billable;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
