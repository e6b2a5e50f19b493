package org.artclinic.clinic.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.outcome.Direction;
import org.artclinic.clinic.outcome.Instrument;

/**
 * One goal of a plan. A measurable goal names what is measured and the value to reach: "Neck
 * rotation right 70°" (a range-of-motion movement, its side and degrees), or "NDI at most 10" (an
 * outcome score, whose better side comes from the instrument's {@link Direction}). A functional goal
 * is words only ("run 5 km without pain") and is judged by the practitioner.
 */
@Embeddable
public class PlanGoal implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private GoalKind kind;

    @Column(name = "description", length = MAX_TEXT)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement", length = 40)
    private RomMovement movement;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", length = 10)
    private Side side;

    @Column(name = "target_degrees")
    private Integer targetDegrees;

    @Enumerated(EnumType.STRING)
    @Column(name = "instrument", length = 20)
    private Instrument instrument;

    @Column(name = "target_score", precision = 6, scale = 1)
    private BigDecimal targetScore;

    protected PlanGoal() {
        // for JPA
    }

    private PlanGoal(GoalKind kind, String description, RomMovement movement, Side side, Integer targetDegrees,
            Instrument instrument, BigDecimal targetScore) {
        this.kind = kind;
        this.description = description;
        this.movement = movement;
        this.side = side;
        this.targetDegrees = targetDegrees;
        this.instrument = instrument;
        this.targetScore = targetScore;
    }

    /** "Neck rotation right 70°": the side is required for a movement measured left and right. */
    public static PlanGoal range(RomMovement movement, Side side, Integer degrees, String note) {
        if (movement == null) {
            throw new DomainException("A range-of-motion goal names the movement.");
        }
        Side measured = movement.sided() ? side : null;
        if (movement.sided() && (side != Side.LEFT && side != Side.RIGHT)) {
            throw new DomainException(movement.label() + " is measured on each side: choose left or right for the goal.");
        }
        if (degrees == null || degrees < 1 || degrees > movement.maxPlausibleDegrees()) {
            throw new DomainException("The goal for " + movement.label().toLowerCase(java.util.Locale.ROOT)
                    + " is between 1 and " + movement.maxPlausibleDegrees() + " degrees.");
        }
        return new PlanGoal(GoalKind.RANGE_OF_MOTION, Text.optional(note, MAX_TEXT, "The goal's note"), movement,
                measured, degrees, null, null);
    }

    /** "NDI at most 10": a score on the instrument's own scale, in its better direction. */
    public static PlanGoal score(Instrument instrument, BigDecimal target, String note) {
        if (instrument == null) {
            throw new DomainException("An outcome goal names the questionnaire.");
        }
        if (target == null || target.compareTo(BigDecimal.valueOf(instrument.minScore())) < 0
                || target.compareTo(BigDecimal.valueOf(instrument.maxScore())) > 0) {
            throw new DomainException("The goal for the " + instrument.title() + " is a score from "
                    + instrument.minScore() + " to " + instrument.maxScore() + ".");
        }
        return new PlanGoal(GoalKind.OUTCOME_SCORE, Text.optional(note, MAX_TEXT, "The goal's note"), null, null,
                null, instrument, target.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros());
    }

    /** A goal in words, e.g. "back to 5 km runs without pain". */
    public static PlanGoal functional(String text) {
        return new PlanGoal(GoalKind.FUNCTIONAL, Text.required(text, MAX_TEXT, "The goal"), null, null, null, null,
                null);
    }

    /** The goal in words: "Neck rotation right 70°", "NDI at most 10", or the functional text. */
    public String words() {
        String note = description == null ? "" : " (" + description + ")";
        return switch (kind) {
            case RANGE_OF_MOTION -> movement.label() + (side == null ? "" : " " + side.words()) + " " + targetDegrees
                    + "°" + note;
            case OUTCOME_SCORE -> instrument.name() + (instrument.direction() == Direction.LOWER_IS_BETTER
                    ? " at most " : " at least ") + targetScore.stripTrailingZeros().toPlainString() + note;
            case FUNCTIONAL -> description;
        };
    }

    /**
     * Whether a measurement meets the goal: degrees at or past the target for a movement, a score at
     * or on the better side of the target for a questionnaire. Null when the goal is functional or
     * there is no measurement yet.
     */
    public Boolean metBy(BigDecimal measured) {
        if (measured == null || kind == GoalKind.FUNCTIONAL) {
            return null;
        }
        if (kind == GoalKind.RANGE_OF_MOTION) {
            return measured.compareTo(BigDecimal.valueOf(targetDegrees)) >= 0;
        }
        int comparison = measured.compareTo(targetScore);
        return instrument.direction() == Direction.LOWER_IS_BETTER ? comparison <= 0 : comparison >= 0;
    }

    /** The same goal, as a new object (an embeddable belongs to one plan). */
    PlanGoal copy() {
        return new PlanGoal(kind, description, movement, side, targetDegrees, instrument, targetScore);
    }

    public GoalKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public RomMovement getMovement() {
        return movement;
    }

    public Side getSide() {
        return side;
    }

    public Integer getTargetDegrees() {
        return targetDegrees;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public BigDecimal getTargetScore() {
        return targetScore;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanGoal goal && kind == goal.kind && Objects.equals(description, goal.description)
                && movement == goal.movement && side == goal.side && Objects.equals(targetDegrees, goal.targetDegrees)
                && instrument == goal.instrument && Objects.equals(targetScore, goal.targetScore);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, description, movement, side, targetDegrees, instrument, targetScore);
    }

    @Override
    public String toString() {
        return words();
    }
}
