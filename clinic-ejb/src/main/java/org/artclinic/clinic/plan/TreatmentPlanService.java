package org.artclinic.clinic.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.NotYours;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Practitioner;

/**
 * Treatment plans (decision 0032). A practitioner writes a plan for a patient and changes or ends
 * their own plans; any practitioner reads the clinic's plans, for continuity of care. The front
 * desk sees only what booking needs ({@link #bookingOf}): the frequency and the visits left, not
 * the diagnoses or goals.
 *
 * <p>A patient has at most one active plan: a new plan is refused while another is active, with the
 * patient's row locked so that two practitioners writing at once cannot both succeed. Visits used
 * are the patient's visit notes (any practitioner's, draft or signed) of visits on the plan's days.
 */
@Stateless
@DenyAll
public class TreatmentPlanService {

    /** A plan with how far it has come. */
    public record PlanView(TreatmentPlan plan, PlanProgress progress) implements java.io.Serializable {
    }

    /** What the front desk needs to book a plan's visits. */
    public record PlanBooking(long planId, long patientId, long practitionerId, String practitionerName,
            int visitsPerWeek, int weeks, int remaining) implements java.io.Serializable {
    }

    /** How many of a patient's plans a list shows at most (a patient has a few a year). */
    public static final int MAX_LISTED = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    @EJB
    private ClinicSetupService setup;

    @Resource
    private SessionContext session;

    /** Writes the caller's plan for a patient who has no active plan. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public TreatmentPlan create(long patientId, PlanTerms terms) {
        Patient patient = em.find(Patient.class, patientId, LockModeType.PESSIMISTIC_WRITE);
        if (patient == null) {
            throw new DomainException("There is no patient with id " + patientId + ".");
        }
        Practitioner me = setup.practitionerOfUser(caller()).orElseThrow(() -> new NotYours(
                "Only a practitioner with a practitioner profile writes treatment plans; ask an administrator to "
                        + "link your account to one."));
        Optional<TreatmentPlan> active = activeOf(patientId);
        if (active.isPresent()) {
            throw new StateConflict(patient.getFullName() + " already has an active plan (from "
                    + active.get().getStartsOn() + ", " + active.get().getPractitioner().getDisplayName()
                    + "): complete or discontinue it before writing a new one.");
        }
        TreatmentPlan plan = new TreatmentPlan(patient, me, terms, caller(), clock.now());
        em.persist(plan);
        return plan;
    }

    /** Replaces the terms of one of the caller's active plans, read at {@code version}. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public TreatmentPlan revise(long planId, long version, PlanTerms terms) {
        TreatmentPlan plan = own(planId);
        plan.revise(version, terms, caller(), clock.now());
        return plan;
    }

    /** Ends one of the caller's plans: its visits are done. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public TreatmentPlan complete(long planId, long version, String note) {
        TreatmentPlan plan = own(planId);
        plan.complete(version, clock.today(), note, caller(), clock.now());
        return plan;
    }

    /** Ends one of the caller's plans early, with the reason. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public TreatmentPlan discontinue(long planId, long version, String reason) {
        TreatmentPlan plan = own(planId);
        plan.discontinue(version, clock.today(), reason, caller(), clock.now());
        return plan;
    }

    /** A plan with its patient and practitioner loaded, to read outside the transaction. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public TreatmentPlan find(long planId) {
        TreatmentPlan plan = em.find(TreatmentPlan.class, planId);
        if (plan == null) {
            throw new DomainException("There is no treatment plan with id " + planId + ".");
        }
        plan.getPatient().getFullName();
        plan.getPractitioner().getDisplayName();
        return plan;
    }

    /** A plan with its progress today. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public PlanView view(long planId) {
        TreatmentPlan plan = find(planId);
        return new PlanView(plan, progressOf(plan));
    }

    /** The patient's plans, newest first (at most {@link #MAX_LISTED}), each with its progress. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public List<PlanView> ofPatient(long patientId) {
        if (em.find(org.artclinic.clinic.patient.Patient.class, patientId) == null) {
            throw new DomainException("There is no patient with id " + patientId + ".");
        }
        return em.createNamedQuery(TreatmentPlan.OF_PATIENT, TreatmentPlan.class)
                .setParameter("patient", patientId)
                .setMaxResults(MAX_LISTED)
                .getResultList().stream()
                .map(plan -> new PlanView(plan, progressOf(plan)))
                .toList();
    }

    /** The patient's active plan with its progress, if any (the Charting tab, the visit note's header). */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public Optional<PlanView> activeView(long patientId) {
        return activeOf(patientId).map(plan -> new PlanView(plan, progressOf(plan)));
    }

    /** What the front desk needs to book the active plan's remaining visits, if the patient has one. */
    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.FRONT_DESK})
    public Optional<PlanBooking> bookingOf(long patientId) {
        return activeOf(patientId).map(plan -> new PlanBooking(plan.getId(), patientId, plan.getPractitioner().getId(),
                plan.getPractitioner().getDisplayName(), plan.getVisitsPerWeek(), plan.getWeeks(),
                progressOf(plan).remaining()));
    }

    /** What the front desk needs to book an active plan's remaining visits ("Book the plan"). */
    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.FRONT_DESK})
    public PlanBooking booking(long planId) {
        TreatmentPlan plan = em.find(TreatmentPlan.class, planId);
        if (plan == null) {
            throw new DomainException("There is no treatment plan with id " + planId + ".");
        }
        if (!plan.isActive()) {
            throw new StateConflict("This treatment plan is " + plan.getStatus().words() + ": there is nothing to book.");
        }
        return new PlanBooking(plan.getId(), plan.getPatient().getId(), plan.getPractitioner().getId(),
                plan.getPractitioner().getDisplayName(), plan.getVisitsPerWeek(), plan.getWeeks(),
                progressOf(plan).remaining());
    }

    private Optional<TreatmentPlan> activeOf(long patientId) {
        return em.createNamedQuery(TreatmentPlan.ACTIVE_OF_PATIENT, TreatmentPlan.class)
                .setParameter("patient", patientId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The plan's progress today: the patient's visits with a note from the plan's first day to its
     * last (the day it ended, or today for an active plan), by the clinic's calendar.
     */
    private PlanProgress progressOf(TreatmentPlan plan) {
        ZoneId zone = clock.zone();
        LocalDate today = clock.today();
        Instant from = plan.getStartsOn().atStartOfDay(zone).toInstant();
        LocalDate last = plan.countsUntil() != null ? plan.countsUntil() : today;
        Instant until = last.plusDays(1).atStartOfDay(zone).toInstant();
        // COUNT of the index's own column: counted from the patient's index alone (decision 0061)
        long used = em.createQuery("SELECT COUNT(n.visitStartsAt) FROM VisitNote n WHERE n.patient.id = :patient"
                + " AND n.visitStartsAt >= :from AND n.visitStartsAt < :until", Long.class)
                .setParameter("patient", plan.getPatient().getId())
                .setParameter("from", from)
                .setParameter("until", until)
                .getSingleResult();
        return plan.progress((int) Math.min(used, Integer.MAX_VALUE), today);
    }

    private TreatmentPlan own(long planId) {
        TreatmentPlan plan = em.find(TreatmentPlan.class, planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw new DomainException("There is no treatment plan with id " + planId + ".");
        }
        boolean mine = setup.practitionerOfUser(caller()).map(Practitioner::getId)
                .filter(plan.getPractitioner().getId()::equals).isPresent();
        if (!mine) {
            throw new NotYours("This plan is " + plan.getPractitioner().getDisplayName()
                    + "'s: only they may change it.");
        }
        return plan;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
