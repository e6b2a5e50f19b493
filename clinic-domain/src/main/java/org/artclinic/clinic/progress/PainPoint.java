package org.artclinic.clinic.progress;

import java.time.Instant;
import java.util.Objects;

/** Pain (0-10) at a point in time, and where it was asked. */
public record PainPoint(Instant at, ReadingSource source, int value) {

    public PainPoint {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
    }
}
