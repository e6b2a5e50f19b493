package org.artclinic.clinic.outcome;

import java.math.BigDecimal;

import org.artclinic.clinic.web.Messages;

/**
 * Scores and changes in the words the outcome pages show (texts from the {@code outcome} bundle,
 * units from the instrument): "40.0 %", "Better by 20.0 percentage points: improved by at least
 * the MCID of 20 percentage points".
 */
final class OutcomeWords {

    private OutcomeWords() {
    }

    /** The score on the instrument's usual reporting scale, e.g. "40.0 %" or "7 of 10"; "no score" when null. */
    static String score(Instrument instrument, BigDecimal score) {
        return score == null ? Messages.text("outcome.score.none")
                : Messages.text("outcome.score." + instrument.name(), score.toPlainString());
    }

    /** A change judged against the instrument's MCID; null when there is nothing to compare. */
    static String change(Change change) {
        if (change == null) {
            return null;
        }
        Instrument instrument = change.instrument();
        String size = change.difference().abs().toPlainString();
        String mcid = instrument.mcid().stripTrailingZeros().toPlainString();
        String key = switch (change.flag()) {
            case IMPROVED -> "outcome.change.IMPROVED";
            case WORSENED -> "outcome.change.WORSENED";
            case NO_IMPORTANT_CHANGE -> change.difference().signum() == 0 ? "outcome.change.none"
                    : isBetter(change) ? "outcome.change.smallBetter" : "outcome.change.smallWorse";
        };
        return Messages.text(key, size, instrument.unitFor(change.difference()), mcid,
                instrument.unitFor(instrument.mcid()));
    }

    private static boolean isBetter(Change change) {
        int sign = change.difference().signum();
        return change.instrument().direction() == Direction.LOWER_IS_BETTER ? sign < 0 : sign > 0;
    }
}
