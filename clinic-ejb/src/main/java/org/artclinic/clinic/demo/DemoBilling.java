package org.artclinic.clinic.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.artclinic.clinic.billing.FeeScheduleEntry;
import org.artclinic.clinic.billing.Payer;
import org.artclinic.clinic.billing.PayerKind;
import org.artclinic.clinic.billing.PayerRules;
import org.artclinic.clinic.billing.UnitRule;
import org.artclinic.clinic.common.Money;

/**
 * The demo clinic's payers and fee schedules (issue 12): Medicare Part B with the CMS 8-minute rule,
 * GP and the X modifiers and its KX thresholds; commercial payers, some with the per-service rule
 * and one that takes only 59; and fees for self-pay. The fees are round figures of our own, of the
 * size such payers pay, not any payer's published schedule.
 */
final class DemoBilling {

    static final String MEDICARE = "Medicare Part B";

    private record DemoPayer(String name, PayerKind kind, UnitRule rule, boolean gp, boolean x, String ediId,
            double feeFactor) {
    }

    private static final List<DemoPayer> PAYERS = List.of(
            new DemoPayer(MEDICARE, PayerKind.MEDICARE, UnitRule.CMS_8_MINUTE, true, true, "00952", 1.0),
            new DemoPayer("Heartland Medicare Supplement", PayerKind.COMMERCIAL, UnitRule.CMS_8_MINUTE, true, true,
                    "HMS01", 0.2),
            new DemoPayer("Prairie State Health Plan", PayerKind.COMMERCIAL, UnitRule.PER_SERVICE, false, false,
                    "PSHP1", 1.35),
            new DemoPayer("Lakeshore Mutual PPO", PayerKind.COMMERCIAL, UnitRule.PER_SERVICE, false, true, "LMPPO",
                    1.5),
            new DemoPayer("Front Range Health Alliance", PayerKind.COMMERCIAL, UnitRule.CMS_8_MINUTE, true, true,
                    "FRHA1", 1.25),
            new DemoPayer("Summit Peak HMO", PayerKind.COMMERCIAL, UnitRule.PER_SERVICE, false, false, "SPHMO", 1.1),
            new DemoPayer("Heartland National Insurance", PayerKind.COMMERCIAL, UnitRule.PER_SERVICE, false, true,
                    "HNI01", 1.4));

    /** Medicare-like base fees per unit, 2025; 2026 is 2.5% more. Self-pay has its own cash prices. */
    private static final Map<String, String> BASE = Map.ofEntries(
            Map.entry("97140", "28.00"), Map.entry("97110", "30.00"), Map.entry("97112", "35.00"),
            Map.entry("97530", "36.00"), Map.entry("97124", "26.00"), Map.entry("97750", "34.00"),
            Map.entry("97161", "100.00"), Map.entry("97162", "100.00"), Map.entry("97163", "100.00"),
            Map.entry("97164", "68.00"), Map.entry("98940", "29.00"), Map.entry("98941", "41.00"),
            Map.entry("98942", "53.00"), Map.entry("98943", "27.00"), Map.entry("99202", "70.00"),
            Map.entry("99203", "110.00"), Map.entry("99204", "165.00"), Map.entry("99205", "218.00"),
            Map.entry("99211", "23.00"), Map.entry("99212", "55.00"), Map.entry("99213", "90.00"),
            Map.entry("99214", "127.00"), Map.entry("99215", "178.00"));

    private static final Map<String, String> CASH = Map.ofEntries(
            Map.entry("97140", "45.00"), Map.entry("97110", "40.00"), Map.entry("97112", "45.00"),
            Map.entry("97530", "45.00"), Map.entry("97124", "35.00"), Map.entry("97750", "50.00"),
            Map.entry("97161", "120.00"), Map.entry("97162", "120.00"), Map.entry("97163", "120.00"),
            Map.entry("97164", "85.00"), Map.entry("98940", "55.00"), Map.entry("98941", "65.00"),
            Map.entry("98942", "75.00"), Map.entry("98943", "40.00"), Map.entry("99202", "95.00"),
            Map.entry("99203", "130.00"), Map.entry("99204", "185.00"), Map.entry("99205", "240.00"),
            Map.entry("99211", "35.00"), Map.entry("99212", "70.00"), Map.entry("99213", "105.00"),
            Map.entry("99214", "145.00"), Map.entry("99215", "195.00"));

    private DemoBilling() {
    }

    /** Adds the demo payers and their fees unless Medicare is on the list already; how many records. */
    static int ensurePayers(EntityManager em) {
        if (!em.createNamedQuery(Payer.BY_NAME, Payer.class).setParameter("name", MEDICARE.toLowerCase())
                .getResultList().isEmpty()) {
            return 0;
        }
        int records = 0;
        LocalDate y2025 = LocalDate.of(2025, 1, 1);
        LocalDate y2026 = LocalDate.of(2026, 1, 1);
        for (DemoPayer d : PAYERS) {
            Payer payer = new Payer(d.name(), d.kind(), new PayerRules(d.rule(), d.gp(), d.x(), d.ediId()));
            if (d.kind() == PayerKind.MEDICARE) {
                // CMS's KX thresholds: $2,410 for 2025 (CY 2025 PFS final rule), $2,480 for 2026 (CY 2026)
                payer.setKxThreshold(2025, Money.of("2410.00"));
                payer.setKxThreshold(2026, Money.of("2480.00"));
            }
            em.persist(payer);
            records++;
            for (Map.Entry<String, String> base : BASE.entrySet()) {
                java.math.BigDecimal fee2025 = new java.math.BigDecimal(base.getValue())
                        .multiply(java.math.BigDecimal.valueOf(d.feeFactor()))
                        .setScale(2, java.math.RoundingMode.HALF_EVEN);
                FeeScheduleEntry first = new FeeScheduleEntry(payer, base.getKey(), Money.of(fee2025), y2025);
                FeeScheduleEntry second = new FeeScheduleEntry(payer, base.getKey(), Money.of(fee2025
                        .multiply(new java.math.BigDecimal("1.025")).setScale(2, java.math.RoundingMode.HALF_EVEN)),
                        y2026);
                first.closeBefore(second);
                em.persist(first);
                em.persist(second);
                records += 2;
            }
        }
        Payer self = em.createNamedQuery(Payer.SELF_PAY, Payer.class).getSingleResult();
        for (Map.Entry<String, String> cash : CASH.entrySet()) {
            em.persist(new FeeScheduleEntry(self, cash.getKey(), Money.of(cash.getValue()), y2025));
            records++;
        }
        em.flush();
        return records;
    }
}
