package org.artclinic.clinic.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of red-flag screening, as recorded with an intake: whether manual therapy may start
 * at all, which regions stay untreated, which precautions every session must show, and why, in
 * words a patient can read. Made by {@link RedFlagScreening}; rebuilt from its stored lines when an
 * intake is read back.
 *
 * @param treatmentAllowed false while a red flag asks for a medical evaluation first
 * @param lines every referral, blocked region, precaution and the summary, in the order shown
 */
public record ScreeningDecision(boolean treatmentAllowed, List<DecisionLine> lines) {

    public ScreeningDecision {
        lines = List.copyOf(lines);
    }

    /** Reasons to see a doctor first, in the patient's words. Empty when none. */
    public List<String> referralReasons() {
        return texts(DecisionLine.Kind.REFERRAL, true);
    }

    /** The stable codes of the red flags found, e.g. RECENT_TRAUMA. */
    public List<String> referralCodes() {
        return of(DecisionLine.Kind.REFERRAL).stream().map(DecisionLine::getCode).toList();
    }

    /** Short names of the red flags found, for the practitioner and the patient header. */
    public List<String> referralSummaries() {
        return texts(DecisionLine.Kind.REFERRAL, false);
    }

    /**
     * The red flags found, a few words each as recorded, e.g. "recent trauma (a fall, a collision or a
     * suspected fracture)": for the patient header and the gate's message.
     */
    public List<String> referralFlags() {
        return referralSummaries().stream().map(ScreeningDecision::afterColon).toList();
    }

    private static String afterColon(String summary) {
        int colon = summary.indexOf(": ");
        String words = colon < 0 ? summary : summary.substring(colon + 2);
        return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
    }

    /** Regions that may not be treated, each with the reason in the patient's words. */
    public Map<BodyRegion, String> blockedRegions() {
        return of(DecisionLine.Kind.BLOCKED_REGION).stream().collect(Collectors.toMap(DecisionLine::getRegion,
                DecisionLine::getPatientText, (a, b) -> a + " " + b, LinkedHashMap::new));
    }

    public Set<BodyRegion> blockedRegionSet() {
        return blockedRegions().keySet();
    }

    /** The precaution lines: code and the words shown to the practitioner (and to the patient). */
    public List<DecisionLine> precautions() {
        return of(DecisionLine.Kind.PRECAUTION);
    }

    /** Every line of the decision in the patient's words, the summary first. */
    public List<String> explanation() {
        return lines.stream().map(DecisionLine::getPatientText).toList();
    }

    /** Why the region is blocked, in the practitioner's words; null when it is not. */
    public String blockedRegionNote(BodyRegion region) {
        return of(DecisionLine.Kind.BLOCKED_REGION).stream().filter(line -> line.getRegion() == region)
                .map(DecisionLine::getPractitionerText).findFirst().orElse(null);
    }

    public boolean isRegionBlocked(BodyRegion region) {
        return blockedRegions().containsKey(region);
    }

    private List<DecisionLine> of(DecisionLine.Kind kind) {
        return lines.stream().filter(line -> line.getKind() == kind).toList();
    }

    private List<String> texts(DecisionLine.Kind kind, boolean patient) {
        return of(kind).stream().map(patient ? DecisionLine::getPatientText : DecisionLine::getPractitionerText)
                .toList();
    }
}
