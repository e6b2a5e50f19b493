package org.artclinic.clinic.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The screening rules that gate manual therapy, turning a patient's answers into a
 * {@link ScreeningDecision}. Each rule names its source on the type it uses ({@link RedFlag},
 * {@link ContraindicationReason}, {@link Precaution}); in short, all from the article "Active
 * Release Treatment: Benefits and What to Expect", list "Use caution or get evaluated first if you
 * have", split three ways as issue 4 asks:
 * <ol>
 * <li>Red flags refer the patient before any manual therapy: no region may be treated until a
 *     practitioner records a clearance (see {@link TreatmentGate}).</li>
 * <li>Local contraindications (infection, open wound, unhealed surgical site near a region) block
 *     that region only; the rest of the body may be treated. A clearance does not lift them: they
 *     end with a new intake that no longer records them.</li>
 * <li>Precautions (bleeding risk, pregnancy) let treatment go ahead and are shown on every
 *     session.</li>
 * </ol>
 */
public final class RedFlagScreening {

    private RedFlagScreening() {
    }

    public static ScreeningDecision screen(ScreeningAnswers answers) {
        List<DecisionLine> lines = new ArrayList<>();
        Set<RedFlag> flags = answers.redFlags();
        for (RedFlag flag : flags) {
            lines.add(new DecisionLine(DecisionLine.Kind.REFERRAL, flag.name(), null,
                    "Refer for medical evaluation before any manual therapy: " + flag.summary() + ".",
                    flag.patientWords()));
        }
        Map<BodyRegion, Set<ContraindicationReason>> blocked = new EnumMap<>(BodyRegion.class);
        for (LocalContraindication local : answers.localContraindications()) {
            blocked.computeIfAbsent(local.getRegion(), r -> new LinkedHashSet<>()).add(local.getReason());
        }
        blocked.forEach((region, reasons) -> lines.add(new DecisionLine(DecisionLine.Kind.BLOCKED_REGION,
                "LOCAL_CONTRAINDICATION", region,
                "Do not treat the " + RegionWords.of(region) + ": " + words(reasons) + ".",
                "We will not treat your " + RegionWords.of(region) + " for now because of " + words(reasons)
                        + " there. Other areas can still be treated.")));
        for (Precaution precaution : answers.precautions()) {
            lines.add(new DecisionLine(DecisionLine.Kind.PRECAUTION, precaution.code(), null,
                    precaution.practitionerWords(), precaution.patientWords()));
        }
        boolean allowed = flags.isEmpty();
        lines.add(0, summary(allowed, blocked.keySet(), !answers.precautions().isEmpty()));
        return new ScreeningDecision(allowed, lines);
    }

    private static DecisionLine summary(boolean allowed, Set<BodyRegion> blocked, boolean precautions) {
        if (!allowed) {
            return new DecisionLine(DecisionLine.Kind.SUMMARY, "REFERRAL_REQUIRED", null,
                    "Treatment blocked: refer for medical evaluation; record a clearance before any manual therapy.",
                    "Hands-on treatment is on hold until a doctor has checked you and your practitioner has "
                            + "recorded their clearance (for example a letter from your doctor).");
        }
        if (!blocked.isEmpty()) {
            return new DecisionLine(DecisionLine.Kind.SUMMARY, "ALLOWED_EXCEPT_REGIONS", null,
                    "Treatment allowed except: " + blocked.stream().map(RegionWords::of)
                            .collect(Collectors.joining("; ")) + ".",
                    "Hands-on treatment can go ahead, except on " + listed(blocked.stream()
                            .map(region -> "your " + RegionWords.of(region)).toList()) + ".");
        }
        return new DecisionLine(DecisionLine.Kind.SUMMARY, precautions ? "ALLOWED_WITH_PRECAUTIONS" : "ALLOWED",
                null, precautions ? "Treatment allowed with precautions." : "Treatment allowed.",
                precautions ? "Hands-on treatment can go ahead, with the care described below."
                        : "Nothing in your answers stops hands-on treatment.");
    }

    private static String words(Set<ContraindicationReason> reasons) {
        return listed(reasons.stream().map(ContraindicationReason::words).toList());
    }

    /** "a", "a and b", "a, b and c". */
    private static String listed(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
