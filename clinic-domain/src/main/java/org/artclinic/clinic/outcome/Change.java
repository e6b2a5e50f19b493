package org.artclinic.clinic.outcome;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The change of one instrument's score between an earlier and a later administration, flagged
 * against the instrument's minimal clinically important difference (MCID).
 *
 * <p>A change counts as clinically important when its size is <em>at least</em> the MCID (the
 * published thresholds are stated as "a change of N points or more"). The published MCIDs were
 * derived for improvement; the same threshold is used for worsening, so a patient who gets worse
 * by as much as an important improvement is flagged too. Scores are compared as reported (rounded
 * to the instrument's reporting scale), i.e. as the practitioner sees them.
 *
 * @param difference later minus earlier, in the instrument's units (negative when the score fell)
 */
public record Change(Instrument instrument, BigDecimal from, BigDecimal to, BigDecimal difference, ChangeFlag flag) {

    public Change {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(flag, "flag");
    }

    /** Compares two scores of the same instrument. */
    static Change between(Instrument instrument, BigDecimal earlier, BigDecimal later) {
        BigDecimal difference = later.subtract(earlier);
        BigDecimal better = instrument.direction() == Direction.LOWER_IS_BETTER ? difference.negate() : difference;
        ChangeFlag flag;
        if (better.compareTo(instrument.mcid()) >= 0) {
            flag = ChangeFlag.IMPROVED;
        } else if (better.negate().compareTo(instrument.mcid()) >= 0) {
            flag = ChangeFlag.WORSENED;
        } else {
            flag = ChangeFlag.NO_IMPORTANT_CHANGE;
        }
        return new Change(instrument, earlier, later, difference, flag);
    }

    /**
     * The change in words a patient could read, e.g. "Better by 12.0 percentage points (from 44.0
     * to 32.0); a change of 10 or more is clinically important."
     */
    public String describe() {
        String size = difference.abs().toPlainString() + " " + instrument.unitFor(difference);
        String fromTo = " (from " + from.toPlainString() + " to " + to.toPlainString() + ")";
        String threshold = "a change of " + instrument.mcid().stripTrailingZeros().toPlainString()
                + " or more is clinically important.";
        return switch (flag) {
            case IMPROVED -> "Better by " + size + fromTo + "; " + threshold;
            case WORSENED -> "Worse by " + size + fromTo + "; " + threshold;
            case NO_IMPORTANT_CHANGE -> difference.signum() == 0
                    ? "No change" + fromTo + "; " + threshold
                    : (isBetter() ? "Better" : "Worse") + " by " + size + fromTo
                            + ", less than a clinically important change; " + threshold;
        };
    }

    private boolean isBetter() {
        return instrument.direction() == Direction.LOWER_IS_BETTER ? difference.signum() < 0 : difference.signum() > 0;
    }
}
