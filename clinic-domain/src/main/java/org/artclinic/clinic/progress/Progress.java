package org.artclinic.clinic.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.artclinic.clinic.charting.ArtEntry;
import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.intake.IntakeAssessment;
import org.artclinic.clinic.intake.PainScores;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.outcome.Instrument;

/**
 * A patient's progress over a period (decision 0033): each movement's range of motion with left and
 * right side by side, pain, and each outcome instrument's scores, all earliest first.
 *
 * <p>Per visit, the objective's re-test is the visit's value; of the ART entries that measured the
 * same movement and side, the first entry's "before" and the last entry's "after" stand for the
 * visit's start and end (several protocols often re-test one movement in between). An entry charted
 * on both sides gives one number for two sides, so it is left out of a sided movement's series; a
 * movement without sides takes every entry's value as its midline value.
 */
public record Progress(List<PainPoint> pain, List<RomSeries> rom, List<OutcomeSeries> outcomes) {

    public Progress {
        pain = List.copyOf(pain);
        rom = List.copyOf(rom);
        outcomes = List.copyOf(outcomes);
    }

    public boolean isEmpty() {
        return pain.isEmpty() && rom.isEmpty() && outcomes.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the readings in any order; {@link #build} sorts them. */
    public static final class Builder {

        private record Key(Instant at, ReadingSource source) {
        }

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::at).thenComparing(Key::source);

        private final List<PainPoint> pain = new ArrayList<>();
        private final Map<RomMovement, Map<Key, Integer[]>> rom = new EnumMap<>(RomMovement.class);
        private final Map<Instrument, Map<Instant, BigDecimal>> outcomes = new EnumMap<>(Instrument.class);

        private Builder() {
        }

        /** An intake or re-assessment: its pain now and its range-of-motion measurements (the baseline). */
        public Builder intake(Instant at, PainScores painScores, List<RangeOfMotion> measurements) {
            if (painScores != null && painScores.getNow() != null) {
                pain.add(new PainPoint(at, ReadingSource.INTAKE, painScores.getNow()));
            }
            measurements.forEach(m -> rom(at, ReadingSource.INTAKE, m.getMovement(), m.getSide(), m.getDegrees()));
            return this;
        }

        public Builder intake(IntakeAssessment intake) {
            return intake(intake.getAssessedAt(), intake.getPain(), intake.getRangeOfMotion());
        }

        /** A visit's pain today and its objective re-tests. */
        public Builder visit(Instant at, Integer painToday, List<RangeOfMotion> retests) {
            if (painToday != null) {
                pain.add(new PainPoint(at, ReadingSource.VISIT, painToday));
            }
            retests.forEach(m -> rom(at, ReadingSource.VISIT, m.getMovement(), m.getSide(), m.getDegrees()));
            return this;
        }

        /**
         * One ART entry of a visit, in the order charted: pain and range of motion before and after
         * (any may be null; movement is null when no range was measured).
         */
        public Builder entry(Instant at, RomMovement movement, Side side, Integer painBefore, Integer painAfter,
                Integer romBefore, Integer romAfter) {
            if (painBefore != null && pain.stream().noneMatch(p -> p.at().equals(at)
                    && p.source() == ReadingSource.BEFORE_ART)) {
                pain.add(new PainPoint(at, ReadingSource.BEFORE_ART, painBefore));
            }
            if (painAfter != null) {
                pain.removeIf(p -> p.at().equals(at) && p.source() == ReadingSource.AFTER_ART);
                pain.add(new PainPoint(at, ReadingSource.AFTER_ART, painAfter));
            }
            if (movement != null && (!movement.sided() || side == Side.LEFT || side == Side.RIGHT)) {
                if (romBefore != null && value(movement, new Key(at, ReadingSource.BEFORE_ART), side) == null) {
                    rom(at, ReadingSource.BEFORE_ART, movement, side, romBefore);
                }
                if (romAfter != null) {
                    rom(at, ReadingSource.AFTER_ART, movement, side, romAfter);
                }
            }
            return this;
        }

        /** A signed or draft visit note: pain today, re-tests, then its ART entries in order. */
        public Builder visit(VisitNote note) {
            Instant at = note.getVisitStartsAt();
            visit(at, note.getSoap().painToday(), note.getRomRetests());
            for (ArtEntry entry : note.getArtEntries()) {
                entry(at, entry.getMovement(), entry.getSide(), entry.getPainBefore(), entry.getPainAfter(),
                        entry.getRomBefore(), entry.getRomAfter());
            }
            return this;
        }

        /** A scored outcome measure. */
        public Builder outcome(Instrument instrument, Instant at, BigDecimal score) {
            if (score != null) {
                outcomes.computeIfAbsent(instrument, i -> new TreeMap<>()).put(at, score);
            }
            return this;
        }

        public Progress build() {
            List<PainPoint> sortedPain = new ArrayList<>(pain);
            sortedPain.sort(Comparator.comparing(PainPoint::at).thenComparing(PainPoint::source));
            List<RomSeries> series = new ArrayList<>();
            rom.forEach((movement, rows) -> series.add(new RomSeries(movement, rows.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(ORDER))
                    .map(e -> new RomRow(e.getKey().at(), e.getKey().source(), e.getValue()[0], e.getValue()[1],
                            e.getValue()[2]))
                    .toList())));
            List<OutcomeSeries> scores = new ArrayList<>();
            outcomes.forEach((instrument, byTime) -> {
                List<OutcomeSeries.Score> list = new ArrayList<>();
                BigDecimal first = null;
                for (Map.Entry<Instant, BigDecimal> score : byTime.entrySet()) {
                    list.add(new OutcomeSeries.Score(score.getKey(), score.getValue(),
                            first == null ? null : instrument.change(first, score.getValue())));
                    if (first == null) {
                        first = score.getValue();
                    }
                }
                scores.add(new OutcomeSeries(instrument, list));
            });
            return new Progress(sortedPain, series, scores);
        }

        private void rom(Instant at, ReadingSource source, RomMovement movement, Side side, int degrees) {
            Integer[] row = rom.computeIfAbsent(movement, m -> new TreeMap<>(ORDER))
                    .computeIfAbsent(new Key(at, source), k -> new Integer[3]);
            row[slot(movement, side)] = degrees;
        }

        private Integer value(RomMovement movement, Key key, Side side) {
            Map<Key, Integer[]> rows = rom.get(movement);
            Integer[] row = rows == null ? null : rows.get(key);
            return row == null ? null : row[slot(movement, side)];
        }

        private static int slot(RomMovement movement, Side side) {
            if (!movement.sided()) {
                return 2;
            }
            return side == Side.LEFT ? 0 : 1;
        }
    }
}
