package org.artclinic.clinic.progress;

import java.time.Instant;
import java.util.Objects;

import org.artclinic.clinic.intake.Side;

/**
 * One time point of a movement's range of motion: left and right (a sided movement) or the midline
 * value, in degrees; a side not measured then is null.
 */
public record RomRow(Instant at, ReadingSource source, Integer left, Integer right, Integer midline) {

    public RomRow {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
    }

    /** How many degrees the two sides differ; null unless both were measured. */
    public Integer difference() {
        return left == null || right == null ? null : Math.abs(left - right);
    }

    /** The side with less range; null when they are equal or one was not measured. */
    public Side lowerSide() {
        if (left == null || right == null || left.equals(right)) {
            return null;
        }
        return left < right ? Side.LEFT : Side.RIGHT;
    }
}
