package org.artclinic.clinic.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.artclinic.clinic.charting.SpinalRegion;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.setup.Discipline;

/**
 * How a signed visit note becomes charge lines for a payer: one line per code (the same code charted
 * twice is one line with its minutes added), its units by the payer's {@link UnitRule}, the modifiers
 * the rules can decide (each with its reason) and warnings for the rest, up to four diagnosis pointers,
 * and the fee of the date of service. ART is not a code of its own: it is billed under manual therapy
 * (97140), whose minutes the note records.
 *
 * <p>The modifier rules and their sources:
 * <ul>
 * <li>XS (or 59): a therapy code paired with spinal manipulation (NCCI procedure-to-procedure edit,
 * NCCI Policy Manual for Medicare, chapter XI), only for a separate site: {@link DistinctServiceRule}.</li>
 * <li>GP: therapy and therapy evaluations by a physical therapist, where the payer requires it
 * (Medicare Claims Processing Manual, chapter 5, section 20.1).</li>
 * <li>AT: spinal manipulation billed to Medicare as active treatment, which needs a treatment plan
 * (Medicare Benefit Policy Manual, chapter 15, section 240.1.3; Claims Processing Manual, chapter 12,
 * section 220).</li>
 * <li>25: an office visit (E/M) in the same visit as a manipulation; the E/M must be significant and
 * separately identifiable, so the line also carries a reminder (NCCI Policy Manual, chapter XI;
 * Claims Processing Manual, chapter 12, section 30.6.6).</li>
 * <li>KX: therapy lines once the patient's therapy charges of the year to the payer pass its threshold
 * (Claims Processing Manual, chapter 5, section 10.3; $2,410 for 2025).</li>
 * </ul>
 */
public final class ChargeRules {

    /** Diagnosis pointers of one line (CMS-1500 item 24E, 837P SV107). */
    public static final int POINTERS_PER_LINE = 4;
    /** Diagnoses of one claim (CMS-1500 item 21 A-L, 837P HI). */
    public static final int DIAGNOSES_PER_CLAIM = 12;
    /** Modifiers of one line (CMS-1500 item 24D, 837P SV101-3 to -6). */
    public static final int MODIFIERS_PER_LINE = 4;
    static final String MANUAL_THERAPY = "97140";

    private ChargeRules() {
    }

    /** One service line of the note, with what the code set says about its code (empty: not in effect). */
    public record ServiceToBill(String code, Optional<ProcedureCode> procedure, Integer minutes,
            Set<BodyRegion> treated, Set<SpinalRegion> manipulated, List<String> diagnosisCodes) {
        public ServiceToBill {
            Objects.requireNonNull(code, "code");
            treated = Set.copyOf(treated);
            manipulated = Set.copyOf(manipulated);
            diagnosisCodes = List.copyOf(diagnosisCodes);
        }
    }

    /**
     * A signed visit as billing sees it.
     *
     * @param visitInAuthorization the visit's number among those counted against the payer's
     *        authorization (1 for the first), with the visits authorized; null when no limit applies
     * @param therapyChargedBefore the patient's therapy charges to this payer earlier in the calendar year
     */
    public record VisitToBill(LocalDate dateOfService, Discipline discipline, List<ServiceToBill> services,
            boolean artCharted, boolean activeTreatmentPlan, Authorization authorization,
            Money therapyChargedBefore) {
        public VisitToBill {
            Objects.requireNonNull(dateOfService, "dateOfService");
            services = List.copyOf(services);
            therapyChargedBefore = therapyChargedBefore == null ? Money.ZERO : therapyChargedBefore;
        }
    }

    /** The visits a payer authorized and which of them this one is. */
    public record Authorization(int authorizedVisits, long visitNumber) {
    }

    /** The code-set and fee answers the rules need, from the database. */
    public interface Lookup {
        /** Why a diagnosis code cannot be billed on the date of service; empty when it can. */
        Optional<String> diagnosisProblem(String code);

        /** The payer's fee for one unit of the code on the date of service. */
        Optional<Money> fee(String code);
    }

