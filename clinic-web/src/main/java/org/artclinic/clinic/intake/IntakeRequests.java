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

    static ScreeningAnswers screening(FieldChecks checks, IntakeJson.RedFlags flags,
            List<IntakeJson.Local> locals) {
        List<LocalContraindication> contraindications = new ArrayList<>();
        List<IntakeJson.Local> given = locals == null ? List.of() : locals;
        for (int i = 0; i < given.size(); i++) {
            IntakeJson.Local local = given.get(i);
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
        IntakeJson.RedFlags f = flags == null ? new IntakeJson.RedFlags(null, null, null, null, null) : flags;
        return new ScreeningAnswers(yes(f.recentTrauma()), yes(f.unexplainedWeightLossFeverNightPain()),
                yes(f.progressiveNeurologicalDeficit()), yes(f.bleedingDisorderOrAnticoagulants()),
                yes(f.pregnancy()), contraindications);
    }

    static <T> void addIfValid(List<T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
