package org.artclinic.clinic.billing;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A warning on a charge line: what kind, and a message saying what to check or do. */
@Embeddable
public class ChargeWarning implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 30)
    private WarningCode code;

    @Column(name = "message", nullable = false, length = 400)
    private String message;

    protected ChargeWarning() {
    }

    public ChargeWarning(WarningCode code, String message) {
        this.code = Objects.requireNonNull(code, "code");
        this.message = message.length() > 400 ? message.substring(0, 399) + "…" : message;
    }

    public WarningCode getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChargeWarning w && code == w.code && message.equals(w.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message);
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
