package org.artclinic.clinic.protocol;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.web.Messages;

/**
 * The protocol library's edit dialog (administrators): a new protocol or a change of the one
 * opened, with its related protocols picked by name. The rules are {@link ProtocolDetails}'s and
 * the service's; the dialog closes on {@code args.saved}.
 */
@Named
@ViewScoped
public class ProtocolEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The sides a protocol may be done on, as the dialog offers them. */
    public enum SideChoice {
        LEFT_AND_RIGHT, MIDLINE
    }

    @Inject
    private ProtocolLibrary library;

    @Inject
    private ProtocolsBacking page;

    private Long editId;
    private long editVersion;
    private String name;
    private RegionGroup regionGroup;
    private BodyRegion region;
    private String structure;
    private Tissue tissue;
    private SideChoice sides = SideChoice.LEFT_AND_RIGHT;
    private String startPosition;
    private String contactPoint;
    private String tensionDirection;
    private String movement;
    private Integer typicalPasses = 3;
    private String indications;
    private List<Long> linkIds = new ArrayList<>();
    private String notes;

    /** The protocols that can be linked, read when the dialog opens. */
    private List<ProtocolName> linkOptions = List.of();

    public void newProtocol() {
        editId = null;
        editVersion = 0;
        name = null;
        regionGroup = null;
        region = null;
        structure = null;
        tissue = null;
        sides = SideChoice.LEFT_AND_RIGHT;
        startPosition = null;
        contactPoint = null;
        tensionDirection = null;
        movement = null;
        typicalPasses = 3;
        indications = null;
        linkIds = new ArrayList<>();
        notes = null;
        linkOptions = library.names();
    }

    /** Fills the dialog with the protocol opened on the page. */
    public void edit() {
        Protocol protocol = page.getOpen();
        if (protocol == null) {
            return;
        }
        editId = protocol.getId();
        editVersion = protocol.getVersion();
        name = protocol.getName();
        regionGroup = protocol.getRegionGroup();
        region = protocol.getRegion();
        structure = protocol.getStructure();
        tissue = protocol.getTissue();
        sides = protocol.allowsSide(Side.MIDLINE) ? SideChoice.MIDLINE : SideChoice.LEFT_AND_RIGHT;
        startPosition = protocol.getStartPosition();
        contactPoint = protocol.getContactPoint();
        tensionDirection = protocol.getTensionDirection();
        movement = protocol.getMovement();
        typicalPasses = protocol.getTypicalPasses();
        indications = String.join(", ", protocol.getIndications());
        linkIds = new ArrayList<>(protocol.getLinks().stream().map(Protocol::getId).toList());
        notes = protocol.getNotes();
        linkOptions = library.names().stream().filter(n -> n.id() != protocol.getId()).toList();
    }

    public void save() {
        Optional<Protocol> saved = Messages.changeReporting(() -> editId == null
                ? library.create(details(), linkIds) : library.update(editId, editVersion, details(), linkIds),
                p -> Messages.text(editId == null ? "protocols.added" : "protocols.saved", p.getName()));
        saved.ifPresent(p -> page.reopen(p.getId()));
    }

    private ProtocolDetails details() {
        if (typicalPasses == null) {
            throw new DomainException(Messages.text("protocols.passesRequired"));
        }
        return new ProtocolDetails(name, regionGroup, region, structure, tissue,
                sides == SideChoice.MIDLINE ? EnumSet.of(Side.MIDLINE) : EnumSet.of(Side.LEFT, Side.RIGHT),
                startPosition, contactPoint, tensionDirection, movement, typicalPasses, codes(), notes);
    }

    private List<String> codes() {
        return indications == null ? List.of()
                : List.of(indications.split("[,;\\s]+")).stream().filter(s -> !s.isBlank()).toList();
    }

    public boolean isEditing() {
        return editId != null;
    }

    public List<ProtocolName> getLinkOptions() {
        return linkOptions;
    }

    public List<SideChoice> getSideChoices() {
        return List.of(SideChoice.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RegionGroup getRegionGroup() {
        return regionGroup;
    }

    public void setRegionGroup(RegionGroup regionGroup) {
        this.regionGroup = regionGroup;
    }

    public BodyRegion getRegion() {
        return region;
    }

    public void setRegion(BodyRegion region) {
        this.region = region;
    }

    public String getStructure() {
        return structure;
    }

    public void setStructure(String structure) {
        this.structure = structure;
    }

    public Tissue getTissue() {
        return tissue;
    }

    public void setTissue(Tissue tissue) {
        this.tissue = tissue;
    }

    public SideChoice getSides() {
        return sides;
    }

    public void setSides(SideChoice sides) {
        this.sides = sides;
    }

    public String getStartPosition() {
        return startPosition;
    }

    public void setStartPosition(String startPosition) {
        this.startPosition = startPosition;
    }

    public String getContactPoint() {
        return contactPoint;
    }

    public void setContactPoint(String contactPoint) {
        this.contactPoint = contactPoint;
    }

    public String getTensionDirection() {
        return tensionDirection;
    }

    public void setTensionDirection(String tensionDirection) {
        this.tensionDirection = tensionDirection;
    }

    public String getMovement() {
        return movement;
    }

    public void setMovement(String movement) {
        this.movement = movement;
    }

    public Integer getTypicalPasses() {
        return typicalPasses;
    }

    public void setTypicalPasses(Integer typicalPasses) {
        this.typicalPasses = typicalPasses;
    }

    public String getIndications() {
        return indications;
    }

    public void setIndications(String indications) {
        this.indications = indications;
    }

    public List<Long> getLinkIds() {
        return linkIds;
    }

    public void setLinkIds(List<Long> linkIds) {
        this.linkIds = linkIds == null ? new ArrayList<>() : new ArrayList<>(linkIds);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
