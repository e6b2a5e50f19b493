package org.artclinic.clinic.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.artclinic.clinic.billing.Adjustment;
import org.artclinic.clinic.billing.AdjustmentGroup;
import org.artclinic.clinic.billing.ChargeSheet;
import org.artclinic.clinic.billing.ChargeStatus;
import org.artclinic.clinic.billing.Claim;
import org.artclinic.clinic.billing.ClaimStatus;
import org.artclinic.clinic.billing.FeeScheduleEntry;
import org.artclinic.clinic.billing.Payer;
import org.artclinic.clinic.billing.PayerKind;
import org.artclinic.clinic.billing.PayerRules;
import org.artclinic.clinic.billing.Payment;
import org.artclinic.clinic.billing.PaymentMethod;
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
    /** Who approved, claimed and posted in the demo's history. */
    static final String MANAGER = "manager";
    /** Who took the copays at check-in. */
    static final String FRONT_DESK = "frontdesk";

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

    /** The clinic days whose clean charges still wait for the manager's review. */
    static final int REVIEW_DAYS = 2;

    /**
     * The last {@code count} days on which the clinic had visits, of these dates of service: on a
     * Monday morning the charges of Thursday and Friday, not of "the last three days", which were a
     * weekend and left the demo's review queue without a clean charge every Monday.
     */
    static java.util.Set<java.time.LocalDate> lastClinicDays(java.util.Collection<java.time.LocalDate> datesOfService,
            int count) {
        return datesOfService.stream().distinct().sorted(java.util.Comparator.reverseOrder()).limit(count)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The demo's billing history from its charges, as a manager would have worked it: charges without
     * warnings approved, except those of the last two clinic days, which wait in the review queue;
     * their claims (not self-pay) made, those older than a week sent, and those older than three weeks paid by the payer (most in full less a contractual
     * adjustment and the patient's coinsurance, some in part, a few denied); the copays taken at
     * check-in recorded as the patients' payments. Seeded random choices: the same demo every time.
     *
     * @return how many records were written
     */
    static int history(EntityManager em, List<ChargeSheet> sheets, java.util.List<org.artclinic.clinic.scheduling.Appointment> checkedIn,
            java.time.Instant now, java.time.LocalDate today) {
        java.util.Random rnd = new java.util.Random(20_261_203L);
        int records = 0;
        java.util.Set<java.time.LocalDate> awaitingReview = lastClinicDays(sheets.stream()
                .map(ChargeSheet::getDateOfService).toList(), REVIEW_DAYS);
        for (ChargeSheet sheet : sheets) {
            long age = java.time.temporal.ChronoUnit.DAYS.between(sheet.getDateOfService(), today);
            if (awaitingReview.contains(sheet.getDateOfService()) || sheet.getOpenWarnings() > 0
                    || sheet.getStatus() != ChargeStatus.TO_REVIEW) {
                continue;
            }
            java.time.Instant at = sheet.getCreatedAt().plus(java.time.Duration.ofDays(2));
            sheet.approve(MANAGER, at);
            if (sheet.getPayer().isSelfPay() || sheet.getTotal().isZero()) {
                continue;
            }
            Claim claim = Claim.primary(sheet, at, MANAGER);
            em.persist(claim);
            records++;
            if (age < 7) {
                continue;
            }
            claim.moveTo(ClaimStatus.READY, null, at, MANAGER);
            claim.moveTo(ClaimStatus.SUBMITTED, "Sent in the demo's 837P batch", at.plus(java.time.Duration.ofDays(1)),
                    MANAGER);
            if (age < 21) {
                continue;
            }
            java.time.Instant paidAt = at.plus(java.time.Duration.ofDays(14 + rnd.nextInt(10)));
            int roll = rnd.nextInt(100);
            if (paidAt.isAfter(now)) {
                continue;
            }
            if (roll < 8) {
                claim.moveTo(ClaimStatus.DENIED, "CO-50: not deemed medically necessary by the payer", paidAt, MANAGER);
                continue;
            }
            java.math.BigDecimal charged = claim.getCharged().amount();
            java.math.BigDecimal contractual = charged.multiply(new java.math.BigDecimal("0.15"))
                    .setScale(2, java.math.RoundingMode.HALF_EVEN);
            java.math.BigDecimal coinsurance = charged.subtract(contractual).multiply(new java.math.BigDecimal("0.20"))
                    .setScale(2, java.math.RoundingMode.HALF_EVEN);
            java.math.BigDecimal paid = charged.subtract(contractual).subtract(coinsurance);
            if (roll < 25) {
                // paid in part: the payer holds back a line for review
                paid = paid.multiply(new java.math.BigDecimal("0.5")).setScale(2, java.math.RoundingMode.HALF_EVEN);
            }
            List<Adjustment> adjustments = new java.util.ArrayList<>();
            if (contractual.signum() > 0) {
                adjustments.add(new Adjustment(AdjustmentGroup.CO, "45", Money.of(contractual)));
            }
            if (coinsurance.signum() > 0) {
                adjustments.add(new Adjustment(AdjustmentGroup.PR, "2", Money.of(coinsurance)));
            }
            Payment payment = Payment.fromPayer(claim, Money.of(paid), adjustments,
                    paidAt.atZone(java.time.ZoneOffset.UTC).toLocalDate(), PaymentMethod.EFT,
                    "EFT" + (100000 + rnd.nextInt(900000)), MANAGER, paidAt);
            claim.post(payment, paidAt, MANAGER);
            em.persist(payment);
            records++;
        }
        for (org.artclinic.clinic.scheduling.Appointment visit : checkedIn) {
            if (visit.getCopayCollected() == null || visit.getCopayCollected().isZero()) {
                continue;
            }
            em.persist(Payment.fromPatient(visit.getPatient(), visit.getCopayCollected(),
                    visit.getStartsAt().atZone(visit.getLocation().getZone()).toLocalDate(), PaymentMethod.NOT_RECORDED,
                    "Copay at check-in", visit.getId(), FRONT_DESK, visit.getStartsAt()));
            records++;
        }
        em.flush();
        return records;
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