    /** A line as the rules price it. */
    public record PricedLine(String code, int units, List<Modifier> modifiers, List<ModifierReason> reasons,
            List<Integer> pointers, Money unitFee, List<ChargeWarning> warnings) {
        public Money amount() {
            return unitFee.times(units);
        }
    }

    /** The charges of a visit: its diagnoses (pointed to by position, from 1) and its lines. */
    public record Priced(List<String> diagnoses, List<PricedLine> lines) {
    }

    public static Priced price(VisitToBill visit, Payer payer, Lookup lookup) {
        Map<String, Merged> byCode = merge(visit);
        List<String> diagnoses = new ArrayList<>();
        for (Merged m : byCode.values()) {
            for (String d : m.diagnoses) {
                if (!diagnoses.contains(d)) {
                    diagnoses.add(d);
                }
            }
        }
        Map<String, Optional<String>> problems = new LinkedHashMap<>();
        diagnoses.forEach(d -> problems.put(d, lookup.diagnosisProblem(d)));

        List<UnitRule.TimedMinutes> timed = byCode.values().stream().filter(Merged::timed)
                .map(m -> new UnitRule.TimedMinutes(m.code, m.minutes)).toList();
        Map<String, Integer> timedUnits = payer.getUnitRule().units(timed);
        int timedMinutes = timed.stream().mapToInt(UnitRule.TimedMinutes::minutes).sum();

        Set<SpinalRegion> manipulated = EnumSet.noneOf(SpinalRegion.class);
        boolean anyManipulation = false;
        for (Merged m : byCode.values()) {
            ProcedureKind kind = m.kind();
            if (kind == ProcedureKind.SPINAL_MANIPULATION) {
                manipulated.addAll(m.manipulated);
            }
            anyManipulation |= kind == ProcedureKind.SPINAL_MANIPULATION
                    || kind == ProcedureKind.EXTRASPINAL_MANIPULATION;
        }

        List<PricedLine> lines = new ArrayList<>();
        for (Merged m : byCode.values()) {
            List<Modifier> modifiers = new ArrayList<>();
            List<ModifierReason> reasons = new ArrayList<>();
            List<ChargeWarning> warnings = new ArrayList<>();
            ProcedureKind kind = m.kind();
            int units = m.timed() ? timedUnits.getOrDefault(m.code, 0) : 1;
            if (m.procedure.isEmpty() && !m.artPlaceholder) {
                warnings.add(new ChargeWarning(WarningCode.UNKNOWN_CODE, m.code
                        + " is not in the code set in effect on " + visit.dateOfService() + "."));
            }
            if (m.timed() && units == 0) {
                if (m.artPlaceholder) {
                    warnings.add(new ChargeWarning(WarningCode.ART_WITHOUT_MINUTES, "ART entries were charted but"
                            + " no manual therapy (97140) minutes: ART is billed under 97140 by its one-on-one minutes;"
                            + " ask the practitioner for them (an addendum) before billing."));
                } else if (payer.getUnitRule() == UnitRule.CMS_8_MINUTE && timedMinutes < 8) {
                    warnings.add(new ChargeWarning(WarningCode.UNDER_EIGHT_MINUTES, "The visit's timed services add"
                            + " up to " + timedMinutes + " minutes, under 8: no timed unit is billable (CMS 8-minute"
                            + " rule, Claims Processing Manual ch. 5 §20.2)."));
                } else if (payer.getUnitRule() == UnitRule.PER_SERVICE) {
                    warnings.add(new ChargeWarning(WarningCode.UNDER_EIGHT_MINUTES, m.code + " had " + m.minutes
                            + " minutes, under 8: " + payer.getName() + " bills each timed code on its own, so it"
                            + " bills no unit."));
                }
            }
            if (kind != null && DistinctServiceRule.PAIRED_WITH_MANIPULATION.contains(m.code)) {
                DistinctServiceRule.decide(m.code, m.treated, manipulated, payer.isUsesXModifiers())
                        .ifPresent(decision -> {
                            if (decision.warning()) {
                                warnings.add(new ChargeWarning(WarningCode.NCCI_PAIR, decision.reason()));
                            } else {
                                Modifier modifier = Modifier.ofCode(decision.modifier().orElseThrow()).orElseThrow();
                                modifiers.add(modifier);
                                reasons.add(new ModifierReason(modifier, decision.reason()));
                            }
                        });
            }
            if (kind != null && kind.isTherapy() && payer.isRequiresGp()
                    && visit.discipline() == Discipline.PHYSICAL_THERAPIST) {
                modifiers.add(Modifier.GP);
                reasons.add(new ModifierReason(Modifier.GP, "GP: " + payer.getName() + " requires it on therapy by a"
                        + " physical therapist (Claims Processing Manual ch. 5 §20.1)."));
            }
            if (kind == ProcedureKind.SPINAL_MANIPULATION && payer.isMedicare()) {
                if (visit.activeTreatmentPlan()) {
                    modifiers.add(Modifier.AT);
                    reasons.add(new ModifierReason(Modifier.AT, "AT: active treatment under the patient's treatment"
                            + " plan (Benefit Policy Manual ch. 15 §240.1.3)."));
                } else {
                    warnings.add(new ChargeWarning(WarningCode.NO_ACTIVE_PLAN, "Medicare pays manipulation only as"
                            + " active treatment, and the patient had no active treatment plan on "
                            + visit.dateOfService() + ": without one it is maintenance (no AT; the patient pays,"
                            + " with an advance notice)."));
                }
            }
            if (kind == ProcedureKind.EVALUATION_AND_MANAGEMENT && anyManipulation) {
                modifiers.add(Modifier.M25);
                reasons.add(new ModifierReason(Modifier.M25, "25: an office visit in the same visit as a"
                        + " manipulation (NCCI Policy Manual ch. XI)."));
                warnings.add(new ChargeWarning(WarningCode.EVALUATION_DOCUMENTATION, "Check that the note documents"
                        + " the office visit " + m.code + " apart from the manipulation (a new problem, or a"
                        + " re-examination): the 25 modifier claims it is separately identifiable."));
            }
            Optional<Money> fee = lookup.fee(m.code);
            if (fee.isEmpty()) {
                warnings.add(new ChargeWarning(WarningCode.NO_FEE, payer.getName() + "'s fee schedule has no fee for "
                        + m.code + " on " + visit.dateOfService() + "."));
            }
            List<Integer> pointers = new ArrayList<>();
            for (String d : m.diagnoses) {
                int position = diagnoses.indexOf(d) + 1;
                if (position <= DIAGNOSES_PER_CLAIM && pointers.size() < POINTERS_PER_LINE) {
                    pointers.add(position);
                }
                problems.get(d).ifPresent(problem -> warnings.add(
                        new ChargeWarning(WarningCode.INVALID_DIAGNOSIS, problem)));
            }
            if (pointers.isEmpty()) {
                warnings.add(new ChargeWarning(WarningCode.MISSING_POINTER, m.code + " points to no diagnosis; a"
                        + " claim line needs at least one (CMS-1500 item 24E)."));
            }
            lines.add(new PricedLine(m.code, units, modifiers, reasons, pointers, fee.orElse(Money.ZERO), warnings));
        }
        addVisitWarnings(visit, payer, diagnoses, lines);
        addKx(visit, payer, byCode, lines);
        return new Priced(diagnoses.size() > DIAGNOSES_PER_CLAIM ? diagnoses.subList(0, DIAGNOSES_PER_CLAIM)
                : diagnoses, lines);
    }

