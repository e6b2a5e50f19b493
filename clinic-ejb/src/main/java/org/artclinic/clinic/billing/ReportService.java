package org.artclinic.clinic.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
@RolesAllowed(Role.Names.MANAGER)
public class ReportService {

    /** Whom the A/R aging groups by. */
    public enum AgingBy {
        PAYER, PATIENT
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    /** The open claims' balances (not paid, not written off) by payer or patient, aged by date of service. */
    public ArAging arAging(AgingBy by) {
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
        select.append(by == AgingBy.PAYER ? " GROUP BY c.payer.id, c.payer.name ORDER BY c.payer.name"
                : " GROUP BY c.patient.id, c.patient.familyName, c.patient.givenName"
                        + " ORDER BY c.patient.familyName, c.patient.givenName");
        TypedQuery<Object[]> query = em.createQuery(select.toString(), Object[].class)
                .setParameter("closed", List.of(ClaimStatus.PAID, ClaimStatus.WRITTEN_OFF));
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
