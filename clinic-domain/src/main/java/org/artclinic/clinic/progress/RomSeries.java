package org.artclinic.clinic.progress;

import java.util.List;

import org.artclinic.clinic.intake.RomMovement;

/** A movement's range of motion over time, the earliest first, with its normal for reference. */
public record RomSeries(RomMovement movement, List<RomRow> rows) {

    public RomSeries {
        rows = List.copyOf(rows);
    }

    public int normalDegrees() {
        return movement.normalDegrees();
    }
}
