package org.artclinic.clinic.billing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A manager's change to a visit's charges: who, when, why, and what changed (before and after). */
@Embeddable
public class ChargeFix implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "fixed_at", nullable = false)
    private Instant at;

    @Column(name = "fixed_by", nullable = false, length = 50)
    private String by;

    @Column(name = "reason", nullable = false, length = 300)
    private String why;

    @Column(name = "change_made", nullable = false, length = 600)
    private String change;

    protected ChargeFix() {
    }

    ChargeFix(Instant at, String by, String why, String change) {
        this.at = at;
        this.by = by;
        this.why = why;
        this.change = change.length() > 600 ? change.substring(0, 599) + "…" : change;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getWhy() {
        return why;
    }

    public String getChange() {
        return change;
    }
}
