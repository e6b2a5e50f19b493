package org.artclinic.clinic.intake;

import java.util.ArrayList;
import java.util.List;

import org.artclinic.clinic.api.FieldChecks;

/** Reading the parts of intake requests that several resources share. */
final class IntakeRequests {

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
