package org.artclinic.clinic.intake;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.patient.PatientBacking;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.security.CurrentUser;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.web.Formats;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * Backs the "Intake &amp; screening" tab of {@code patient/patient.xhtml?id=N}: whether the patient may
 * be treated and why not, the latest intake's decision, the list of intakes, and the clearance
 * and consent dialogs. The front desk sees eligibility and consent; the intakes themselves are
 * clinical records the service shows to practitioners only.
 */
@Named
@ViewScoped
public class IntakeTabBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One intake in the list. */
    public record IntakeRow(long id, String when, String practitioner, String summary, boolean referral,
            boolean reassessment) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A region that may not be treated, with the reason in the patient's words. */
    public record BlockedRow(BodyRegion region, String reason) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @EJB
    private IntakeService intakes;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private PatientService patients;

    @Inject
    private CurrentUser user;

    @Inject
    private ClinicClock clinicClock;

    @Inject
    private Formats formats;

    @Inject
    @Param(name = "id")
    private Long patientId;

    @Inject
    private PatientBacking patientPage;

    // read when first needed in a request and again after every change
    private transient TreatmentEligibility eligibility;
    private transient TreatmentHold hold;
    private transient Optional<Instant> selfCheckAt;
    private transient List<IntakeRow> intakeRows;
    private transient ConsentText consentText;
    private transient boolean consentTextRead;

    // the clearance dialog
    private ClearanceEvidence evidenceKind;
    private String evidence;
    private LocalDate evidenceDate;

    // the self-check: the latest one on record, and the dialog's answers
    private transient Optional<SuitabilitySelfCheck> selfCheck;
    private final EnumMap<SelfCheckStatement, Boolean> selfCheckAnswers = new EnumMap<>(SelfCheckStatement.class);

    // the consent dialog
    private LocalDate signedOn;
    private String witnessedBy;

    /** The eligibility with its reasons; practitioners only (the desk reads {@link #getHold()}). */

    /**
     * The tab is rendered when first opened (patient.xhtml's dynamic tabView), in an ajax post whose
     * address has no id: the patient is then the page's.
     */
    @PostConstruct
    void patientOfThePage() {
        if (patientId == null) {
            patientId = patientPage.getId();
        }
    }

    public TreatmentEligibility getEligibility() {
        if (eligibility == null && patientId != null && isPractitioner()) {
            // an unknown patient: the patient page says so
            eligibility = Messages.readQuietly(() -> intakes.treatmentEligibility(patientId)).orElse(null);
        }
        return eligibility;
    }

    /** On hold or not and the paperwork: what every user of the tab may see. */
    public TreatmentHold getHold() {
        if (hold == null && patientId != null) {
            // an unknown patient, or a role without the tab: nothing is shown
            hold = Messages.readQuietly(() -> intakes.treatmentHold(patientId)).orElse(null);
        }
        return hold;
    }

    public List<BlockedRow> getBlockedRegions() {
        TreatmentEligibility e = getEligibility();
        return e == null ? List.of() : e.blockedRegions().entrySet().stream()
                .map(entry -> new BlockedRow(entry.getKey(), entry.getValue())).toList();
    }

    /** The latest intake's date, for the decision's heading. */
    public String getDecisionDate() {
        TreatmentEligibility e = getEligibility();
        return e == null || e.assessedAt() == null ? null : formats.dateTime(e.assessedAt());
    }

    /** When the latest intake's referral was cleared, in the clinic's time; null when it was not. */
    public String getClearedWhen() {
        TreatmentEligibility e = getEligibility();
        return e == null || e.clearance() == null ? null
                : formats.dateTime(e.clearance().getClearedAt());
    }

    /** The patient's intakes, newest first; practitioners only (clinical records). */
    public List<IntakeRow> getIntakes() {
        if (intakeRows == null) {
            intakeRows = isPractitioner() && patientId != null ? rows() : List.of();
        }
        return intakeRows;
    }

    private List<IntakeRow> rows() {
        List<IntakeAssessment> all = intakes.intakes(patientId);
        // who assessed them, by the names people know them by: one query for the list
        Map<String, String> names = setup.peopleNames(all.stream().map(IntakeAssessment::getAssessedBy).toList());
        return all.stream().map(intake -> new IntakeRow(intake.getId(),
                formats.dateTime(intake.getAssessedAt()),
                names.getOrDefault(intake.getAssessedBy(), intake.getAssessedBy()),
                intake.getChiefComplaint() + " (" + intake.getRegions().stream().map(ComplaintRegion::toString)
                        .collect(Collectors.joining(", ")) + ")",
                intake.isReferralRequired(), intake.isReassessment())).toList();
    }

    public ConsentText getConsentText() {
        if (!consentTextRead) {
            consentText = intakes.currentConsentText().orElse(null);
            consentTextRead = true;
        }
        return consentText;
    }

    // ---- clearance

    public void newClearance() {
        evidenceKind = null;
        evidence = null;
        evidenceDate = null;
    }

    public void recordClearance() {
        if (getEligibility() == null) {
            return; // an unknown patient: the page already says so
        }
        Long intakeId = getEligibility().intakeId();
        Messages.change(() -> intakes.recordClearance(patientId, intakeId, evidenceKind, evidence, evidenceDate),
                "intake.clearance.saved", patientName());
        refresh();
    }

    // ---- suitability self-check (answered by the patient, entered by the front desk or a practitioner)

    /** The patient's latest self-check with its answers, if any; practitioners only. */
    public SuitabilitySelfCheck getSelfCheck() {
        if (selfCheck == null) {
            selfCheck = patientId == null || !isPractitioner() ? Optional.empty() : intakes.latestSelfCheck(patientId);
        }
        return selfCheck.orElse(null);
    }

    /** When the latest self-check was answered, in the clinic's time; null when none was. */
    public String getSelfCheckWhen() {
        if (selfCheckAt == null) {
            selfCheckAt = patientId == null ? Optional.empty() : intakes.selfCheckRecordedAt(patientId);
        }
        return selfCheckAt.map(formats::dateTime).orElse(null);
    }

    /** The statements of the latest self-check that the patient said apply. */
    public List<String> getSelfCheckApplying() {
        SuitabilitySelfCheck check = getSelfCheck();
        return check == null ? List.of() : check.answers().entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(e -> e.getKey().words()).toList();
    }

    /**
     * Opens the dialog on the patient's previous answers, so a practitioner's correction starts from
     * them; the desk, which may not read them, starts from a blank form.
     */
    public void newSelfCheck() {
        selfCheckAnswers.clear();
        for (SelfCheckStatement statement : SelfCheckStatement.values()) {
            SuitabilitySelfCheck previous = getSelfCheck();
            selfCheckAnswers.put(statement, previous != null && Boolean.TRUE.equals(previous.answers().get(statement)));
        }
    }

    public void recordSelfCheck() {
        Messages.change(() -> intakes.recordSelfCheck(patientId, new EnumMap<>(selfCheckAnswers)),
                "intake.selfCheck.saved", patientName());
        refresh();
    }

    /** The article's guidance for the answers ticked in the dialog so far. */
    public String getSelfCheckGuidance() {
        return SelfCheckGuidance.guidance(selfCheckAnswers);
    }

    public SelfCheckStatement[] getSelfCheckStatements() {
        return SelfCheckStatement.values();
    }

    public Map<SelfCheckStatement, Boolean> getSelfCheckAnswers() {
        return selfCheckAnswers;
    }

    // ---- consent

    public void newConsent() {
        signedOn = clinicClock.today();
        witnessedBy = user.getFullName();
    }

    /** Records the patient's signature of the text shown in the dialog (not a newer one published meanwhile). */
    public void recordConsent() {
        Integer version = getConsentText() == null ? null : getConsentText().getNumber();
        Messages.change(() -> intakes.recordConsent(patientId, version, signedOn, witnessedBy), "intake.consent.saved",
                patientName());
        refresh();
    }

    public void withdrawConsent() {
        Messages.change(() -> intakes.withdrawConsent(patientId), "intake.consent.withdrawn", patientName());
        refresh();
    }

    private String patientName() {
        return patients.find(patientId).getFullName();
    }

    private void refresh() {
        eligibility = null;
        hold = null;
        selfCheckAt = null;
        intakeRows = null;
        consentTextRead = false;
        selfCheck = null;
    }

    public boolean isPractitioner() {
        return user.hasRole(Role.Names.PRACTITIONER);
    }

    /** Where the patient's consent stands, in plain words. */
    public String consentWords() {
        TreatmentHold h = getHold();
        if (h == null) {
            return "";
        }
        return Messages.text("intake.tab.consent." + h.consent().name(),
                h.consentVersion() == null ? "" : h.consentVersion());
    }

    public Long getPatientId() {
        return patientId;
    }

    public ClearanceEvidence[] getEvidenceKinds() {
        return ClearanceEvidence.values();
    }

    public ClearanceEvidence getEvidenceKind() {
        return evidenceKind;
    }

    public void setEvidenceKind(ClearanceEvidence evidenceKind) {
        this.evidenceKind = evidenceKind;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public LocalDate getEvidenceDate() {
        return evidenceDate;
    }

    public void setEvidenceDate(LocalDate evidenceDate) {
        this.evidenceDate = evidenceDate;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getWitnessedBy() {
        return witnessedBy;
    }

    public void setWitnessedBy(String witnessedBy) {
        this.witnessedBy = witnessedBy;
    }
}
