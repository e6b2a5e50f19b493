package org.artclinic.clinic.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;

/**
 * The managers' reports, aggregated in the database (one grouped query each, never all rows loaded).
 * So far the A/R aging of open claims.
 */
@Stateless
@DenyAll
public class ReportService {

    /** Whom the A/R aging groups by. */
    public enum AgingBy {
        PAYER, PATIENT
    }

    /** What the revenue report groups by. */
    public enum RevenueBy {
        PRACTITIONER("s.practitioner.id", "s.practitioner.displayName"),
        CODE("l.code", "l.code"),
        PAYER("s.payer.id", "s.payer.name"),
        MONTH("EXTRACT(YEAR FROM s.dateOfService)", "EXTRACT(MONTH FROM s.dateOfService)");

        private final String key;
        private final String name;

        RevenueBy(String key, String name) {
            this.key = key;
            this.name = name;
        }
    }

    /**
     * The charges of signed visits with a date of service in the period (and of a location), grouped:
     * visits, units, charged, and what payers paid of the claims of those visits so far.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public List<Revenue> revenue(RevenueBy by, LocalDate from, LocalDate to, Long locationId) {
        requirePeriod(from, to);
        String where = " WHERE s.dateOfService BETWEEN :from AND :to" + (locationId == null ? "" : " AND s.location.id = :location");
        TypedQuery<Object[]> charges = em.createQuery("SELECT " + by.key + ", " + by.name
                + ", COUNT(DISTINCT s.id), SUM(l.units), SUM(l.amount.amount) FROM ChargeLine l JOIN l.sheet s" + where
                + " GROUP BY " + by.key + ", " + by.name + " ORDER BY " + by.key, Object[].class);
        // what payers paid is per claim, not per line: by code it is not known, and left out. A claim's
        // date of service is its sheet's (Claim's constructor); asked of the claim too, it lets the
        // database read only the period's claims by their own index (V26) instead of every claim
        TypedQuery<Object[]> paid = by == RevenueBy.CODE ? null : em.createQuery("SELECT " + by.key + ", " + by.name
                + ", SUM(c.paid.amount) FROM Claim c JOIN c.sheet s" + where
                + " AND c.dateOfService BETWEEN :from AND :to GROUP BY " + by.key + ", " + by.name, Object[].class);
        for (TypedQuery<Object[]> query : paid == null ? List.of(charges) : List.of(charges, paid)) {
            query.setParameter("from", from).setParameter("to", to);
            if (locationId != null) {
                query.setParameter("location", locationId);
            }
        }
        Map<String, Money> paidByKey = new java.util.HashMap<>();
        if (paid != null) {
            for (Object[] r : paid.getResultList()) {
                paidByKey.put(r[0] + "/" + r[1], money(r[2]));
            }
        }
        List<Revenue> rows = new ArrayList<>();
        for (Object[] r : charges.getResultList()) {
            String key = String.valueOf(r[0]);
            String name = by == RevenueBy.MONTH ? String.format("%04d-%02d", ((Number) r[0]).intValue(),
                    ((Number) r[1]).intValue()) : String.valueOf(r[1]);
            if (by == RevenueBy.MONTH) {
                key = name;
            }
            Money paidAmount = paidByKey.get(r[0] + "/" + r[1]);
            rows.add(new Revenue(key, name, ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), money(r[4]),
                    paid == null ? null : paidAmount == null ? Money.ZERO : paidAmount));
        }
        return rows;
    }

    /** No-shows and late cancellations per practitioner of appointments that began in the period. */
    @RolesAllowed(Role.Names.MANAGER)
    public List<Attendance> attendance(LocalDate from, LocalDate to, Long locationId) {
        requirePeriod(from, to);
        java.time.Instant start = from.atStartOfDay(java.time.ZoneOffset.MAX).toInstant();
        java.time.Instant end = to.plusDays(1).atStartOfDay(java.time.ZoneOffset.MIN).toInstant();
        java.time.Instant now = clock.now();
        // decision 0014: no boolean compared inside a CASE (EclipseLink writes 1, which H2 refuses), so
        // the late cancellations are a second grouped query with the flag in its WHERE
        String where = " FROM Appointment a WHERE a.startsAt >= :start AND a.startsAt < :end AND a.startsAt < :now"
                + (locationId == null ? "" : " AND a.location.id = :location");
        TypedQuery<Object[]> kept = em.createQuery("SELECT a.practitioner.id, a.practitioner.displayName, COUNT(a),"
                + " SUM(CASE WHEN a.status = org.artclinic.clinic.scheduling.AppointmentStatus.NO_SHOW THEN 1 ELSE 0 END)"
                + where + " AND a.status <> org.artclinic.clinic.scheduling.AppointmentStatus.CANCELLED"
                + " GROUP BY a.practitioner.id, a.practitioner.displayName", Object[].class);
        TypedQuery<Object[]> late = em.createQuery("SELECT a.practitioner.id, a.practitioner.displayName, COUNT(a)"
                + where + " AND a.lateCancellation = TRUE GROUP BY a.practitioner.id, a.practitioner.displayName",
                Object[].class);
        for (TypedQuery<Object[]> query : List.of(kept, late)) {
            query.setParameter("start", start).setParameter("end", end).setParameter("now", now);
            if (locationId != null) {
                query.setParameter("location", locationId);
            }
        }
        Map<Long, long[]> counts = new java.util.TreeMap<>();
        Map<Long, String> names = new java.util.HashMap<>();
        for (Object[] r : kept.getResultList()) {
            long id = ((Number) r[0]).longValue();
            names.put(id, (String) r[1]);
            long[] c = counts.computeIfAbsent(id, k -> new long[3]);
            c[0] += ((Number) r[2]).longValue();
            c[1] += ((Number) r[3]).longValue();
        }
        for (Object[] r : late.getResultList()) {
            long id = ((Number) r[0]).longValue();
            names.put(id, (String) r[1]);
            long[] c = counts.computeIfAbsent(id, k -> new long[3]);
            c[0] += ((Number) r[2]).longValue();
            c[2] += ((Number) r[2]).longValue();
        }
        return counts.entrySet().stream()
                .map(e -> new Attendance(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2]))
                .sorted(java.util.Comparator.comparing(Attendance::name)).toList();
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new org.artclinic.clinic.common.DomainException("Give the period: from a day to the same or a later day.");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) > 3660) {
            throw new org.artclinic.clinic.common.DomainException("A report covers at most ten years.");
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    /**
     * The open claims' balances (not paid, not written off) by payer or patient, aged by date of
     * service as of today, of every location or of one (the visit's).
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ArAging arAging(AgingBy by, Long locationId) {
        LocalDate today = clock.today();
        StringBuilder select = new StringBuilder("SELECT ");
        select.append(by == AgingBy.PAYER ? "c.payer.id, c.payer.name, c.payer.name"
                : "c.patient.id, c.patient.familyName, c.patient.givenName");
        AgingBucket[] buckets = AgingBucket.values();
        for (AgingBucket bucket : buckets) {
            // the youngest bucket has no upper bound: a date of service after today (another zone's
            // today) is 0 days old, as AgingBucket.of says
            List<String> conditions = new ArrayList<>();
            if (bucket.ordinal() > 0) {
                conditions.add("c.dateOfService <= :latest" + bucket.ordinal());
            }
            if (bucket.earliest(today) != null) {
                conditions.add("c.dateOfService >= :earliest" + bucket.ordinal());
            }
            select.append(", SUM(CASE WHEN ").append(String.join(" AND ", conditions))
                    .append(" THEN c.balance.amount ELSE 0 END)");
        }
        select.append(", SUM(c.balance.amount) FROM Claim c WHERE c.status NOT IN :closed AND c.balance.amount > 0");
        if (locationId != null) {
            select.append(" AND c.sheet.location.id = :location");
        }
        select.append(by == AgingBy.PAYER ? " GROUP BY c.payer.id, c.payer.name ORDER BY c.payer.name"
                : " GROUP BY c.patient.id, c.patient.familyName, c.patient.givenName"
                        + " ORDER BY c.patient.familyName, c.patient.givenName");
        TypedQuery<Object[]> query = em.createQuery(select.toString(), Object[].class)
                .setParameter("closed", List.of(ClaimStatus.PAID, ClaimStatus.WRITTEN_OFF));
        if (locationId != null) {
            query.setParameter("location", locationId);
        }
        for (AgingBucket bucket : buckets) {
            if (bucket.ordinal() > 0) {
                query.setParameter("latest" + bucket.ordinal(), bucket.latest(today));
            }
            if (bucket.earliest(today) != null) {
                query.setParameter("earliest" + bucket.ordinal(), bucket.earliest(today));
            }
        }
        List<ArAging.Row> rows = new ArrayList<>();
        Map<AgingBucket, Money> totals = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : buckets) {
            totals.put(bucket, Money.ZERO);
        }
        Money total = Money.ZERO;
        for (Object[] r : query.getResultList()) {
            Map<AgingBucket, Money> amounts = new EnumMap<>(AgingBucket.class);
            for (AgingBucket bucket : buckets) {
                Money amount = money(r[3 + bucket.ordinal()]);
                amounts.put(bucket, amount);
                totals.put(bucket, totals.get(bucket).plus(amount));
            }
            Money rowTotal = money(r[3 + buckets.length]);
            total = total.plus(rowTotal);
            String name = by == AgingBy.PAYER ? (String) r[1] : r[1] + ", " + r[2];
            rows.add(new ArAging.Row(((Number) r[0]).longValue(), name, amounts, rowTotal));
        }
        return new ArAging(today, rows, totals, total);
    }

    private static Money money(Object value) {
        if (value == null) {
            return Money.ZERO;
        }
        return Money.of(value instanceof BigDecimal b ? b : new BigDecimal(value.toString()));
    }
}
