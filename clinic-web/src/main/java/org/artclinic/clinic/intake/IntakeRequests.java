package org.artclinic.clinic.intake;

import java.util.ArrayList;
import java.util.List;

import org.artclinic.clinic.api.FieldChecks;

/** Reading the parts of intake requests that several resources share (the visit's re-tests too). */
public final class IntakeRequests {

    private IntakeRequests() {
    }

    /** The patient id of the path; 0 (and a field error) when it is not a positive number. */
    static long patientId(FieldChecks checks, String value) {
        Long id = checks.id("patientId", value);
        if (id == null && (value == null || value.isBlank())) {
            checks.add("patientId", "error.required");
        }
        return id == null ? 0 : id;
    }

    /**
     * The screening of a request: every red flag and precaution must be answered true or false and
     * {@code localContraindications} given ({@code []} for none); a missing answer is a field error,
     * never a "no".
     */
    static ScreeningAnswers screening(FieldChecks checks, IntakeJson.RedFlags flags,
            List<IntakeJson.Local> locals) {
        if (flags == null) {
            checks.add("redFlags", "error.screeningUnanswered");
        } else {
            requireAnswer(checks, "recentTrauma", flags.recentTrauma());
            requireAnswer(checks, "unexplainedWeightLossFeverNightPain", flags.unexplainedWeightLossFeverNightPain());
            requireAnswer(checks, "progressiveNeurologicalDeficit", flags.progressiveNeurologicalDeficit());
            requireAnswer(checks, "bleedingDisorderOrAnticoagulants", flags.bleedingDisorderOrAnticoagulants());
            requireAnswer(checks, "pregnancy", flags.pregnancy());
        }
        if (locals == null) {
            checks.add("localContraindications", "error.localContraindicationsUnanswered");
            return null;
        }
        List<LocalContraindication> contraindications = new ArrayList<>();
        for (int i = 0; i < locals.size(); i++) {
            IntakeJson.Local local = locals.get(i);
            String at = "localContraindications[" + i + "]";
            if (local == null) {
                checks.add(at, "error.required");
                continue;
            }
            BodyRegion region = checks.choice(at + ".region", local.region(), BodyRegion.class, true);
            ContraindicationReason reason = checks.choice(at + ".reason", local.reason(),
                    ContraindicationReason.class, true);
            if (region != null && reason != null) {
                contraindications.add(new LocalContraindication(region, reason));
            }
        }
        if (flags == null || checks.hasErrors()) {
            return null;
        }
        return checks.valid("redFlags", () -> ScreeningAnswers.answered(flags.recentTrauma(),
                flags.unexplainedWeightLossFeverNightPain(), flags.progressiveNeurologicalDeficit(),
                flags.bleedingDisorderOrAnticoagulants(), flags.pregnancy(), null, contraindications));
    }

    /**
     * Range-of-motion measurements (null reads as none); each problem is a field error named
     * {@code field[i].part}, and the measurements that are valid are returned.
     */
    public static List<RangeOfMotion> rangeOfMotion(FieldChecks checks, String field, List<IntakeJson.Rom> given) {
        List<RangeOfMotion> rom = new ArrayList<>();
        List<IntakeJson.Rom> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            IntakeJson.Rom r = list.get(i);
            String at = field + "[" + i + "]";
            if (r == null) {
                checks.add(at, "error.required");
                continue;
            }
            RomMovement movement = checks.choice(at + ".movement", r.movement(), RomMovement.class, true);
            Side side = checks.choice(at + ".side", r.side(), Side.class, false);
            if (r.degrees() == null) {
                checks.add(at + ".degrees", "error.required");
            } else if (movement != null) {
                addIfValid(rom, checks.valid(at, () -> new RangeOfMotion(movement, side, r.degrees())));
            }
        }
        return rom;
    }

    static <T> void addIfValid(List<T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static void requireAnswer(FieldChecks checks, String flag, Boolean answer) {
        if (answer == null) {
            checks.add("redFlags." + flag, "error.screeningAnswerMissing");
        }
    }
}
