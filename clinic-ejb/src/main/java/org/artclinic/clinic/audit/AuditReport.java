package org.artclinic.clinic.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.artclinic.clinic.security.Role;

/**
 * The audit report (ONC 170.315(d)(3)) for administrators: the events of a period, filtered by user,
 * patient and action, a page at a time, newest first; and the verification of the hash chain
 * (170.315(d)(10)), which names the first broken link.
 */
@Stateless
@DenyAll
public class AuditReport {

    /** Seals read per query while verifying. */
    private static final int CHUNK = 1_000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditSealer sealer;

    @RolesAllowed(Role.Names.ADMIN)
    public long count(AuditFilter filter) {
        return query("SELECT COUNT(e) FROM AuditEvent e", filter, "", Long.class).getSingleResult();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEvent> events(AuditFilter filter, int first, int max) {
        return query("SELECT e FROM AuditEvent e", filter, " ORDER BY e.at DESC, e.id DESC", AuditEvent.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The id of the patient with this chart number, for the report's patient filter. */
    @RolesAllowed(Role.Names.ADMIN)
    public Optional<Long> patientOfChart(String chartNumber) {
        return em.createNamedQuery(org.artclinic.clinic.patient.Patient.BY_CHART_NUMBER,
                org.artclinic.clinic.patient.Patient.class)
                .setParameter("chartNumber", chartNumber == null ? "" : chartNumber.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().map(org.artclinic.clinic.patient.Patient::getId);
    }

    /** An event with the name of its patient (when it names one), for the report's page. */
    public record Row(AuditEvent event, String patientName) implements java.io.Serializable {
    }

    /** A page of events with their patients' names, read in one query. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Row> rows(AuditFilter filter, int first, int max) {
        return query("SELECT e, p.familyName, p.givenName FROM AuditEvent e LEFT JOIN Patient p ON p.id = e.patientId",
                filter, " ORDER BY e.at DESC, e.id DESC", Object[].class).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(r -> new Row((AuditEvent) r[0], r[1] == null ? null : r[1] + ", " + r[2]))
                .toList();
    }

    private <T> TypedQuery<T> query(String select, AuditFilter f, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new java.util.HashMap<>();
        if (f.from() != null) {
            where.add("e.at >= :from");
            values.put("from", f.from());
        }
        if (f.to() != null) {
            where.add("e.at < :to");
            values.put("to", f.to());
        }
        if (f.user() != null && !f.user().isBlank()) {
            where.add("e.user = :user");
            values.put("user", f.user().strip());
        }
        if (f.patientId() != null) {
            where.add("e.patientId = :patient");
            values.put("patient", f.patientId());
        }
        if (f.action() != null) {
            where.add("e.action = :action");
            values.put("action", f.action());
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + order, type);
        values.forEach(query::setParameter);
        return query;
    }

    /** What a verification found. */
    public record Verification(long checked, Optional<AuditChain.Break> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }
    }

    /**
     * Seals what is waiting, then walks the whole chain in position order, a chunk at a time,
     * recomputing each link from its event as stored now; the first broken link, if any. A chain that
     * ends before its head (links cut off the end) is broken too.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Verification verify() {
        while (sealer.seal() == AuditSealer.BATCH) {
            // keep sealing until nothing waits
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ONLY);
        em.refresh(head);
        long position = 0;
        String hash = AuditChain.GENESIS;
        long checked = 0;
        while (true) {
            List<Object[]> rows = em.createQuery("SELECT s, e FROM AuditSeal s LEFT JOIN AuditEvent e ON e.id = s.eventId"
                    + " WHERE s.position > :after ORDER BY s.position", Object[].class)
                    .setParameter("after", position).setMaxResults(CHUNK).getResultList();
            if (rows.isEmpty()) {
                break;
            }
            List<AuditChain.Link> links = new ArrayList<>();
            for (Object[] row : rows) {
                AuditSeal s = (AuditSeal) row[0];
                AuditEvent e = (AuditEvent) row[1];
                links.add(new AuditChain.Link(s.getPosition(), s.getEventId(), s.getPreviousHash(), s.getHash(),
                        e == null ? null : e.canonical()));
            }
            Optional<AuditChain.Break> broken = AuditChain.verify(position, hash, links);
            if (broken.isPresent()) {
                return new Verification(checked + broken.get().position() - position - 1, broken);
            }
            AuditChain.Link last = links.get(links.size() - 1);
            position = last.position();
            hash = last.hash();
            checked += links.size();
            em.clear();
        }
        if (position != head.getLastPosition() || !hash.equals(head.getLastHash())) {
            return new Verification(checked, Optional.of(new AuditChain.Break(position + 1, 0,
                    "the chain ends at position " + position + " but was sealed up to " + head.getLastPosition()
                            + ": its last links were removed")));
        }
        return new Verification(checked, Optional.empty());
    }
}
