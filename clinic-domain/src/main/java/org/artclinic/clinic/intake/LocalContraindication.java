package org.artclinic.clinic.intake;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.artclinic.clinic.common.DomainException;

/** A condition near one body region that keeps that region from being treated. */
@Embeddable
public class LocalContraindication implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 20)
    private BodyRegion region;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 30)
    private ContraindicationReason reason;

    protected LocalContraindication() {
        // for JPA
    }

    public LocalContraindication(BodyRegion region, ContraindicationReason reason) {
        if (region == null || reason == null) {
            throw new DomainException("A local contraindication needs a body region and a reason.");
        }
        this.region = region;
        this.reason = reason;
    }

    public BodyRegion getRegion() {
        return region;
    }

    public ContraindicationReason getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalContraindication that && region == that.region && reason == that.reason;
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, reason);
    }

    @Override
    public String toString() {
        return region + ": " + reason;
    }
}
