package org.artclinic.clinic.charting;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.protocol.Protocol;

/**
 * One ART protocol applied in a visit: the protocol and side, the passes, the tension the patient
 * tolerated, pain (0-10) and the re-tested range of motion (degrees of a named movement) before and
 * after, and how the patient responded. Part of its note: fixed with it when the note is signed.
 */
@Entity
@Table(name = "art_entry")
public class ArtEntry extends BaseEntity {

    /** More than ten passes on one structure in one visit is not a treatment anyone gives. */
    public static final int MAX_PASSES = 10;
    public static final int MAX_RESPONSE = 500;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_note_id", nullable = false)
    private VisitNote note;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "protocol_id", nullable = false)
    private Protocol protocol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Side side;

    @Column(nullable = false)
    private int passes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Tension tension;

    @Column(name = "pain_before")
    private Integer painBefore;

    @Column(name = "pain_after")
    private Integer painAfter;

    /** The movement re-tested before and after (decision 0033); set whenever a degree value is. */
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private RomMovement movement;

    @Column(name = "rom_before")
    private Integer romBefore;

    @Column(name = "rom_after")
    private Integer romAfter;

    @Column(length = MAX_RESPONSE)
    private String response;

    protected ArtEntry() {
        // for JPA
    }

    ArtEntry(VisitNote note, Protocol protocol, Request request) {
        this.note = Objects.requireNonNull(note, "note");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        request.requireFits(protocol);
        this.side = request.side();
        this.passes = request.passes();
        this.tension = request.tension();
        this.painBefore = request.painBefore();
        this.painAfter = request.painAfter();
        this.movement = request.movement();
        this.romBefore = request.romBefore();
        this.romAfter = request.romAfter();
        this.response = request.response();
    }

    /**
     * An entry as asked for, checked for itself (ranges); {@link #requireFits} checks it against
     * its protocol. Range of motion before and after is of one named movement, within the degrees
     * {@link RomMovement#maxPlausibleDegrees() plausible} for it (twice the AAOS normal, at most
     * 200; the source is named on {@link RomMovement}).
     */
    public record Request(Side side, int passes, Tension tension, Integer painBefore, Integer painAfter,
            RomMovement movement, Integer romBefore, Integer romAfter, String response) {

        public Request {
            if (side == null) {
                throw new DomainException("Choose the side treated.");
            }
            if (passes < 1 || passes > MAX_PASSES) {
                throw new DomainException("Passes are counted from 1 to " + MAX_PASSES + "; " + passes + " is not.");
            }
            if (tension == null) {
                throw new DomainException("Choose the tension the patient tolerated: light, moderate or firm.");
            }
            pain(painBefore, "before");
            pain(painAfter, "after");
            if (movement == null && (romBefore != null || romAfter != null)) {
                throw new DomainException("Choose the movement whose range of motion was measured.");
            }
            degrees(movement, romBefore, "before");
            degrees(movement, romAfter, "after");
            response = response == null || response.isBlank() ? null : response.strip();
            if (response != null && response.length() > MAX_RESPONSE) {
                throw new DomainException("The response holds at most " + MAX_RESPONSE + " characters.");
            }
        }

        /** The side must be one the protocol is done on; both sides where it has a left and a right. */
        void requireFits(Protocol protocol) {
            if (protocol.isRetired()) {
                throw new DomainException("\"" + protocol.getName() + "\" is retired from the library; choose another "
                        + "protocol.");
            }
            if (!protocol.fitsEntrySide(side)) {
                throw new DomainException("\"" + protocol.getName() + "\" is not done "
                        + (side == Side.BOTH ? "on both sides" : side == Side.MIDLINE ? "on the midline"
                                : "on the " + side.words() + " side") + ".");
            }
        }

        private static void pain(Integer value, String when) {
            if (value != null && (value < 0 || value > 10)) {
                throw new DomainException("Pain " + when + " is rated from 0 to 10; " + value + " is not on the scale.");
            }
        }

        private static void degrees(RomMovement movement, Integer value, String when) {
            if (value != null && (value < 0 || value > movement.maxPlausibleDegrees())) {
                throw new DomainException("Range of motion " + when + ": " + movement.label() + " is measured from 0 to "
                        + movement.maxPlausibleDegrees() + " degrees (normal " + movement.normalDegrees() + "); "
                        + value + " is not.");
            }
        }
    }

    public VisitNote getNote() {
        return note;
    }

    public Protocol getProtocol() {
        return protocol;
    }

    public Side getSide() {
        return side;
    }

    public int getPasses() {
        return passes;
    }

    public Tension getTension() {
        return tension;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    /** The movement of romBefore and romAfter; null when none was measured. */
    public RomMovement getMovement() {
        return movement;
    }

    public Integer getRomBefore() {
        return romBefore;
    }

    public Integer getRomAfter() {
        return romAfter;
    }

    public String getResponse() {
        return response;
    }
}
