package org.artclinic.clinic.outcome;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;

/**
 * Records outcome measures and reads a patient's history of them.
 *
 * <p>Who may do what: practitioners record and read. The front desk may also record, because
 * patients often fill in the questionnaire in the waiting room (on paper or a tablet the front
 * desk hands them) and the answer "cannot be scored, items 3 and 7 are unanswered" is most useful
 * while the patient is still there; the record names who entered it. Reading the history and its
 * clinical change flags is for practitioners only (the front desk has no need for it).
 */
@Stateless
@DenyAll
public class OutcomeService {

    /** At most this many administrations per page. */
    public static final int MAX_PAGE = 100;

    /** Clock skew tolerated for an administration time sent by a client. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private ClinicClock clock;

    /**
     * Scores and stores one administration. An administration that cannot be scored (too many
     * unanswered items) is stored too, with the reason, so the practitioner sees it was attempted.
     *
     * @param answers one per item in the instrument's order, {@code null} for an unanswered item
     * @param administeredAt when the patient answered; null for now
     * @throws InvalidAnswers an answer outside its item's range or the wrong number of answers (nothing stored)
     */
    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.FRONT_DESK})
    public OutcomeEntry record(long patientId, Instrument instrument, List<Integer> answers, Instant administeredAt) {
        Patient patient = patient(patientId);
        Instant now = clock.now();
        Instant at = administeredAt == null ? now : administeredAt;
        if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new DomainException("An outcome measure cannot be recorded for a time in the future.");
        }
        OutcomeMeasure measure = new OutcomeMeasure(patient, instrument, answers, at, caller());
        em.persist(measure);
        em.flush();
        if (!session.isCallerInRole(Role.Names.PRACTITIONER)) {
            return new OutcomeEntry(measure, null, null); // the change over time is clinical: practitioners only
        }
        return withChanges(patient, List.of(measure)).get(0);
    }

    /**
     * A page of the patient's administrations, newest first, each with its change since the
     * previous and the first scored administration of the same instrument.
     *
     * @param instrument null for every instrument
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public List<OutcomeEntry> history(long patientId, Instrument instrument, int first, int pageSize) {
        Patient patient = patient(patientId);
        TypedQuery<OutcomeMeasure> query = instrument == null
                ? em.createNamedQuery(OutcomeMeasure.OF_PATIENT, OutcomeMeasure.class)
                : em.createNamedQuery(OutcomeMeasure.OF_PATIENT_AND_INSTRUMENT, OutcomeMeasure.class)
                        .setParameter("instrument", instrument);
        List<OutcomeMeasure> page = query.setParameter("patient", patient)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE)))
                // the answers of the whole page in one query instead of one per row
                .setHint("eclipselink.batch", "o.answers")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        return withChanges(patient, page);
    }

    /** How many administrations {@link #history} pages through. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public long count(long patientId, Instrument instrument) {
        Patient patient = patient(patientId);
        TypedQuery<Long> query = instrument == null
                ? em.createNamedQuery(OutcomeMeasure.COUNT_OF_PATIENT, Long.class)
                : em.createNamedQuery(OutcomeMeasure.COUNT_OF_PATIENT_AND_INSTRUMENT, Long.class)
                        .setParameter("instrument", instrument);
        return query.setParameter("patient", patient).getSingleResult();
    }

    /** The patient's most recent administration of the instrument with its changes, if any. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public Optional<OutcomeEntry> latest(long patientId, Instrument instrument) {
        if (instrument == null) {
            throw new DomainException("Choose an instrument.");
        }
        return history(patientId, instrument, 0, 1).stream().findFirst();
    }

    /** One administration of the patient's, with its changes. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public OutcomeEntry find(long patientId, long measureId) {
        OutcomeMeasure measure = em.find(OutcomeMeasure.class, measureId);
        if (measure == null || !measure.getPatient().getId().equals(patientId)) {
            throw new DomainException("There is no outcome measure with id " + measureId + " for this patient.");
        }
        return withChanges(measure.getPatient(), List.of(measure)).get(0);
    }

    /**
     * Adds the changes to a newest-first list: per instrument, the previous scored administration
     * is the next older scored one in the list, or for the oldest in the list one query before it;
     * the baseline is one query per instrument. All queries use the (patient, instrument, time) index.
     */
    private List<OutcomeEntry> withChanges(Patient patient, List<OutcomeMeasure> newestFirst) {
        Map<Instrument, OutcomeMeasure> baselines = new HashMap<>();
        Map<Instrument, OutcomeMeasure> previous = new HashMap<>();
        Map<Instrument, OutcomeMeasure> oldest = new HashMap<>();
        for (OutcomeMeasure measure : newestFirst) {
            oldest.put(measure.getInstrument(), measure);
        }
        oldest.forEach((instrument, measure) -> {
            previous.put(instrument, scoredBefore(patient, measure));
            baselines.put(instrument, firstScored(patient, instrument));
        });
        List<OutcomeEntry> entries = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            OutcomeMeasure measure = newestFirst.get(i);
            measure.answers(); // loads the answers inside the transaction, for callers that read them after it
            Instrument instrument = measure.getInstrument();
            OutcomeMeasure before = previous.get(instrument);
            OutcomeMeasure baseline = baselines.get(instrument);
            Change sinceBaseline = baseline == null || baseline.equals(measure) ? null : measure.changeSince(baseline);
            entries.add(0, new OutcomeEntry(measure, measure.changeSince(before), sinceBaseline));
            if (measure.isScored()) {
                previous.put(instrument, measure);
            }
        }
        return entries;
    }

    private OutcomeMeasure scoredBefore(Patient patient, OutcomeMeasure measure) {
        return em.createNamedQuery(OutcomeMeasure.SCORED_BEFORE, OutcomeMeasure.class)
                .setParameter("patient", patient)
                .setParameter("instrument", measure.getInstrument())
                .setParameter("at", measure.getAdministeredAt())
                .setParameter("id", measure.getId())
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private OutcomeMeasure firstScored(Patient patient, Instrument instrument) {
        return em.createNamedQuery(OutcomeMeasure.FIRST_SCORED, OutcomeMeasure.class)
                .setParameter("patient", patient)
                .setParameter("instrument", instrument)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private Patient patient(long id) {
        Patient patient = em.find(Patient.class, id);
        if (patient == null) {
            throw new DomainException("There is no patient with id " + id + ".");
        }
        return patient;
    }

    private String caller() {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }
}
