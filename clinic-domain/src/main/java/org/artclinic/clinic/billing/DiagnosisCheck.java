package org.artclinic.clinic.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.artclinic.clinic.common.DomainException;

/**
 * Whether a diagnosis code can go on a claim for a date of service, and if not, what is missing.
 *
 * <p>ICD-10-CM Official Guidelines for Coding and Reporting, section I.A.2 and I.B.1: a code is
 * billable only at its highest level of detail: a category with subcategories under it is not; a
 * code whose category requires a 7th character (injuries, chapter 19: A initial, D subsequent
 * encounter, S sequela) is not billable without it. Codes are valid for the fiscal year of the date
 * of service (HIPAA code-set rule, 45 CFR 162.1002): a deleted code such as M54.5 (split into M54.50,
 * M54.51, M54.59 on 2021-10-01) is refused for later dates.
 */
public final class DiagnosisCheck {

    /** How many of the codes under a category a message names before "and N more". */
    private static final int NAMED = 6;

    private DiagnosisCheck() {
    }

    /**
     * The problem with {@code entered} on {@code dateOfService}, or empty when it is billable.
     *
     * @param found the code-set entry for the code, if there is one
     * @param under the code-set entries that start with the code and are longer, sorted by code
     */
    public static Optional<String> problem(String entered, LocalDate dateOfService, Optional<DiagnosisCode> found,
            List<DiagnosisCode> under) {
        String code;
        try {
            code = DiagnosisCode.checkedCode(entered);
        } catch (DomainException e) {
            return Optional.of(e.getMessage());
        }
        List<DiagnosisCode> billableUnder = under.stream()
                .filter(d -> d.isBillable() && d.inEffectOn(dateOfService)).toList();
        if (found.isEmpty()) {
            if (!billableUnder.isEmpty()) {
                return Optional.of(needsMore(code, billableUnder));
            }
            return Optional.of(code + " is not in the clinic's ICD-10-CM code set; check the code, or import this"
                    + " year's code-set update.");
        }
        DiagnosisCode d = found.get();
        if (dateOfService.isBefore(d.getEffectiveFrom())) {
            return Optional.of(code + " takes effect on " + d.getEffectiveFrom() + ", after the date of service "
                    + dateOfService + ".");
        }
        if (d.getEffectiveTo() != null && dateOfService.isAfter(d.getEffectiveTo())) {
            String replacement = billableUnder.isEmpty() ? "" : "; use " + list(billableUnder, " or ");
            return Optional.of(code + " was deleted from ICD-10-CM on " + d.getEffectiveTo().plusDays(1)
                    + replacement + ".");
        }
        if (!d.isBillable()) {
            if (billableUnder.isEmpty()) {
                return Optional.of(code + " is a category, not billable on its own, and the code set has no code"
                        + " under it in effect on " + dateOfService + ".");
            }
            return Optional.of(needsMore(code, billableUnder));
        }
        return Optional.empty();
    }

    private static String needsMore(String code, List<DiagnosisCode> billableUnder) {
        boolean seventh = billableUnder.stream().allMatch(d -> d.getCode().length() == 8 && code.length() == 7);
        String what = seventh
                ? "a 7th character (A initial encounter, D subsequent encounter, S sequela)"
                : "more characters";
        return code + " is not billable as entered: it needs " + what + ", for example " + list(billableUnder, ", ")
                + ".";
    }

    private static String list(List<DiagnosisCode> codes, String lastJoin) {
        List<String> names = codes.stream().limit(NAMED).map(DiagnosisCode::getCode).toList();
        String joined = names.size() == 1 ? names.get(0)
                : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                        + lastJoin + names.get(names.size() - 1);
        return codes.size() > NAMED ? joined + " (and " + (codes.size() - NAMED) + " more)" : joined;
    }
}