    private static void addVisitWarnings(VisitToBill visit, Payer payer, List<String> diagnoses,
            List<PricedLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<ChargeWarning> first = lines.get(0).warnings();
        if (visit.authorization() != null && !payer.isSelfPay()
                && visit.authorization().visitNumber() > visit.authorization().authorizedVisits()) {
            first.add(new ChargeWarning(WarningCode.AUTHORIZATION_USED_UP, "This is visit "
                    + visit.authorization().visitNumber() + " of the " + visit.authorization().authorizedVisits()
                    + " " + payer.getName() + " authorized: ask the payer for more visits, or bill the patient."));
        }
        if (diagnoses.size() > DIAGNOSES_PER_CLAIM) {
            first.add(new ChargeWarning(WarningCode.TOO_MANY_DIAGNOSES, "The visit names " + diagnoses.size()
                    + " diagnoses; a claim holds " + DIAGNOSES_PER_CLAIM + ", and the rest were left off."));
        }
    }

    private static void addKx(VisitToBill visit, Payer payer, Map<String, Merged> byCode, List<PricedLine> lines) {
        Optional<Money> threshold = payer.kxThreshold(visit.dateOfService().getYear());
        if (threshold.isEmpty()) {
            return;
        }
        Money therapyNow = Money.ZERO;
        List<Integer> therapyLines = new ArrayList<>();
        int i = 0;
        for (Merged m : byCode.values()) {
            PricedLine line = lines.get(i);
            if (m.kind() != null && m.kind().isTherapy() && line.units() > 0) {
                therapyNow = therapyNow.plus(line.amount());
                therapyLines.add(i);
            }
            i++;
        }
        Money total = visit.therapyChargedBefore().plus(therapyNow);
        if (therapyLines.isEmpty() || total.compareTo(threshold.get()) <= 0) {
            return;
        }
        String reason = "KX: the patient's therapy charges to " + payer.getName() + " in "
                + visit.dateOfService().getYear() + " reach " + total.format() + " with this visit, past the "
                + threshold.get().format() + " threshold; the note must show the therapy is medically necessary"
                + " (Claims Processing Manual ch. 5 §10.3).";
        for (int index : therapyLines) {
            PricedLine line = lines.get(index);
            line.modifiers().add(Modifier.KX);
            line.reasons().add(new ModifierReason(Modifier.KX, reason));
        }
    }

