package org.artclinic.clinic.security;

import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.audit.AuditContext;
import org.artclinic.clinic.audit.NotAudited;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.ClinicClock;

/**
 * Which patients a practitioner may open ({@link PatientAccess}, decision 0039), asked by
 * {@link CareTeamInterceptor} on every practitioner-only service call that names a patient, and
 * break-glass for the rest: a stated reason, kept as a {@link BreakGlassGrant} and written to the
 * audit trail as an EMERGENCY_ACCESS row with the reason.
 */
@Stateless
@DenyAll
public class CareTeamService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    @Resource
    private SessionContext context;

    /**
     * On what grounds {@code username} may open the patient now; {@link PatientAccess#NONE} when
     * they may not. A practitioner's own appointments are asked first, as they are the usual case;
     * each question reads the patient's few appointments through their index.
     */
    @PermitAll
    @NotAudited
    public PatientAccess access(String username, long patientId) {
        boolean own = exists("SELECT a.id FROM Appointment a WHERE a.patient.id = :patient "
                + "AND a.practitioner.userAccount.username = :username", username, patientId)
                || exists("SELECT p.id FROM TreatmentPlan p WHERE p.patient.id = :patient "
                        + "AND p.practitioner.userAccount.username = :username", username, patientId);
        if (own) {
            return PatientAccess.OWN_PATIENT;
        }
        boolean atMyLocation = exists("SELECT a.id FROM Appointment a WHERE a.patient.id = :patient "
                + "AND a.location.id IN (SELECT w.location.id FROM WorkingHours w "
                + "WHERE w.practitioner.userAccount.username = :username)", username, patientId);
        boolean bookedAnywhere = atMyLocation || !em.createQuery(
                "SELECT a.id FROM Appointment a WHERE a.patient.id = :patient", Long.class)
                .setParameter("patient", patientId).setMaxResults(1).getResultList().isEmpty();
        Instant until = atMyLocation || !bookedAnywhere ? null
                // the latest end, read as the column is mapped (MAX() would skip the converter on PostgreSQL)
                : em.createNamedQuery(BreakGlassGrant.LATEST_END, Instant.class).setParameter("username", username)
                        .setParameter("patientId", patientId).setMaxResults(1).getResultStream().findFirst().orElse(null);
        PatientAccess access = PatientAccess.of(false, atMyLocation, bookedAnywhere, until, clock.now());
        if (access == PatientAccess.NONE && em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultList().isEmpty()) {
            // asked last, as only a refusal needs it: no one signs in without an account
            return PatientAccess.RUN_AS;
        }
        return access;
    }

    /**
     * Break-glass: opens the patient's record to the calling practitioner for
     * {@link BreakGlassGrant#LASTS}, for the reason they give; audited as EMERGENCY_ACCESS with the
     * reason, and listed in the audit report for review.
     *
     * @return the grant, with when it ends
     * @throws DomainException for an unknown patient or a reason that says nothing
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public BreakGlassGrant breakGlass(long patientId, String reason) {
        if (em.find(Patient.class, patientId) == null) {
            throw new DomainException("There is no patient with id " + patientId + ".");
        }
        BreakGlassGrant grant = new BreakGlassGrant(context.getCallerPrincipal().getName(), patientId, reason,
                clock.now());
        em.persist(grant);
        AuditContext.detail("Break-glass until " + grant.getExpiresAt() + ". Reason: " + grant.getReason());
        return grant;
    }

    private boolean exists(String jpql, String username, long patientId) {
        return !em.createQuery(jpql, Long.class).setParameter("patient", patientId).setParameter("username", username)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
