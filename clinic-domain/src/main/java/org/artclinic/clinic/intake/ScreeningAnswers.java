package org.artclinic.clinic.intake;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the practitioner asked at intake about red flags, precautions and local contraindications.
 * An answer not given counts as "no": the intake form asks every question, and a "yes" is what
 * changes the decision.
 */
public record ScreeningAnswers(
        boolean recentTrauma,
        boolean unexplainedWeightLossFeverNightPain,
        boolean progressiveNeurologicalDeficit,
        boolean bleedingDisorderOrAnticoagulants,
        boolean pregnancy,
        List<LocalContraindication> localContraindications) {

    public ScreeningAnswers {
        localContraindications = localContraindications == null ? List.of() : List.copyOf(localContraindications);
    }

    /** Nothing of concern. */
    public static ScreeningAnswers none() {
        return new ScreeningAnswers(false, false, false, false, false, List.of());
    }

    public Set<RedFlag> redFlags() {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        if (recentTrauma) {
            flags.add(RedFlag.RECENT_TRAUMA);
        }
        if (unexplainedWeightLossFeverNightPain) {
            flags.add(RedFlag.UNEXPLAINED_WEIGHT_LOSS_FEVER_NIGHT_PAIN);
        }
        if (progressiveNeurologicalDeficit) {
            flags.add(RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT);
        }
        return flags;
    }

    public Set<Precaution> precautions() {
        Set<Precaution> precautions = EnumSet.noneOf(Precaution.class);
        if (bleedingDisorderOrAnticoagulants) {
            precautions.add(Precaution.BLEEDING_RISK);
        }
        if (pregnancy) {
            precautions.add(Precaution.PREGNANCY);
        }
        return precautions;
    }
}
