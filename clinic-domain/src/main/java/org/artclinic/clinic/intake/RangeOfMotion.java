package org.artclinic.clinic.intake;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.artclinic.clinic.common.DomainException;

/**
 * One range-of-motion measurement: the movement, the side, the degrees measured, and the normal
 * reference the movement had when it was measured (kept, so a later change of the reference list
 * does not change what the chart said).
 */
@Embeddable
public class RangeOfMotion implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement", nullable = false, length = 40)
    private RomMovement movement;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 10)
    private Side side;

    @Column(name = "degrees", nullable = false)
    private int degrees;

    @Column(name = "normal_degrees", nullable = false)
    private int normalDegrees;

    protected RangeOfMotion() {
        // for JPA
    }

    /**
     * @param side LEFT or RIGHT for a sided movement; null or MIDLINE for the others
     * @throws DomainException when the side does not fit the movement or the degrees are out of range
     */
    public RangeOfMotion(RomMovement movement, Side side, int degrees) {
        if (movement == null) {
            throw new DomainException("Choose the movement that was measured.");
        }
        if (movement.sided() && side != Side.LEFT && side != Side.RIGHT) {
            throw new DomainException(movement.label() + " is measured on the left or the right; choose the side.");
        }
        if (!movement.sided() && side != null && side != Side.MIDLINE) {
            throw new DomainException(movement.label() + " has no side.");
        }
        if (degrees < 0 || degrees > movement.maxPlausibleDegrees()) {
            throw new DomainException(movement.label() + " is measured from 0 to " + movement.maxPlausibleDegrees()
                    + " degrees (normal " + movement.normalDegrees() + "); " + degrees + " is out of range.");
        }
        this.movement = movement;
        this.side = movement.sided() ? side : Side.MIDLINE;
        this.degrees = degrees;
        this.normalDegrees = movement.normalDegrees();
    }

    public RomMovement getMovement() {
        return movement;
    }

    public Side getSide() {
        return side;
    }

    public int getDegrees() {
        return degrees;
    }

    /** The normal reference in force when this was measured. */
    public int getNormalDegrees() {
        return normalDegrees;
    }

    /** The measurement as a whole percentage of the normal range, rounded half up. */
    public int getPercentOfNormal() {
        return (int) Math.round(100.0 * degrees / normalDegrees);
    }

    public boolean isBelowNormal() {
        return degrees < normalDegrees;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RangeOfMotion that && movement == that.movement && side == that.side
                && degrees == that.degrees && normalDegrees == that.normalDegrees;
    }

    @Override
    public int hashCode() {
        return Objects.hash(movement, side, degrees);
    }

    @Override
    public String toString() {
        return movement.label() + (movement.sided() ? " " + side.words() : "") + ": " + degrees + "° (normal "
                + normalDegrees + "°)";
    }
}
