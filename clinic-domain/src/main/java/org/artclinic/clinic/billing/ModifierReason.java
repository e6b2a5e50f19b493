package org.artclinic.clinic.billing;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A modifier a rule (or a manager) put on a charge line, and why. */
@Embeddable
public class ModifierReason implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "modifier", nullable = false, length = 5)
    private Modifier modifier;

    @Column(name = "reason", nullable = false, length = 400)
    private String reason;

    protected ModifierReason() {
    }

    public ModifierReason(Modifier modifier, String reason) {
        this.modifier = Objects.requireNonNull(modifier, "modifier");
        this.reason = reason.length() > 400 ? reason.substring(0, 399) + "…" : reason;
    }

    public Modifier getModifier() {
        return modifier;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModifierReason r && modifier == r.modifier && reason.equals(r.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modifier, reason);
    }
}
