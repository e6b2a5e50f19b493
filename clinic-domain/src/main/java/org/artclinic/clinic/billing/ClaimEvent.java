package org.artclinic.clinic.billing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A claim's move from one status to another: who, when, and a note (what was paid, why denied). */
@Embeddable
public class ClaimEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    @Column(name = "done_by", nullable = false, length = 50)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 15)
    private ClaimStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 15)
    private ClaimStatus to;

    @Column(name = "note", length = 300)
    private String note;

    protected ClaimEvent() {
    }

    ClaimEvent(Instant at, String by, ClaimStatus from, ClaimStatus to, String note) {
        this.at = at;
        this.by = by;
        this.from = from;
        this.to = to;
        this.note = note == null || note.length() <= 300 ? note : note.substring(0, 299) + "…";
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public ClaimStatus getFrom() {
        return from;
    }

    public ClaimStatus getTo() {
        return to;
    }

    public String getNote() {
        return note;
    }
}
