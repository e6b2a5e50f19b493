package org.artclinic.clinic.intake;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.Practitioner;

/**
 * Intake assessments with red-flag screening, clearances, the suitability self-check, informed
 * consent, and the treatment gate (docs/decisions/0011-treatment-gate.md).
 *
 * <p>Roles: practitioners record intakes and clearances and are the ones the gate is asked for
 * before treating; the front desk (and practitioners) enter the patient's self-check answers and
 * record consent, which patients usually give at the desk; administrators edit the consent text.
 * Practitioners read a patient's eligibility, its reasons and the header alerts in full. The front
 * desk, which books treatment visits and collects the clearance letter and the signature, reads only
 * whether treatment is on hold and which paperwork is missing ({@link TreatmentHold}, minimum
 * necessary, docs/decisions/0038-minimum-necessary-access.md): its alerts come without red flags,
 * precautions or regions, and it cannot read a self-check's answers, only that one was recorded.
 */
@Stateless
@DenyAll
public class IntakeService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** The clinic's day: an onset, a consent or a letter dated "today" is today where the clinic is. */
    @Inject
    private ClinicClock clock;

    // ---- intake

    /**
     * Records an intake assessment and the screening decision it makes (stored with it).
     *
     * @param reassessmentOfId the intake this one re-assesses, within the same episode of care; null
     *        starts a new episode
     * @param screening the red-flag and precaution answers, every one given (see
     *        {@link ScreeningAnswers#answered}); null is refused, never read as "no"
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public IntakeAssessment recordIntake(long patientId, Long reassessmentOfId, IntakeDetails details,
            ScreeningAnswers screening) {
        Patient patient = patient(patientId);
        IntakeAssessment previous = reassessmentOfId == null ? null : intake(reassessmentOfId);
        SuitabilitySelfCheck selfCheck = latestSelfCheck(patient).orElse(null);
        IntakeAssessment intake = new IntakeAssessment(patient, previous, details, screening, selfCheck, caller(),
                clock.now(), today());
        em.persist(intake);
        return intake;
    }

    /**
     * Records an intake together with the self-check answers the practitioner went through with the
     * patient on the intake form, in one transaction: when the intake is refused, the answers are not
     * kept either. The answers are stored as a new self-check only when at least one is given and
     * they differ from the patient's latest self-check; the intake then shows them.
     *
     * @param selfCheckAnswers answers per statement (null or missing: unanswered); null for none
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public IntakeAssessment recordIntake(long patientId, Long reassessmentOfId, IntakeDetails details,
            ScreeningAnswers screening, Map<SelfCheckStatement, Boolean> selfCheckAnswers) {
        Patient patient = patient(patientId);
        boolean answered = selfCheckAnswers != null && selfCheckAnswers.values().stream().anyMatch(a -> a != null);
        if (answered) {
            Map<SelfCheckStatement, Boolean> given = new EnumMap<>(SelfCheckStatement.class);
            for (SelfCheckStatement statement : SelfCheckStatement.values()) {
                given.put(statement, selfCheckAnswers.get(statement));
            }
            boolean same = latestSelfCheck(patient).map(latest -> latest.answers().equals(given)).orElse(false);
            if (!same) {
                em.persist(new SuitabilitySelfCheck(patient, given, caller(), clock.now()));
                em.flush(); // the intake below picks up these answers as the latest
            }
        }
        return recordIntake(patientId, reassessmentOfId, details, screening);
    }

    @RolesAllowed(Role.Names.PRACTITIONER)
    public IntakeAssessment findIntake(long intakeId) {
        return intake(intakeId);
    }

    /** A patient's intakes, newest first. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public List<IntakeAssessment> intakes(long patientId) {
        return em.createNamedQuery(IntakeAssessment.OF_PATIENT, IntakeAssessment.class)
                .setParameter("patient", patient(patientId)).getResultList();
    }

    // ---- clearance

    /**
     * Records that a patient referred for a red flag was evaluated and may be treated. It clears the
     * referral of the given intake (the latest when null); blocked regions stay blocked.
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public TreatmentClearance recordClearance(long patientId, Long intakeId, ClearanceEvidence evidenceKind,
            String evidence, LocalDate evidenceDate) {
        Patient patient = lockPatient(patientId);
        // without a named intake: the newest referral still waiting for its clearance, else the latest
        // intake (which then says why there is nothing to clear)
        IntakeAssessment intake = intakeId == null
                ? unclearedReferrals(patient).stream().findFirst().orElseGet(() -> latestIntake(patient)
                        .orElseThrow(() -> new DomainException("No intake is recorded for " + patient.getFullName()
                                + "; there is nothing to clear.")))
                : intake(intakeId);
        if (!intake.getPatient().equals(patient)) {
            throw new DomainException("Intake " + intake.getId() + " belongs to another patient.");
        }
        if (clearanceOf(intake).isPresent()) {
            throw new DomainException("The referral of this intake was cleared already.");
        }
        String by = caller();
        TreatmentClearance clearance = new TreatmentClearance(intake, by, displayName(by), clock.now(),
                evidenceKind, evidence, evidenceDate, today());
        em.persist(clearance);
        return clearance;
    }

    // ---- self-check

    /** Stores the patient's answers to the suitability self-check; the next intake shows them. */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public SuitabilitySelfCheck recordSelfCheck(long patientId, Map<SelfCheckStatement, Boolean> answers) {
        SuitabilitySelfCheck check = new SuitabilitySelfCheck(patient(patientId), answers, caller(), clock.now());
        em.persist(check);
        return check;
    }

    @RolesAllowed(Role.Names.PRACTITIONER)
    public Optional<SuitabilitySelfCheck> latestSelfCheck(long patientId) {
        return latestSelfCheck(patient(patientId));
    }

    /** When the patient's latest self-check was recorded, without its answers (what the desk may know). */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public Optional<Instant> selfCheckRecordedAt(long patientId) {
        return latestSelfCheck(patient(patientId)).map(SuitabilitySelfCheck::getAnsweredAt);
    }

    // ---- consent

    /** The consent text patients sign now (the latest version); empty until an administrator publishes one. */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.ADMIN})
    public Optional<ConsentText> currentConsentText() {
        return em.createNamedQuery(ConsentText.LATEST, ConsentText.class).setMaxResults(1).getResultStream()
                .findFirst();
    }

    /** Every version of the consent text, newest first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<ConsentText> consentTextVersions() {
        return em.createNamedQuery(ConsentText.LATEST, ConsentText.class).getResultList();
    }

    /**
     * Publishes an edit of the consent text as the next version; earlier versions stay.
     *
     * @param editedVersion the version number the administrator edited (0 when there was none), so
     *        that an edit made on an old version does not silently replace someone else's
     * @param requiresNewSignature the change matters to patients: consents to earlier versions stop
     *        being current
     */
    @RolesAllowed(Role.Names.ADMIN)
    public ConsentText publishConsentText(int editedVersion, String body, boolean requiresNewSignature) {
        ConsentText previous = currentConsentText().orElse(null);
        int current = previous == null ? 0 : previous.getNumber();
        if (current != editedVersion) {
            throw new DomainException("Version " + current + " of the consent text was published while you were "
                    + "editing version " + editedVersion + ". Reload to see it, then make your change again.");
        }
        ConsentText text = new ConsentText(previous, body, requiresNewSignature, caller(), clock.now());
        em.persist(text);
        try {
            em.flush(); // the unique version number stops a second publisher racing past the check
        } catch (PersistenceException e) {
            throw new DomainException("Another administrator published version " + text.getNumber()
                    + " of the consent text a moment ago. Reload to see it, then make your change again.");
        }
        return text;
    }

    /**
     * Records that the patient signed a version of the consent text.
     *
     * @param versionNumber the version signed; null for the current one
     * @param witnessedBy the staff member who saw the patient sign
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public PatientConsent recordConsent(long patientId, Integer versionNumber, LocalDate signedOn,
            String witnessedBy) {
        Patient patient = patient(patientId);
        ConsentText text = versionNumber == null ? currentConsentText().orElse(null)
                : em.createNamedQuery(ConsentText.BY_NUMBER, ConsentText.class)
                        .setParameter("number", versionNumber).getResultStream().findFirst()
                        .orElseThrow(() -> new DomainException("There is no version " + versionNumber
                                + " of the consent text."));
        PatientConsent consent = new PatientConsent(patient, text, signedOn, witnessedBy, caller(), clock.now(),
                today());
        em.persist(consent);
        return consent;
    }

    /** The patient takes back their consent: no treatment until they sign again. */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public PatientConsent withdrawConsent(long patientId) {
        Patient patient = patient(patientId);
        PatientConsent latest = latestConsent(patient)
                .orElseThrow(() -> new DomainException(patient.getFullName() + " has no consent to withdraw."));
        latest.withdraw(caller(), clock.now());
        return latest;
    }

    /** A patient's consent records, newest first. */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public List<PatientConsent> consents(long patientId) {
        return em.createNamedQuery(PatientConsent.LATEST_OF_PATIENT, PatientConsent.class)
                .setParameter("patient", patient(patientId)).getResultList();
    }

    // ---- the gate

    /** Whether the patient may be treated now, where, with which precautions, and why not. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public TreatmentEligibility treatmentEligibility(long patientId) {
        return eligibility(patient(patientId));
    }

    /** Whether treatment is on hold and which paperwork is missing: the front desk's view of the gate. */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public TreatmentHold treatmentHold(long patientId) {
        TreatmentEligibility eligibility = eligibility(patient(patientId));
        return TreatmentHold.of(patientId, eligibility.gate(), eligibility.consentVersion());
    }

    /**
     * The check charting makes before it records a treatment: throws, with an explanation staff can
     * act on, unless the patient may be treated in this region now.
     *
     * @param region the region about to be treated; null checks what blocks every region
     * @throws DomainException naming what blocks treatment (no intake, a referral without a
     *         clearance, no current consent, a local contraindication of the region)
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public void requireTreatmentAllowed(long patientId, BodyRegion region) {
        eligibility(patient(patientId)).gate().requireAllowed(region);
    }

    /** What the patient header shows about screening: referral, precautions, blocked regions, consent. */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public IntakeAlerts alerts(long patientId) {
        return forCaller(IntakeAlerts.of(eligibility(patient(patientId)).gate()));
    }

    /** The alerts as the caller may see them: in full for a practitioner, the paperwork only for the desk. */
    private IntakeAlerts forCaller(IntakeAlerts alerts) {
        return session.isCallerInRole(Role.Names.PRACTITIONER) ? alerts : alerts.paperworkOnly();
    }

    /**
     * The screening alerts of each of these patients, the same as {@link #alerts(long)} gives for one,
     * for lists such as the practitioner's day. Every patient asked about is in the answer, in the
     * order asked; an id of no patient reads as a patient without an intake.
     *
     * <p>Each patient's gate is made as {@link #eligibility} makes it: the latest intake's decision
     * and whether its referral was cleared, the newest earlier referral nobody has cleared, and the
     * consent. Five queries whatever the number of patients, each on an indexed column
     * (V5__intake.sql): the clearances and the intakes by patient, the decision lines of the intakes
     * that matter by intake, the consents by patient, and the consent text that needs signatures;
     * and one more for each version of the consent text the consents name (a handful of versions,
     * however many patients).
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public Map<Long, IntakeAlerts> alerts(Collection<Long> patientIds) {
        if (patientIds == null || patientIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(patientIds));
        Map<Long, TreatmentClearance> clearances = new HashMap<>();
        em.createQuery("SELECT c.intake.id, c FROM TreatmentClearance c WHERE c.patient.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> clearances.putIfAbsent((Long) row[0], (TreatmentClearance) row[1]));
        // per patient, the latest intake and the newest earlier one whose referral waits for a clearance;
        // the flag is read and compared here (a JPQL boolean comparison fails on H2, decision 0014)
        Map<Long, Long> latest = new HashMap<>();
        Map<Long, Long> earlierReferral = new HashMap<>();
        Map<Long, Boolean> allowed = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT i.patient.id, i.id, i.decisionTreatmentAllowed "
                + "FROM IntakeAssessment i WHERE i.patient.id IN :ids ORDER BY i.assessedAt DESC, i.id DESC",
                Object[].class).setParameter("ids", ids).getResultList()) {
            Long patient = (Long) row[0];
            Long intake = (Long) row[1];
            allowed.put(intake, (Boolean) row[2]);
            if (latest.putIfAbsent(patient, intake) != null && !(Boolean) row[2] && !clearances.containsKey(intake)) {
                earlierReferral.putIfAbsent(patient, intake);
            }
        }
        Map<Long, List<DecisionLine>> lines = new HashMap<>();
        Set<Long> decisive = new HashSet<>(latest.values());
        decisive.addAll(earlierReferral.values());
        if (!decisive.isEmpty()) {
            em.createQuery("SELECT i.id, l.kind, l.code, l.region, l.practitionerText, l.patientText "
                    + "FROM IntakeAssessment i JOIN i.decisionLines l WHERE i.id IN :intakes ORDER BY i.id, INDEX(l)",
                    Object[].class).setParameter("intakes", List.copyOf(decisive)).getResultList()
                    .forEach(row -> lines.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new DecisionLine((DecisionLine.Kind) row[1], (String) row[2], (BodyRegion) row[3],
                                    (String) row[4], (String) row[5])));
        }
        Map<Long, PatientConsent> latestConsent = new HashMap<>();
        em.createQuery("SELECT c.patient.id, c FROM PatientConsent c WHERE c.patient.id IN :ids "
                + "ORDER BY c.recordedAt DESC, c.id DESC", Object[].class).setParameter("ids", ids)
                .getResultList().forEach(row -> latestConsent.putIfAbsent((Long) row[0], (PatientConsent) row[1]));
        ConsentText binding = bindingConsentText();
        Map<Long, IntakeAlerts> alerts = new LinkedHashMap<>();
        for (Long id : ids) {
            TreatmentGate.ConsentState consent = PatientConsent.stateOf(latestConsent.get(id), binding);
            Long intake = latest.get(id);
            if (intake == null) {
                alerts.put(id, forCaller(IntakeAlerts.of(TreatmentGate.noIntake(consent))));
                continue;
            }
            TreatmentClearance clearance = allowed.get(intake) ? null : clearances.get(intake);
            TreatmentGate gate = TreatmentGate.of(decision(intake, allowed, lines),
                    clearance == null ? null : clearance.describe(), consent);
            Long earlier = earlierReferral.get(id);
            alerts.put(id, forCaller(IntakeAlerts.of(earlier == null ? gate
                    : gate.withEarlierReferral(decision(earlier, allowed, lines)))));
        }
        return alerts;
    }

    private static ScreeningDecision decision(Long intake, Map<Long, Boolean> allowed,
            Map<Long, List<DecisionLine>> lines) {
        return new ScreeningDecision(allowed.get(intake), lines.getOrDefault(intake, List.of()));
    }

    // ---- helpers

    private TreatmentEligibility eligibility(Patient patient) {
        Optional<PatientConsent> consent = latestConsent(patient);
        TreatmentGate.ConsentState consentState = PatientConsent.stateOf(consent.orElse(null), bindingConsentText());
        Integer consentVersion = consent.map(c -> c.getText().getNumber()).orElse(null);
        Optional<IntakeAssessment> latest = latestIntake(patient);
        if (latest.isEmpty()) {
            return new TreatmentEligibility(patient.getId(), TreatmentGate.noIntake(consentState), null, null, null,
                    consentVersion);
        }
        IntakeAssessment intake = latest.get();
        TreatmentClearance clearance = intake.isReferralRequired() ? clearanceOf(intake).orElse(null) : null;
        TreatmentGate gate = TreatmentGate.of(intake.decision(), clearance == null ? null : clearance.describe(),
                consentState);
        Optional<IntakeAssessment> earlier = unclearedReferrals(patient).stream()
                .filter(referral -> !referral.equals(intake)).findFirst();
        if (earlier.isPresent()) {
            gate = gate.withEarlierReferral(earlier.get().decision());
        }
        return new TreatmentEligibility(patient.getId(), gate, intake.getId(), intake.getAssessedAt(), clearance,
                consentVersion);
    }

    /** The latest version of the consent text that needs new signatures; null when none does. */
    private ConsentText bindingConsentText() {
        return em.createNamedQuery(ConsentText.LATEST_REQUIRING_SIGNATURE, ConsentText.class).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private Optional<IntakeAssessment> latestIntake(Patient patient) {
        return em.createNamedQuery(IntakeAssessment.OF_PATIENT, IntakeAssessment.class)
                .setParameter("patient", patient).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The patient's intakes whose red flags asked for a referral that nobody has cleared, newest
     * first. A patient has a handful of intakes, so they are read and filtered here (a JPQL
     * comparison with a boolean literal is written as 0/1 by EclipseLink, which H2 2 refuses).
     */
    private List<IntakeAssessment> unclearedReferrals(Patient patient) {
        Set<Long> cleared = new HashSet<>(em.createQuery("SELECT c.intake.id FROM TreatmentClearance c "
                + "WHERE c.intake.patient = :patient", Long.class).setParameter("patient", patient).getResultList());
        return em.createNamedQuery(IntakeAssessment.OF_PATIENT, IntakeAssessment.class).setParameter("patient", patient)
                .getResultStream().filter(i -> i.isReferralRequired() && !cleared.contains(i.getId())).toList();
    }

    private Optional<TreatmentClearance> clearanceOf(IntakeAssessment intake) {
        return em.createNamedQuery(TreatmentClearance.OF_INTAKE, TreatmentClearance.class)
                .setParameter("intake", intake).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<SuitabilitySelfCheck> latestSelfCheck(Patient patient) {
        return em.createNamedQuery(SuitabilitySelfCheck.LATEST_OF_PATIENT, SuitabilitySelfCheck.class)
                .setParameter("patient", patient).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<PatientConsent> latestConsent(Patient patient) {
        return em.createNamedQuery(PatientConsent.LATEST_OF_PATIENT, PatientConsent.class)
                .setParameter("patient", patient).setMaxResults(1).getResultStream().findFirst();
    }

    private Patient patient(long id) {
        Patient patient = em.find(Patient.class, id);
        if (patient == null) {
            throw new DomainException("There is no patient with id " + id + ".");
        }
        return patient;
    }

    /** Two practitioners clearing the same patient at once: the second waits, then sees the first's clearance. */
    private Patient lockPatient(long id) {
        Patient patient = em.find(Patient.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (patient == null) {
            throw new DomainException("There is no patient with id " + id + ".");
        }
        return patient;
    }

    private IntakeAssessment intake(long id) {
        IntakeAssessment intake = em.find(IntakeAssessment.class, id);
        if (intake == null) {
            throw new DomainException("There is no intake with id " + id + ".");
        }
        return intake;
    }

    /** The practitioner's name as patients and colleagues know it: their practitioner record, else their account. */
    private String displayName(String username) {
        return em.createNamedQuery(Practitioner.BY_USERNAME, Practitioner.class).setParameter("username", username)
                .getResultStream().findFirst().map(Practitioner::getDisplayName)
                .or(() -> em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                        .setParameter("username", username).getResultStream().findFirst()
                        .map(UserAccount::getFullName))
                .orElse(username);
    }

    private String caller() {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }

    private LocalDate today() {
        return clock.today();
    }
}
