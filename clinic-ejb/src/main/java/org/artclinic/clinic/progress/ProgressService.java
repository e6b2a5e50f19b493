package org.artclinic.clinic.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.IntakeAssessment;
import org.artclinic.clinic.outcome.OutcomeMeasure;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;

/**
 * A patient's progress for practitioners (decision 0033): range of motion per movement with left and
 * right side by side, pain, and outcome scores over a period. Each source is read in a bounded query
 * (the latest {@link #MAX_VISITS} visits of the period and so on), never a whole table; a period
 * without a start shows the whole history up to those bounds, and one with a start (a treatment
 * plan's, say) keeps the intake before it as the baseline.
 */
@Stateless
@DenyAll
public class ProgressService {

    /** The most visits, outcome measures and intakes one chart reads: about two years of weekly care. */
    public static final int MAX_VISITS = 120;
    public static final int MAX_MEASURES = 120;
    public static final int MAX_INTAKES = 12;

    /** EclipseLink's batch-reading hints (org.eclipse.persistence.config.QueryHints.BATCH, BATCH_TYPE). */
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    /** Dates before this are not a clinic's records: the start of an open period. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    /**
     * The progress of a patient from the start of {@code from} to the end of {@code to}, days in the
     * clinic's zone; either may be null (the whole history, up to today).
     *
     * @throws DomainException when there is no such patient, or the period ends before it starts
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public Progress of(long patientId, LocalDate from, LocalDate to) {
        if (em.find(Patient.class, patientId) == null) {
            throw new DomainException("There is no patient with id " + patientId + ".");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("The period ends (" + to + ") before it starts (" + from + ").");
        }
        ZoneId zone = clock.zone();
        Instant start = (from == null ? EARLIEST : from).atStartOfDay(zone).toInstant();
        Instant end = (to == null ? clock.today() : to).plusDays(1).atStartOfDay(zone).toInstant();
        Progress.Builder progress = Progress.builder();

        List<IntakeAssessment> intakes = new ArrayList<>(em.createNamedQuery(IntakeAssessment.OF_PATIENT_BETWEEN,
                        IntakeAssessment.class)
                .setParameter("patient", patientId).setParameter("from", start).setParameter("to", end)
                .setMaxResults(MAX_INTAKES).getResultList());
        if (from != null) {
            em.createNamedQuery(IntakeAssessment.OF_PATIENT_BEFORE, IntakeAssessment.class)
                    .setParameter("patient", patientId).setParameter("before", start)
                    .setMaxResults(1).getResultStream().findFirst().ifPresent(intakes::add);
        }
        intakes.forEach(progress::intake);

        // the entries (with their protocols) and re-tests of all the notes in one query each, not one per note:
        // EclipseLink's batch reading, by the notes' ids (a provider hint; other providers ignore it)
        List<VisitNote> notes = new ArrayList<>(em.createNamedQuery(VisitNote.OF_PATIENT_BETWEEN, VisitNote.class)
                .setParameter("patient", patientId).setParameter("from", start).setParameter("to", end)
                .setHint(BATCH, "n.artEntries").setHint(BATCH, "n.artEntries.protocol").setHint(BATCH, "n.romRetests")
                .setHint(BATCH_TYPE, "IN")
                .setMaxResults(MAX_VISITS).getResultList());
        Collections.reverse(notes); // the entries of one visit are read in the order charted
        notes.forEach(progress::visit);

        em.createNamedQuery(OutcomeMeasure.OF_PATIENT_BETWEEN, OutcomeMeasure.class)
                .setParameter("patient", patientId).setParameter("from", start).setParameter("to", end)
                .setMaxResults(MAX_MEASURES).getResultList()
                .forEach(measure -> progress.outcome(measure.getInstrument(), measure.getAdministeredAt(),
                        measure.getScore()));
        return progress.build();
    }

    /** The clinic's zone, in which the chart's dates are read. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public ZoneId zone() {
        return clock.zone();
    }
}
