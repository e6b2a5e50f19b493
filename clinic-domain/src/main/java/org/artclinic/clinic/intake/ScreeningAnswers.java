package org.artclinic.clinic.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;

/**
 * What the practitioner asked at intake about red flags, precautions and local contraindications.
 * Every question is answered yes or no: an intake whose screening was skipped must not read as "no
 * red flags" (a false negative here would let a fracture or cauda equina syndrome be treated), so
 * answers taken from a form or a request go through {@link #answered} and a missing answer is
 * refused. Source: the IFOMPT red-flag framework (Finucane et al., J Orthop Sports Phys Ther
 * 2020;50(7):350-372) asks that red flags be screened for, and the screening recorded, before
 * management; an unrecorded answer is not a negative one.
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

    /**
     * The screening as answered on a form or in a request, where each answer may be missing (null).
     * Refuses, naming every question left open, unless each red flag and precaution is answered yes
     * or no and the local contraindications are answered: {@code null} means not asked, an empty
     * list means "none".
     *
     * @param localContraindicationsPresent the answer to "is there an active infection, open wound or
     *        unhealed surgical site near a region?"; must agree with the list (yes with at least one,
     *        no with none). {@code null} is taken from the list when the list itself is given.
     */
    public static ScreeningAnswers answered(Boolean recentTrauma, Boolean unexplainedWeightLossFeverNightPain,
            Boolean progressiveNeurologicalDeficit, Boolean bleedingDisorderOrAnticoagulants, Boolean pregnancy,
            Boolean localContraindicationsPresent, List<LocalContraindication> localContraindications) {
        List<String> open = new ArrayList<>();
        if (recentTrauma == null) {
            open.add(RedFlag.RECENT_TRAUMA.summary());
        }
        if (unexplainedWeightLossFeverNightPain == null) {
            open.add(RedFlag.UNEXPLAINED_WEIGHT_LOSS_FEVER_NIGHT_PAIN.summary());
        }
        if (progressiveNeurologicalDeficit == null) {
            open.add(RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT.summary());
        }
        if (bleedingDisorderOrAnticoagulants == null) {
            open.add(Precaution.BLEEDING_RISK.question());
        }
        if (pregnancy == null) {
            open.add(Precaution.PREGNANCY.question());
        }
        Boolean present = localContraindicationsPresent;
        if (present == null && localContraindications != null) {
            present = !localContraindications.isEmpty();
        }
        if (present == null) {
            open.add(LOCAL_QUESTION);
        }
        if (!open.isEmpty()) {
            throw new DomainException("Answer yes or no to every screening question before saving; not answered: "
                    + String.join("; ", open) + ".");
        }
        List<LocalContraindication> locals = localContraindications == null ? List.of() : localContraindications;
        if (present && locals.isEmpty()) {
            throw new DomainException("You answered yes to an infection, open wound or unhealed surgical site: "
                    + "name the region and the reason, so that only that region is blocked.");
        }
        if (!present && !locals.isEmpty()) {
            throw new DomainException("You answered no to an infection, open wound or unhealed surgical site, "
                    + "but listed one: change the answer to yes or remove the region.");
        }
        return new ScreeningAnswers(recentTrauma, unexplainedWeightLossFeverNightPain, progressiveNeurologicalDeficit,
                bleedingDisorderOrAnticoagulants, pregnancy, locals);
    }

    /** The local-contraindication question, as named when it was left unanswered. */
    static final String LOCAL_QUESTION = "an active infection, open wound or unhealed surgical site near a region";

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
