package org.artclinic.clinic.billing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.artclinic.clinic.common.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of billing: payers, fees and charges (money as strings with two decimals, "28.50"). */
public final class BillingJson {

    private BillingJson() {
    }

    static String money(Money m) {
        return m == null ? null : m.amount().toPlainString();
    }

    @Schema(name = "Payer", requiredProperties = {
            "id", "version", "name", "kind", "unitRule", "requiresGp", "usesXModifiers", "kxThresholds", "active"})
    public record PayerJson(long id, long version, String name,
            @Schema(description = "MEDICARE, MEDICAID, COMMERCIAL, WORKERS_COMPENSATION or SELF_PAY") String kind,
            @Schema(description = "CMS_8_MINUTE or PER_SERVICE") String unitRule,
            boolean requiresGp, boolean usesXModifiers,
            @Schema(description = "this year's KX threshold, e.g. \"2410.00\"; null when none") String kxThreshold,
            Map<String, String> kxThresholds,
            String ediPayerId, boolean active) {

        static PayerJson of(Payer p, int year) {
            Map<String, String> thresholds = new TreeMap<>();
            p.getKxThresholds().forEach((y, amount) -> thresholds.put(String.valueOf(y), money(amount)));
            return new PayerJson(p.getId(), p.getVersion(), p.getName(), p.getKind().name(), p.getUnitRule().name(),
                    p.isRequiresGp(), p.isUsesXModifiers(), p.kxThreshold(year).map(BillingJson::money).orElse(null),
                    thresholds, p.getEdiPayerId(), p.isActive());
        }
    }

    @Schema(name = "PayerChange")
    public record PayerChangeJson(@Schema(description = "the version last read; omit when adding") Long version,
            @Schema(required = true) String name,
            @Schema(description = "MEDICARE, MEDICAID, COMMERCIAL or WORKERS_COMPENSATION (adding only)") String kind,
            @Schema(required = true, description = "CMS_8_MINUTE or PER_SERVICE") String unitRule,
            Boolean requiresGp, Boolean usesXModifiers, String ediPayerId) {
    }

    @Schema(name = "KxThreshold")
    public record KxThresholdJson(@Schema(required = true) Long version,
            @Schema(description = "e.g. \"2410.00\"; null removes the year's threshold") String amount) {
    }

    @Schema(name = "Fee", requiredProperties = {"id", "code", "fee", "effectiveFrom"})
    public record FeeJson(long id, String code, String fee, String effectiveFrom, String effectiveTo) {
        static FeeJson of(FeeScheduleEntry f) {
            return new FeeJson(f.getId(), f.getCode(), money(f.getFee()), f.getEffectiveFrom().toString(),
                    f.getEffectiveTo() == null ? null : f.getEffectiveTo().toString());
        }
    }

    @Schema(name = "NewFee")
    public record NewFeeJson(@Schema(required = true) String code,
            @Schema(required = true, description = "per unit, e.g. \"28.50\"") String fee,
            @Schema(required = true, description = "the first day of the fee, e.g. \"2026-01-01\"") String effectiveFrom) {
    }

    @Schema(name = "ChargeWarning", requiredProperties = {"code", "message"})
    public record WarningJson(String code, String message) {
        static WarningJson of(ChargeWarning w) {
            return new WarningJson(w.getCode().name(), w.getMessage());
        }
    }

    @Schema(name = "ModifierReason", requiredProperties = {"modifier", "reason"})
    public record ModifierReasonJson(String modifier, String reason) {
    }

    @Schema(name = "ChargeLine", requiredProperties = {
            "id", "code", "units", "modifiers", "modifierReasons", "fee", "amount", "diagnosisPointers", "diagnoses", "warnings"})
    public record LineJson(long id, String code,
            @Schema(description = "0 when the unit rule bills none") int units,
            List<String> modifiers,
            List<ModifierReasonJson> modifierReasons,
            @Schema(description = "the unit fee of the payer's schedule on the date of service") String fee,
            @Schema(description = "fee times units") String amount,
            List<Integer> diagnosisPointers,
            List<String> diagnoses,
            List<WarningJson> warnings) {

        static LineJson of(ChargeLine l) {
            return new LineJson(l.getId(), l.getCode(), l.getUnits(),
                    l.getModifiers().stream().map(Modifier::code).toList(),
                    l.getModifierReasons().stream()
                            .map(r -> new ModifierReasonJson(r.getModifier().code(), r.getReason())).toList(),
                    money(l.getUnitFee()), money(l.getAmount()), l.getDiagnosisPointers(), l.getDiagnoses(),
                    l.getWarnings().stream().map(WarningJson::of).toList());
        }
    }

