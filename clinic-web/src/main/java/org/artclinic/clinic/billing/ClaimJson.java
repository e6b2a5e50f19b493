package org.artclinic.clinic.billing;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of claims, payments, balances and the A/R aging (money as strings, "28.50"). */
public final class ClaimJson {

    private ClaimJson() {
    }

    @Schema(name = "ClaimEvent", requiredProperties = {"at", "by", "to"})
    public record EventJson(String at, String by, String from, String to, String note) {
    }

    @Schema(name = "Adjustment", requiredProperties = {"group", "reasonCode", "amount"})
    public record AdjustmentJson(@Schema(description = "CO, PR, OA or PI") String group,
            @Schema(description = "the claim adjustment reason code, e.g. 45, 1, 2, 3") String reasonCode,
            String amount) {
        static AdjustmentJson of(Adjustment a) {
            return new AdjustmentJson(a.getGroup().name(), a.getReasonCode(), BillingJson.money(a.getAmount()));
        }
    }

    @Schema(name = "Payment", requiredProperties = {"id", "source", "patientId", "amount", "receivedOn", "method",
            "postedBy", "adjustments"})
    public record PaymentJson(long id, @Schema(description = "PAYER or PATIENT") String source, long patientId,
            Long claimId, String amount, String receivedOn, String method, String reference, String postedBy,
            List<AdjustmentJson> adjustments) {
        static PaymentJson of(Payment p) {
            return new PaymentJson(p.getId(), p.getSource().name(), p.getPatient().getId(),
                    p.getClaim() == null ? null : p.getClaim().getId(), BillingJson.money(p.getAmount()),
                    p.getReceivedOn().toString(), p.getMethod().name(), p.getReference(), p.getPostedBy(),
                    p.getAdjustments().stream().map(AdjustmentJson::of).toList());
        }
    }

    @Schema(name = "Claim", requiredProperties = {"id", "version", "chargesId", "patientId", "patientName", "payerId",
            "payer", "dateOfService", "status", "charged", "paid", "adjusted", "patientShare", "balance", "events"})
    public record ClaimView(long id, long version, long chargesId, long patientId, String patientName, long payerId,
            String payer, Long primaryClaimId, String dateOfService,
            @Schema(description = "DRAFT, READY, SUBMITTED, PAID, PARTIALLY_PAID, DENIED, APPEALED or WRITTEN_OFF")
            String status, String charged, String paid, String adjusted, String patientShare, String balance,
            List<EventJson> events) {
        static ClaimView of(Claim c) {
            return new ClaimView(c.getId(), c.getVersion(), c.getSheetId(), c.getPatient().getId(),
                    c.getPatient().getFullName(), c.getPayer().getId(), c.getPayer().getName(),
                    c.getPrimaryClaim() == null ? null : c.getPrimaryClaim().getId(), c.getDateOfService().toString(),
                    c.getStatus().name(), BillingJson.money(c.getCharged()), BillingJson.money(c.getPaid()),
                    BillingJson.money(c.getAdjusted()), BillingJson.money(c.getPatientShare()),
                    BillingJson.money(c.getBalance()), c.getEvents().stream().map(e -> new EventJson(e.getAt().toString(),
                            e.getBy(), e.getFrom() == null ? null : e.getFrom().name(), e.getTo().name(), e.getNote()))
                            .toList());
        }
    }

    @Schema(name = "ClaimPage", requiredProperties = {"total", "first", "max", "items"})
    public record ClaimPage(long total, int first, int max, List<ClaimView> items) {
    }

