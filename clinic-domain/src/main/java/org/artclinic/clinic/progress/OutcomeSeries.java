package org.artclinic.clinic.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.artclinic.clinic.outcome.Change;
import org.artclinic.clinic.outcome.Instrument;

/** An instrument's scores over time, the earliest first, each compared with the first of the period. */
public record OutcomeSeries(Instrument instrument, List<Score> scores) {

    public OutcomeSeries {
        scores = List.copyOf(scores);
    }

    /**
     * One score; {@code sinceFirst} is the change from the series' first score, flagged against the
     * instrument's MCID (null for the first itself).
     */
    public record Score(Instant at, BigDecimal score, Change sinceFirst) {

        public Score {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(score, "score");
        }
    }
}
