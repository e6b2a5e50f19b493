package org.artclinic.clinic.intake;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;

/**
 * What the practitioner felt in one structure. The three findings are the ones the article lists
 * for palpation ("Tight or ropey bands", "Thickened or gritty-feeling tissue", "Tender spots that
 * reproduce your familiar symptoms"; BodySpec, "Active Release Treatment: Benefits and What to
 * Expect", section "Palpation: finding the hot spots").
 */
@Embeddable
public class PalpationFinding implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "structure", nullable = false, length = 120)
    private String structure;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 20)
    private BodyRegion region;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 10)
    private Side side;

    @Column(name = "tight_ropey_band", nullable = false)
    private boolean tightRopeyBand;

    @Column(name = "thickened_gritty_tissue", nullable = false)
    private boolean thickenedGrittyTissue;

    @Column(name = "tender_reproduces_symptom", nullable = false)
    private boolean tenderReproducesSymptom;

    @Column(name = "note", length = 500)
    private String note;

    protected PalpationFinding() {
        // for JPA
    }

    public PalpationFinding(String structure, BodyRegion region, Side side, boolean tightRopeyBand,
            boolean thickenedGrittyTissue, boolean tenderReproducesSymptom, String note) {
        this.structure = Text.required(structure, 120, "The palpated structure");
        if (region == null) {
            throw new DomainException("Choose the body region of " + this.structure + ".");
        }
        this.region = region;
        this.side = side == null ? Side.MIDLINE : side;
        this.tightRopeyBand = tightRopeyBand;
        this.thickenedGrittyTissue = thickenedGrittyTissue;
        this.tenderReproducesSymptom = tenderReproducesSymptom;
        this.note = Text.optional(note, 500, "The palpation note");
        if (!tightRopeyBand && !thickenedGrittyTissue && !tenderReproducesSymptom && this.note == null) {
            throw new DomainException("The palpation of " + this.structure
                    + " records no finding; tick a finding or write a note.");
        }
    }

    public String getStructure() {
        return structure;
    }

    public BodyRegion getRegion() {
        return region;
    }

    public Side getSide() {
        return side;
    }

    public boolean isTightRopeyBand() {
        return tightRopeyBand;
    }

    public boolean isThickenedGrittyTissue() {
        return thickenedGrittyTissue;
    }

    public boolean isTenderReproducesSymptom() {
        return tenderReproducesSymptom;
    }

    public String getNote() {
        return note;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PalpationFinding that && structure.equals(that.structure) && region == that.region
                && side == that.side && tightRopeyBand == that.tightRopeyBand
                && thickenedGrittyTissue == that.thickenedGrittyTissue
                && tenderReproducesSymptom == that.tenderReproducesSymptom && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(structure, region, side);
    }
}
