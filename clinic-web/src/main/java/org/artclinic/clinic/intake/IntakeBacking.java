package org.artclinic.clinic.intake;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.patient.PatientSummary;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Backs {@code intake/intake.xhtml?patient=N}: a practitioner records an intake, red-flag screening
 * first. The domain checks what was typed; a refusal is shown on the page and nothing is saved. On
 * success the patient page opens on its intake tab with the decision.
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IntakeService intakes;

    @EJB
    private PatientService patients;

    /** The self-check's date on the clinic's calendar, not the server's. */
    @Inject
    private ClinicClock clock;

    @Inject
    @Param(name = "patient")
    private Long patientId;

    /** The intake this one re-assesses (same episode of care); absent for a new episode. */
    @Inject
    @Param(name = "reassess")
    private Long reassessId;

    private String reassessedOn;

    private boolean found;
    private String patientName;
    private String selfCheckDate;
    private IntakeForm form = new IntakeForm();

    private transient PatientSummary summary;

    /** Reads the patient and their latest self-check answers (view action, first request only). */
    public void load() {
        if (patientId == null) {
            Messages.error("intake.noPatient");
            return;
        }
        summary = Messages.read(() -> patients.summary(patientId), "intake.noPatient").orElse(null);
        if (summary == null) {
            return;
        }
        boolean reassessAsked = Faces.getRequestParameter("reassess") != null;
        if (reassessAsked && (reassessId == null || !startReassessment())) {
            Messages.error("intake.reassess.notFound"); // never a new episode in place of a re-assessment
            return;
        }
        found = true;
        patientName = summary.patient().getFullName();
        Optional<SuitabilitySelfCheck> latest = intakes.latestSelfCheck(patientId);
        latest.ifPresent(check -> {
            form.prefillSelfCheck(check.answers());
            selfCheckDate = LocalDate.ofInstant(check.getAnsweredAt(), clock.zone()).toString();
        });
    }

    /**
     * A re-assessment starts from the history of the intake it re-assesses; the measurements, the
     * pain and the screening are taken afresh (each screening question is asked again).
     */
    private boolean startReassessment() {
        IntakeAssessment earlier = Messages.readQuietly(() -> intakes.findIntake(reassessId)).orElse(null);
        if (earlier == null || !earlier.getPatient().getId().equals(patientId)) {
            return false;
        }
        form.prefillHistory(earlier);
        reassessedOn = LocalDate.ofInstant(earlier.getAssessedAt(), clock.zone()).toString();
        return true;
    }

    /** Records the intake; stays on the form with the domain's words when it is refused. */
    public String save() {
        if (!found) {
            return null;
        }
        // rows the domain refuses say why beside each (IntakeForm.RowsNeedAttention), the page says so once
        if (!Messages.change(() -> {
            IntakeForm.Entered entered = form.entered();
            return intakes.recordIntake(patientId, reassessId, entered.details(), entered.screening(),
                    entered.selfCheck());
        }, "intake.saved", patientName)) {
            return null;
        }
        Messages.keepForRedirect();
        return "/patient/patient?faces-redirect=true&tab=intake&id=" + patientId;
    }

    /** Removes a row of one of the form's growing lists (regions, local contraindications, ROM, ...). */
    public void removeRow(List<? extends IntakeForm.Row> rows, IntakeForm.Row row) {
        rows.remove(row);
    }

    /** The guidance for the answers as they stand on the form, never a diagnosis. */
    public String getSelfCheckGuidance() {
        return SelfCheckGuidance.guidance(form.selfCheckAnswers());
    }

    public PatientSummary getSummary() {
        if (summary == null && found) {
            summary = patients.summary(patientId);
        }
        return summary;
    }

    public boolean isFound() {
        return found;
    }

    public Long getPatientId() {
        return patientId;
    }

    public String getPatientName() {
        return patientName;
    }

    public Long getReassessId() {
        return reassessId;
    }

    /** The date of the intake being re-assessed; null for a new episode. */
    public String getReassessedOn() {
        return reassessedOn;
    }

    public String getSelfCheckDate() {
        return selfCheckDate;
    }

    public IntakeForm getForm() {
        return form;
    }

    public BodyRegion[] getRegions() {
        return BodyRegion.values();
    }

    public Side[] getSides() {
        return Side.values();
    }

    public List<Side> getLeftRight() {
        return List.of(Side.LEFT, Side.RIGHT);
    }

    public OnsetType[] getOnsetTypes() {
        return OnsetType.values();
    }

    public ContraindicationReason[] getContraindicationReasons() {
        return ContraindicationReason.values();
    }

    public RomMovement[] getMovements() {
        return RomMovement.values();
    }

    public SpinalLevel[] getLevels() {
        return SpinalLevel.values();
    }

    public NeuroResult[] getNeuroResults() {
        return NeuroResult.values();
    }

    /** Why a red flag matters, in the patient's words (the domain's wording, one source). */
    public String redFlagWords(String flag) {
        return RedFlag.valueOf(flag).patientWords();
    }
}
