package org.artclinic.clinic.intake;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.artclinic.clinic.common.DomainException;

/** Strength, sensation and reflex at one level on one side: normal, abnormal or not tested. */
@Embeddable
public class NeuroFinding implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "spinal_level", nullable = false, length = 3)
    private SpinalLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 10)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(name = "strength", nullable = false, length = 12)
    private NeuroResult strength;

    @Enumerated(EnumType.STRING)
    @Column(name = "sensation", nullable = false, length = 12)
    private NeuroResult sensation;

    @Enumerated(EnumType.STRING)
    @Column(name = "reflex", nullable = false, length = 12)
    private NeuroResult reflex;

    protected NeuroFinding() {
        // for JPA
    }

    /** A null result means "not tested". */
    public NeuroFinding(SpinalLevel level, Side side, NeuroResult strength, NeuroResult sensation, NeuroResult reflex) {
        if (level == null) {
            throw new DomainException("Choose the level of the neurological finding (C5 to T1, L2 to S1).");
        }
        if (side != Side.LEFT && side != Side.RIGHT) {
            throw new DomainException("The neurological finding at " + level + " is on the left or the right.");
        }
        this.level = level;
        this.side = side;
        this.strength = strength == null ? NeuroResult.NOT_TESTED : strength;
        this.sensation = sensation == null ? NeuroResult.NOT_TESTED : sensation;
        this.reflex = reflex == null ? NeuroResult.NOT_TESTED : reflex;
        if (this.strength == NeuroResult.NOT_TESTED && this.sensation == NeuroResult.NOT_TESTED
                && this.reflex == NeuroResult.NOT_TESTED) {
            throw new DomainException("The neurological finding at " + level + " " + side.words()
                    + " tests nothing; record strength, sensation or reflex.");
        }
    }

    public SpinalLevel getLevel() {
        return level;
    }

    public Side getSide() {
        return side;
    }

    public NeuroResult getStrength() {
        return strength;
    }

    public NeuroResult getSensation() {
        return sensation;
    }

    public NeuroResult getReflex() {
        return reflex;
    }

    public boolean isAbnormal() {
        return strength == NeuroResult.ABNORMAL || sensation == NeuroResult.ABNORMAL || reflex == NeuroResult.ABNORMAL;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NeuroFinding that && level == that.level && side == that.side
                && strength == that.strength && sensation == that.sensation && reflex == that.reflex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, side, strength, sensation, reflex);
    }
}
