package org.artclinic.clinic.outcome;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of scoring one administration: either a score on the instrument's usual reporting
 * scale ({@link Instrument#reportingScale()}), or no score and the reason in plain words (too
 * many unanswered items), never both.
 */
public record Scoring(Instrument instrument, BigDecimal score, String unscorableReason) {

    public Scoring {
        Objects.requireNonNull(instrument, "instrument");
        if ((score == null) == (unscorableReason == null)) {
            throw new IllegalArgumentException("a scoring has either a score or a reason, not both or neither");
        }
    }

    static Scoring scored(Instrument instrument, BigDecimal score) {
        return new Scoring(instrument, score, null);
    }

    static Scoring unscorable(Instrument instrument, String reason) {
        return new Scoring(instrument, null, reason);
    }

    public boolean isScored() {
        return score != null;
    }
}