    /** The note's services merged by code, in the order first charted. */
    private static Map<String, Merged> merge(VisitToBill visit) {
        Map<String, Merged> byCode = new LinkedHashMap<>();
        for (ServiceToBill s : visit.services()) {
            Merged m = byCode.computeIfAbsent(s.code(), code -> new Merged(code, s.procedure(), false));
            m.minutes += s.minutes() == null ? 0 : s.minutes();
            m.treated.addAll(s.treated());
            m.manipulated.addAll(s.manipulated());
            m.diagnoses.addAll(s.diagnosisCodes());
        }
        if (visit.artCharted() && !byCode.containsKey(MANUAL_THERAPY)) {
            // ART charted with no 97140 line: a 97140 line of no minutes, flagged, so that it is not lost
            byCode.put(MANUAL_THERAPY, new Merged(MANUAL_THERAPY, Optional.empty(), true));
        }
        return byCode;
    }

    private static class Merged {
        final String code;
        final Optional<ProcedureCode> procedure;
        int minutes;
        final Set<BodyRegion> treated = EnumSet.noneOf(BodyRegion.class);
        final Set<SpinalRegion> manipulated = EnumSet.noneOf(SpinalRegion.class);
        final Set<String> diagnoses = new LinkedHashSet<>();

        /** A 97140 line the note did not chart, standing for ART entries charted without minutes. */
        final boolean artPlaceholder;

        Merged(String code, Optional<ProcedureCode> procedure, boolean artPlaceholder) {
            this.code = code;
            this.procedure = procedure;
            this.artPlaceholder = artPlaceholder;
        }

        boolean timed() {
            return artPlaceholder || procedure.map(ProcedureCode::isTimed).orElse(false);
        }

        ProcedureKind kind() {
            return artPlaceholder ? ProcedureKind.THERAPY : procedure.map(ProcedureCode::getKind).orElse(null);
        }
    }

    /** Function form of {@link Lookup}, for callers that have the answers at hand. */
    public static Lookup lookup(Function<String, Optional<String>> diagnosisProblem,
            Function<String, Optional<Money>> fee) {
        return new Lookup() {
            @Override
            public Optional<String> diagnosisProblem(String code) {
                return diagnosisProblem.apply(code);
            }

            @Override
            public Optional<Money> fee(String code) {
                return fee.apply(code);
            }
        };
    }
}