    @Schema(name = "ChargeFixRecord", requiredProperties = {"at", "by", "why", "change"})
    public record FixJson(String at, String by, String why, String change) {
    }

    @Schema(name = "Charges", requiredProperties = {
            "id", "version", "visitId", "patientId", "patientName", "practitioner", "location", "payerId", "payer", "dateOfService", "status", "diagnoses", "lines", "total", "openWarnings", "fixes"})
    public record SheetJson(long id, long version, long visitId, long patientId, String patientName,
            String practitioner, String location, long payerId, String payer, String dateOfService,
            @Schema(description = "TO_REVIEW, APPROVED or BILLED") String status, List<String> diagnoses,
            List<LineJson> lines, String total, int openWarnings, String approvedBy, List<FixJson> fixes) {

        static SheetJson of(ChargeSheet s) {
            return new SheetJson(s.getId(), s.getVersion(), s.getNote().getId(), s.getPatient().getId(),
                    s.getPatient().getFullName(), s.getPractitioner().getDisplayName(), s.getLocation().getName(),
                    s.getPayer().getId(), s.getPayer().getName(), s.getDateOfService().toString(), s.getStatus().name(),
                    s.getDiagnoses(), s.getLines().stream().map(LineJson::of).toList(), money(s.getTotal()),
                    s.getOpenWarnings(), s.getApprovedBy(), s.getFixes().stream()
                            .map(f -> new FixJson(f.getAt().toString(), f.getBy(), f.getWhy(), f.getChange())).toList());
        }
    }

    @Schema(name = "ChargeQueuePage", requiredProperties = {"total", "first", "max", "items"})
    public record QueuePage(long total, int first, int max, List<SheetJson> items) {
    }

    @Schema(name = "LineFix")
    public record LineFixJson(@Schema(required = true, description = "the charges' version last read") Long version,
            @Schema(required = true) String code, @Schema(required = true) Integer units,
            List<String> modifiers,
            List<Integer> diagnosisPointers,
            @Schema(required = true, description = "why the line is changed (or kept as it is)") String reason) {
    }

    @Schema(name = "DiagnosisFix")
    public record DiagnosisFixJson(@Schema(required = true) Long version, @Schema(required = true) String code,
            @Schema(required = true) String reason) {
    }

    @Schema(name = "Approval")
    public record ApprovalJson(@Schema(required = true) Long version) {
    }

    @Schema(name = "NewPolicy")
    public record NewPolicyJson(@Schema(required = true, description = "a payer of GET /api/payers") Long payerId,
            @Schema(required = true) String memberId,
            @Schema(description = "true (default) for the primary policy, false for the secondary") Boolean primary,
            String groupNumber, @Schema(description = "SELF (default), SPOUSE, CHILD or OTHER") String relationship,
            @Schema(description = "the policy holder, when not the patient") String subscriberName,
            @Schema(description = "e.g. \"25.00\"") String copay, Integer authorizedVisits,
            String authorizationStart, String authorizationEnd) {
    }

    @Schema(name = "Policy", requiredProperties = {
            "id", "version", "payer", "priority", "memberId", "relationship", "active"})
    public record PolicyJson(long id, long version, Long payerId, String payer, String priority, String memberId,
            String groupNumber, String relationship, String subscriberName, String copay, Integer authorizedVisits,
            String authorizationStart, String authorizationEnd, boolean active) {

        static PolicyJson of(org.artclinic.clinic.patient.InsurancePolicy p) {
            return new PolicyJson(p.getId(), p.getVersion(), p.getPayer() == null ? null : p.getPayer().getId(),
                    p.getPayerName(), p.getPriority().name(), p.getMemberId(), p.getGroupNumber(),
                    p.getRelationship().name(), p.getSubscriberName(), money(p.getCopay()), p.getAuthorizedVisits(),
                    p.getAuthorizationStart() == null ? null : p.getAuthorizationStart().toString(),
                    p.getAuthorizationEnd() == null ? null : p.getAuthorizationEnd().toString(), p.isActive());
        }
    }
}
