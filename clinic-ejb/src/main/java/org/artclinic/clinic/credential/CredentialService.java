package org.artclinic.clinic.credential;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Practitioner;

/**
 * Practitioner credentials: administrators read and save them (optimistic locking on the whole
 * set), a practitioner reads their own (to renew in time: My day shows what runs out), charting
 * asks {@link #requireMayChart} in its own transaction, and the warnings are read by the indexed
 * expiry dates, never by loading every practitioner's credentials.
 */
@Stateless
@DenyAll
public class CredentialService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private ClinicClock clock;

    @EJB
    private ClinicSetupService setup;

    /** A practitioner's credentials with today's warnings: administrators, or the practitioner themself. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PRACTITIONER})
    public Credentials credentials(long practitionerId) {
        Practitioner practitioner = setup.practitioner(practitionerId);
        requireAdminOrSelf(practitioner);
        return Credentials.of(practitioner, recorded(practitionerId).orElse(null), clock.today());
    }

    /**
     * Replaces a practitioner's licence and certifications.
     *
     * @param version the version read (0 when none were recorded): a save over someone else's is refused
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Credentials save(long practitionerId, long version, CredentialsRequest request) {
        if (request == null) {
            throw new DomainException("Send the licence and the certifications to save.");
        }
        Practitioner practitioner = setup.practitioner(practitionerId);
        // one save at a time per practitioner, so two first saves do not both insert
        em.lock(practitioner, LockModeType.PESSIMISTIC_WRITE);
        Licence licence = request.licence();
        List<Certification> certifications = request.certificationList();
        String what = "the credentials of " + practitioner.getDisplayName();
        PractitionerCredentials recorded = recorded(practitionerId).orElse(null);
        if (recorded == null) {
            if (version != 0) {
                throw new DomainException("Someone else changed " + what + " while you were editing. "
                        + "Reload to see their changes, then make yours again.");
            }
            recorded = new PractitionerCredentials(practitioner, licence, certifications);
            em.persist(recorded);
        } else {
            recorded.requireVersion(version, what);
            recorded.replace(licence, certifications);
        }
        em.flush();
        return Credentials.of(practitioner, recorded, clock.today());
    }

    /**
     * Refuses, naming the missing credential, unless the practitioner's licence is current today and
     * a current ART certification covers {@code group}. Charting calls it in the transaction that
     * writes the entry, so credentials changed meanwhile are seen.
     *
     * @throws DomainException e.g. "Dr. Priya Raman holds no current ART Lower Extremity certification
     *         (it expired on 2026-10-31)."
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PRACTITIONER})
    public void requireMayChart(long practitionerId, RegionGroup group) {
        refusalToChart(practitionerId, group).ifPresent(refusal -> {
            throw new DomainException(refusal);
        });
    }

    /** Why the practitioner may not chart a protocol of {@code group} today; empty when they may. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PRACTITIONER})
    public Optional<String> refusalToChart(long practitionerId, RegionGroup group) {
        Practitioner practitioner = setup.practitioner(practitionerId);
        LocalDate today = clock.today();
        return recorded(practitionerId).map(c -> c.refusal(group, today))
                .orElseGet(() -> CredentialCoverage.refusal(practitioner.getDisplayName(), null, List.of(), group,
                        today));
    }

    /**
     * What runs out within 60 days or has run out, per active practitioner (by id, in name order):
     * two queries on the expiry indexes, so the read grows with the warnings, not with the staff.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Map<Long, List<CredentialWarning>> warnings() {
        LocalDate today = clock.today();
        LocalDate horizon = CredentialCoverage.horizon(today);
        Map<Long, PractitionerCredentials> expiring = new LinkedHashMap<>();
        Stream.of(PractitionerCredentials.LICENCE_EXPIRING, PractitionerCredentials.CERTIFICATION_EXPIRING)
                .flatMap(query -> em.createNamedQuery(query, PractitionerCredentials.class)
                        .setParameter("horizon", horizon).getResultStream())
                .filter(c -> c.getPractitioner().isActive())
                .forEach(c -> expiring.putIfAbsent(c.getId(), c));
        Map<Long, List<CredentialWarning>> warnings = new LinkedHashMap<>();
        expiring.values().stream()
                .sorted(Comparator.comparing((PractitionerCredentials c) -> c.getPractitioner().getDisplayName()))
                .forEach(c -> {
                    List<CredentialWarning> found = c.warnings(today);
                    if (!found.isEmpty()) {
                        warnings.put(c.getPractitioner().getId(), found);
                    }
                });
        return warnings;
    }

    /** What of one practitioner's credentials runs out within 60 days or has run out: administrators or themself. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PRACTITIONER})
    public List<CredentialWarning> warnings(long practitionerId) {
        return credentials(practitionerId).warnings();
    }

    private Optional<PractitionerCredentials> recorded(long practitionerId) {
        return em.createNamedQuery(PractitionerCredentials.OF_PRACTITIONER, PractitionerCredentials.class)
                .setParameter("practitioner", practitionerId).getResultStream().findFirst();
    }

    /** A practitioner reads only their own credentials; an administrator anyone's. */
    private void requireAdminOrSelf(Practitioner practitioner) {
        if (session.isCallerInRole(Role.Names.ADMIN)) {
            return;
        }
        Principal caller = session.getCallerPrincipal();
        boolean self = caller != null && practitioner.getUserAccount() != null
                && practitioner.getUserAccount().getUsername().equals(caller.getName());
        if (!self) {
            throw new EJBAccessException("Only administrators read another practitioner's credentials.");
        }
    }
}
