package org.artclinic.clinic.charting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;

/**
 * One movement of the visit note's re-test grid: a cell per side (left and right, or the one midline
 * value), each with the intake's baseline, the last re-test and the value being entered.
 */
public final class RetestRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final RomMovement movement;
    private final List<Cell> cells = new ArrayList<>();

    private RetestRow(RomMovement movement) {
        this.movement = movement;
    }

    /** The grid of the service's lines, a row per movement in the order the lines came. */
    static List<RetestRow> of(List<VisitNoteService.RetestLine> lines) {
        Map<RomMovement, RetestRow> rows = new LinkedHashMap<>();
        for (VisitNoteService.RetestLine line : lines) {
            rows.computeIfAbsent(line.movement(), RetestRow::new).cells
                    .add(new Cell(line.side(), line.intake(), line.last(), line.now()));
        }
        return List.copyOf(rows.values());
    }

    public RomMovement getMovement() {
        return movement;
    }

    public List<Cell> getCells() {
        return cells;
    }

    /** One side of a movement: what the intake and the last visit measured, and today's value. */
    public static final class Cell implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Side side;
        private final Integer intake;
        private final Integer last;
        private Integer value;

        Cell(Side side, Integer intake, Integer last, Integer value) {
            this.side = side;
            this.intake = intake;
            this.last = last;
            this.value = value;
        }

        public Side getSide() {
            return side;
        }

        public Integer getIntake() {
            return intake;
        }

        public Integer getLast() {
            return last;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }
    }
}
