package org.artclinic.clinic.intake;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.artclinic.clinic.common.DomainException;

/** A body region the complaint concerns, and on which side. */
@Embeddable
public class ComplaintRegion implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 20)
    private BodyRegion region;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 10)
    private Side side;

    protected ComplaintRegion() {
        // for JPA
    }

    public ComplaintRegion(BodyRegion region, Side side) {
        if (region == null) {
            throw new DomainException("Choose the body region of the complaint.");
        }
        this.region = region;
        this.side = side == null ? Side.MIDLINE : side;
    }

    public BodyRegion getRegion() {
        return region;
    }

    public Side getSide() {
        return side;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComplaintRegion that && region == that.region && side == that.side;
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, side);
    }

    @Override
    public String toString() {
        return RegionWords.of(region) + " (" + side.words() + ")";
    }
}