    @Schema(name = "ClaimBatch", requiredProperties = {"id", "controlNumber", "createdAt", "createdBy", "claims",
            "held", "fileName"})
    public record BatchView(long id,
            @Schema(description = "the interchange control number (ISA13) of the file") int controlNumber,
            String createdAt, String createdBy,
            @Schema(description = "how many claims the file holds") int claims,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                    implementation = String.class,
                    description = "the ready claims left out of the file, each with what is missing") List<String> held,
            String fileName) {
        static BatchView of(ClaimBatch b) {
            return new BatchView(b.getId(), b.getControlNumber(), b.getCreatedAt().toString(), b.getCreatedBy(),
                    b.getClaimCount(), b.getHeld(), b.getFileName());
        }
    }

    @Schema(name = "ClaimBatchPage", requiredProperties = {"first", "max", "items"})
    public record BatchPage(int first, int max, List<BatchView> items) {
    }

    @Schema(name = "NewClaim")
    public record NewClaimJson(@Schema(required = true, description = "the id of a visit's approved charges") Long chargesId) {
    }

    @Schema(name = "ClaimMove")
    public record MoveJson(@Schema(required = true) Long version,
            @Schema(required = true, description = "READY, SUBMITTED, DENIED, APPEALED, WRITTEN_OFF or DRAFT") String status,
            @Schema(description = "why (required for denied, appealed and written off)") String note) {
    }

    @Schema(name = "NewPayerPayment")
    public record NewPayerPaymentJson(@Schema(required = true, description = "e.g. \"80.00\"; may be \"0.00\" with adjustments")
            String amount, @Schema(description = "default today") String receivedOn,
            @Schema(required = true, description = "EFT, CHECK, CARD or CASH") String method, String reference,
            List<AdjustmentJson> adjustments) {
    }

    @Schema(name = "NewPatientPayment")
    public record NewPatientPaymentJson(@Schema(required = true) String amount, String receivedOn,
            @Schema(required = true, description = "EFT, CHECK, CARD or CASH") String method, String reference) {
    }

    @Schema(name = "PostedPayment", requiredProperties = {"payment", "claim"})
    public record PostedJson(PaymentJson payment, ClaimView claim) {
    }

    @Schema(name = "PatientBalance", requiredProperties = {"patientId", "selfPayCharges", "insuranceShares",
            "patientPayments", "balance", "words"})
    public record BalanceJson(long patientId, String selfPayCharges, String insuranceShares, String patientPayments,
            @Schema(description = "owed when positive, a credit when negative, e.g. \"45.00\" or \"-10.00\"")
            String balance, String words) {
        static BalanceJson of(long patientId, PatientBalance b) {
            return new BalanceJson(patientId, BillingJson.money(b.selfPayCharges()), BillingJson.money(b.insuranceShares()),
                    BillingJson.money(b.patientPayments()), b.net().setScale(2).toPlainString(), b.words());
        }
    }

    @Schema(name = "ArAgingRow", requiredProperties = {"id", "name", "buckets", "total"})
    public record AgingRowJson(long id, String name,
            Map<String, String> buckets, String total) {
    }

    @Schema(name = "ArAging", requiredProperties = {"asOf", "by", "rows", "totals", "total"})
    public record AgingJson(String asOf, String by, List<AgingRowJson> rows, Map<String, String> totals, String total) {
        static AgingJson of(ArAging aging, String by) {
            return new AgingJson(aging.asOf().toString(), by, aging.rows().stream()
                    .map(r -> new AgingRowJson(r.id(), r.name(), buckets(r.buckets()), BillingJson.money(r.total())))
                    .toList(), buckets(aging.totals()), BillingJson.money(aging.total()));
        }

        private static Map<String, String> buckets(Map<AgingBucket, org.artclinic.clinic.common.Money> amounts) {
            Map<String, String> out = new java.util.LinkedHashMap<>();
            amounts.forEach((bucket, amount) -> out.put(bucket.label(), BillingJson.money(amount)));
            return out;
        }
    }

    @Schema(name = "RevenueRow", requiredProperties = {"key", "name", "visits", "units", "unitsPerVisit", "charged"})
    public record RevenueJson(String key, String name, long visits, long units, String unitsPerVisit, String charged,
            @Schema(description = "what payers paid of these visits' claims; absent by code") String paid) {
        static RevenueJson of(Revenue r) {
            return new RevenueJson(r.key(), r.name(), r.visits(), r.units(), r.unitsPerVisit().toPlainString(),
                    BillingJson.money(r.charged()), BillingJson.money(r.paid()));
        }
    }

    @Schema(name = "AttendanceRow", requiredProperties = {"practitionerId", "practitioner", "due", "noShows",
            "lateCancellations"})
    public record AttendanceJson(long practitionerId, String practitioner, long due, long noShows, long lateCancellations,
            @Schema(description = "percent, one decimal; absent when nothing was due") String noShowRate,
            @Schema(description = "percent, one decimal; absent when nothing was due") String lateCancellationRate) {
        static AttendanceJson of(Attendance a) {
            return new AttendanceJson(a.id(), a.name(), a.due(), a.noShows(), a.lateCancellations(),
                    a.noShowRate() == null ? null : a.noShowRate().toPlainString(),
                    a.lateCancellationRate() == null ? null : a.lateCancellationRate().toPlainString());
        }
    }
}
