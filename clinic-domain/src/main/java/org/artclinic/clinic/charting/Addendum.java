package org.artclinic.clinic.charting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;

/**
 * A correction or addition to a signed note, with its author and time; the note itself stays as
 * signed and both are shown. Written once, never changed.
 */
@Entity
@Table(name = "visit_addendum")
public class Addendum extends BaseEntity {

    public static final int MAX_TEXT = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_note_id", nullable = false)
    private VisitNote note;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "written_by", nullable = false, length = 50)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Addendum() {
        // for JPA
    }

    Addendum(VisitNote note, String text, String writtenBy, Instant writtenAt) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new DomainException("Write what the addendum corrects or adds.");
        }
        if (value.length() > MAX_TEXT) {
            throw new DomainException("An addendum holds at most " + MAX_TEXT + " characters; this one has "
                    + value.length() + ".");
        }
        this.note = note;
        this.text = value;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public VisitNote getNote() {
        return note;
    }

    public String getText() {
        return text;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
