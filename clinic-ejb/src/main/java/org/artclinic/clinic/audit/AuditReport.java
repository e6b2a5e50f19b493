package org.artclinic.clinic.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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

    /** For {@link #page}: its own entity manager, one connection for its two queries. */
    @jakarta.persistence.PersistenceUnit
    private jakarta.persistence.EntityManagerFactory readers;

    @EJB
    private AuditSealer sealer;

    @EJB
    private org.artclinic.clinic.setup.ClinicSetupService setup;

    /** At most this many lines in a patient's access history; the total says how many there were. */
    public static final int MAX_HISTORY = 2_000;

    /**
     * A patient's access history, to give to the patient ("who saw my record"; ONC 170.315(d)(3),
     * and the accounting a patient may ask for under 45 CFR 164.528): the patient as the report
     * names them, the period, and one line per recorded access, newest first.
     */
    public record AccessHistory(String patientName, String chartNumber, Instant from, Instant to,
            List<AccessLine> lines, long total) {
    }

    /**
     * One access in words a patient reads: when, who (the name staff are known by), in which role,
     * what they did to which part of the record, how it ended, and the reason given for an
     * emergency access.
     */
    public record AccessLine(Instant at, String person, String role, AuditAction action, String record,
            AuditOutcome outcome, String reason) {
    }

    /** @throws org.artclinic.clinic.common.DomainException for an unknown patient */
    @RolesAllowed(Role.Names.ADMIN)
    public AccessHistory accessHistory(long patientId, Instant from, Instant to) {
        org.artclinic.clinic.patient.Patient patient = em.find(org.artclinic.clinic.patient.Patient.class, patientId);
        if (patient == null) {
            throw new org.artclinic.clinic.common.DomainException("There is no patient with id " + patientId + ".");
        }
        AuditFilter filter = new AuditFilter(from, to, null, patientId, null);
        List<AuditEvent> events = events(filter, 0, MAX_HISTORY);
        Map<String, String> names = setup.peopleNames(events.stream().map(AuditEvent::getUser).toList());
        List<AccessLine> lines = events.stream().map(e -> new AccessLine(e.getAt(),
                names.getOrDefault(e.getUser(), e.getUser()), e.getRoles(), e.getAction(), words(e.getRecordType()),
                e.getOutcome(), e.getAction() == AuditAction.EMERGENCY_ACCESS ? e.getDetail() : null)).toList();
        return new AccessHistory(patient.getFullName(), patient.getChartNumber(), from, to, lines,
                events.size() < MAX_HISTORY ? events.size() : count(filter));
    }

    /** "VisitNote" as "visit note". */
    private static String words(String type) {
        return type == null ? null : type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public long count(AuditFilter filter) {
        return count(em, filter);
    }

    private static long count(EntityManager em, AuditFilter filter) {
        // the time is in every index of the trail (by time, patient or user): counting it instead of
        // the id lets PostgreSQL count from the index alone, not read each event's row (decision 0061)
        return query(em, "SELECT COUNT(e.at) FROM AuditEvent e", filter, "", Long.class).getSingleResult();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEvent> events(AuditFilter filter, int first, int max) {
        return events(em, filter, first, max);
    }

    private static List<AuditEvent> events(EntityManager em, AuditFilter filter, int first, int max) {
        return query(em, "SELECT e FROM AuditEvent e", filter, " ORDER BY e.at DESC, e.id DESC", AuditEvent.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * A report counts the events its filter matches up to this many, and past it says "more than"
     * (decision 0065): ten years of a group practice's trail are about 28 million events, and counting
     * them all took seconds for a total nobody pages through; the export reads them all.
     */
    public static final int COUNT_LIMIT = 10_000;

    /**
     * How many events a filter matches: {@code count} itself when {@code exact}, otherwise
     * {@link #COUNT_LIMIT}, and there are more.
     */
    public record Total(long count, boolean exact) implements java.io.Serializable {
    }

    /**
     * How many events the filter matches, counted up to {@link #COUNT_LIMIT}: the database stops
     * after one more than that, whatever the period, instead of reading the period's whole index
     * range (a native query, because JPQL has no limit on a sub-select). A patient's events are
     * counted exactly.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Total total(AuditFilter f) {
        return total(em, f);
    }

    private static Total total(EntityManager em, AuditFilter f) {
        if (f.patientId() != null) {
            // one patient's history, thousands of events at most (the busiest of the scale-1 clinic: 6,757 in ten
            // years), is counted exactly, as their access history is: a limit would only add its own step to the plan
            return new Total(count(em, f), true);
        }
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (f.from() != null) {
            where.add("occurred_at >= ?");
            values.add(f.from().atOffset(java.time.ZoneOffset.UTC));
        }
        if (f.to() != null) {
            where.add("occurred_at < ?");
            values.add(f.to().atOffset(java.time.ZoneOffset.UTC));
        }
        if (f.user() != null && !f.user().isBlank()) {
            where.add("username = ?");
            values.add(f.user().strip());
        }
        if (f.action() != null) {
            where.add("action = ?");
            values.add(f.action().name());
        }
        // the sub-select names only indexed columns, so PostgreSQL reads the index alone (decision 0061)
        jakarta.persistence.Query query = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM audit_event"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " LIMIT " + (COUNT_LIMIT + 1)
                + ") limited");
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        long counted = ((Number) query.getSingleResult()).longValue();
        return counted > COUNT_LIMIT ? new Total(COUNT_LIMIT, false) : new Total(counted, true);
    }

    /** A page of events and how many the filter matches in all, up to {@link #COUNT_LIMIT}. */
    public record Page(Total total, List<AuditEvent> events) {
    }

    /**
     * A page of events, newest first, with the filter's total: the API's page. It only reads, so it
     * runs without a transaction of its own (SUPPORTS), as the token check does: under READ COMMITTED
     * (PostgreSQL's and H2's) a transaction gives its two statements no more agreement than autocommit,
     * while its COMMIT and the transaction manager's work cost every call. Outside a transaction the
     * container's entity manager borrows and checks a connection for each query; this one, made here
     * and closed at the end, borrows one for both (exclusive connections, decision 0060).
     */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page page(AuditFilter filter, int first, int max) {
        EntityManager reader = readers.createEntityManager();
        try {
            return new Page(total(reader, filter), events(reader, filter, first, max));
        } finally {
            reader.close();
        }
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

    /**
     * The orders the report offers, each backed by an index of {@code audit_event} (occurred_at, or
     * username then occurred_at), with the id breaking ties so that a page and an export are stable.
     */
    public enum Order {
        NEWEST_FIRST(" ORDER BY e.at DESC, e.id DESC", "(e.at < :kAt OR (e.at = :kAt AND e.id < :kId))"),
        OLDEST_FIRST(" ORDER BY e.at ASC, e.id ASC", "(e.at > :kAt OR (e.at = :kAt AND e.id > :kId))"),
        BY_USER(" ORDER BY e.user ASC, e.at DESC, e.id DESC",
                "(e.user > :kUser OR (e.user = :kUser AND (e.at < :kAt OR (e.at = :kAt AND e.id < :kId))))");

        private final String orderBy;
        private final String after;

        Order(String orderBy, String after) {
            this.orderBy = orderBy;
            this.after = after;
        }
    }

    private static final String ROWS = "SELECT e, p.familyName, p.givenName FROM AuditEvent e"
            + " LEFT JOIN Patient p ON p.id = e.patientId";

    /** A page of events with their patients' names, read in one query, newest first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Row> rows(AuditFilter filter, int first, int max) {
        return rows(filter, Order.NEWEST_FIRST, first, max);
    }

    /** A page of events with their patients' names, read in one query, in the order asked. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Row> rows(AuditFilter filter, Order order, int first, int max) {
        return rowsOf(query(em, ROWS, filter, order.orderBy, Object[].class).setFirstResult(first).setMaxResults(max));
    }

    private static List<Row> rowsOf(TypedQuery<Object[]> query) {
        return query.getResultStream()
                .map(r -> new Row((AuditEvent) r[0], r[1] == null ? null : r[1] + ", " + r[2])).toList();
    }

    /** Rows handed to an export a chunk at a time. */
    public static final int EXPORT_CHUNK = 1_000;

    /**
     * Exports every event the filter matches, the whole period and not a page, in the order asked:
     * reads them a chunk at a time (keyset, so the millionth row costs what the first did) and hands
     * each chunk to {@code sink}, which writes it out. The export is itself an EXPORT event of the
     * trail (ONC 170.315(d)(3) asks for the report to be exportable; (d)(2) for exports to be
     * recorded). Runs outside a transaction: it only reads, and a long export must not time one out.
     *
     * @return how many events were exported
     */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long exportEvents(AuditFilter filter, Order order, java.util.function.Consumer<List<Row>> sink) {
        long exported = 0;
        AuditEvent last = null;
        while (true) {
            TypedQuery<Object[]> chunk = last == null ? query(em, ROWS, filter, order.orderBy, Object[].class)
                    : query(em, ROWS, filter, order.after, order.orderBy, Object[].class)
                            .setParameter("kAt", last.getAt()).setParameter("kId", last.getId());
            if (last != null && order == Order.BY_USER) {
                chunk.setParameter("kUser", last.getUser());
            }
            List<Row> rows = rowsOf(chunk.setMaxResults(EXPORT_CHUNK));
            if (rows.isEmpty()) {
                break;
            }
            sink.accept(rows);
            exported += rows.size();
            last = rows.get(rows.size() - 1).event();
            em.clear();
        }
        AuditContext.detail(exported + " audit events exported" + (filter.patientId() == null ? ""
                : " for patient " + filter.patientId()) + (filter.user() == null ? "" : " of user " + filter.user()));
        return exported;
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, AuditFilter f, String order, Class<T> type) {
        return query(em, select, f, null, order, type);
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, AuditFilter f, String condition, String order,
            Class<T> type) {
        List<String> where = new ArrayList<>();
        if (condition != null) {
            where.add(condition);
        }
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
