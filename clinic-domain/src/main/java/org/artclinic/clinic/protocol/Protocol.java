package org.artclinic.clinic.protocol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.SearchText;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.Side;

/**
 * One ART protocol of the clinic's library: which structure, from which shortened start position,
 * with which contact and tension, through which movement to its lengthened position. Charting
 * refers to a protocol by its id, so protocols are never deleted: they are retired (hidden from
 * new entries) and can be reactivated. Links name the related structures up and down the kinetic
 * chain, the protocols to suggest next. The name is unique (ignoring case and accents) and carries
 * no side: the side is chosen when the protocol is charted.
 */
@Entity
@Table(name = "protocol")
@NamedQuery(name = Protocol.COUNT_NAMED,
        query = "SELECT COUNT(p) FROM Protocol p WHERE p.searchName = :name AND p.id <> :except")
@NamedQuery(name = Protocol.NAMED, query = "SELECT p FROM Protocol p WHERE p.searchName IN :names")
@NamedQuery(name = Protocol.ALL, query = "SELECT p FROM Protocol p ORDER BY p.searchName")
@NamedQuery(name = Protocol.COUNT_ALL, query = "SELECT COUNT(p) FROM Protocol p")
public class Protocol extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** How many other protocols (not {@code :except}) have the search form {@code :name} of a name. */
    public static final String COUNT_NAMED = "Protocol.countNamed";
    /** The protocols whose names have the search forms {@code :names}. */
    public static final String NAMED = "Protocol.named";
    /** The whole library by name, retired ones included: for an export. */
    public static final String ALL = "Protocol.all";
    public static final String COUNT_ALL = "Protocol.countAll";

    /** At most this many links to related protocols. */
    public static final int MAX_LINKS = 12;

    @Column(nullable = false, length = ProtocolDetails.NAME_LENGTH)
    private String name;

    /** The name without case, accents or punctuation: unique, and searched by prefix. */
    @Column(name = "search_name", nullable = false, length = ProtocolDetails.NAME_LENGTH)
    private String searchName;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_group", nullable = false, length = 20)
    private RegionGroup regionGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BodyRegion region;

    @Column(nullable = false, length = ProtocolDetails.STRUCTURE_LENGTH)
    private String structure;

    @Column(name = "search_structure", nullable = false, length = ProtocolDetails.STRUCTURE_LENGTH)
    private String searchStructure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Tissue tissue;

    @Convert(converter = SidesConverter.class)
    @Column(nullable = false, length = 30)
    private Set<Side> sides;

    @Column(name = "start_position", nullable = false, length = ProtocolDetails.STEP_LENGTH)
    private String startPosition;

    @Column(name = "contact_point", nullable = false, length = ProtocolDetails.STEP_LENGTH)
    private String contactPoint;

    @Column(name = "tension_direction", nullable = false, length = ProtocolDetails.STEP_LENGTH)
    private String tensionDirection;

    @Column(nullable = false, length = ProtocolDetails.STEP_LENGTH)
    private String movement;

    @Column(name = "typical_passes", nullable = false)
    private int typicalPasses;

    @Column(length = ProtocolDetails.NOTES_LENGTH)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProtocolStatus status = ProtocolStatus.ACTIVE;

    @ElementCollection
    @CollectionTable(name = "protocol_indication", joinColumns = @JoinColumn(name = "protocol_id"))
    @Column(name = "code", nullable = false, length = 8)
    private Set<String> indications = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "protocol_link", joinColumns = @JoinColumn(name = "protocol_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    private Set<Protocol> links = new HashSet<>();

    protected Protocol() {
    }

    public Protocol(ProtocolDetails details) {
        update(details);
    }

    /** The search form of a name, as stored for uniqueness and searching. */
    public static String searchName(String name) {
        return SearchText.name(name);
    }

    public final void update(ProtocolDetails details) {
        if (details == null) {
            throw new DomainException("A protocol needs its details.");
        }
        this.name = details.name();
        this.searchName = searchName(details.name());
        if (searchName.isEmpty()) {
            throw new DomainException("A protocol name needs letters or digits.");
        }
        this.regionGroup = details.regionGroup();
        this.region = details.region();
        this.structure = details.structure();
        this.searchStructure = SearchText.name(details.structure());
        this.tissue = details.tissue();
        this.sides = details.sides().isEmpty() ? Set.of() : java.util.EnumSet.copyOf(details.sides());
        this.startPosition = details.startPosition();
        this.contactPoint = details.contactPoint();
        this.tensionDirection = details.tensionDirection();
        this.movement = details.movement();
        this.typicalPasses = details.typicalPasses();
        this.notes = details.notes();
        this.indications.clear();
        this.indications.addAll(details.indications());
    }

    /**
     * Replaces the links to related protocols. A protocol does not link to itself, and retired
     * protocols may stay linked (they are left out of suggestions).
     */
    public void linkTo(Collection<Protocol> related) {
        Set<Protocol> next = new HashSet<>(related == null ? List.of() : related);
        for (Protocol other : next) {
            if (other == this || (other.getId() != null && other.getId().equals(getId()))) {
                throw new DomainException(name + " cannot be linked to itself.");
            }
        }
        if (next.size() > MAX_LINKS) {
            throw new DomainException(name + " has at most " + MAX_LINKS + " related protocols.");
        }
        links.clear();
        links.addAll(next);
    }

    /** The linked protocols still in use, by name: what to suggest treating next. */
    public List<Protocol> suggestions() {
        return getLinks().stream().filter(p -> !p.isRetired()).toList();
    }

    public void retire() {
        if (isRetired()) {
            throw new DomainException(name + " is retired already.");
        }
        status = ProtocolStatus.RETIRED;
    }

    public void reactivate() {
        if (!isRetired()) {
            throw new DomainException(name + " is in use already.");
        }
        status = ProtocolStatus.ACTIVE;
    }

    public boolean isRetired() {
        return status == ProtocolStatus.RETIRED;
    }

    /** Whether the protocol may be done on this side. */
    public boolean allowsSide(Side side) {
        return sides.contains(side);
    }

    /**
     * Whether an entry may be charted on this side: one of the protocol's sides, or BOTH where it
     * has a left and a right (both sides treated in the visit).
     */
    public boolean fitsEntrySide(Side side) {
        return side == Side.BOTH ? allowsSide(Side.LEFT) && allowsSide(Side.RIGHT) : allowsSide(side);
    }

    /** The content as it was given, for an edit form or an export. */
    public ProtocolDetails details() {
        return new ProtocolDetails(name, regionGroup, region, structure, tissue, sides, startPosition, contactPoint,
                tensionDirection, movement, typicalPasses, getIndications(), notes);
    }

    public String getName() {
        return name;
    }

    public String getSearchName() {
        return searchName;
    }

    public RegionGroup getRegionGroup() {
        return regionGroup;
    }

    public BodyRegion getRegion() {
        return region;
    }

    public String getStructure() {
        return structure;
    }

    public Tissue getTissue() {
        return tissue;
    }

    /** The sides in a fixed order: left, right, midline. */
    public List<Side> getSides() {
        return sides.stream().sorted().toList();
    }

    public String getStartPosition() {
        return startPosition;
    }

    public String getContactPoint() {
        return contactPoint;
    }

    public String getTensionDirection() {
        return tensionDirection;
    }

    public String getMovement() {
        return movement;
    }

    public int getTypicalPasses() {
        return typicalPasses;
    }

    public String getNotes() {
        return notes;
    }

    public ProtocolStatus getStatus() {
        return status;
    }

    /** The indication codes, sorted. */
    public List<String> getIndications() {
        List<String> codes = new ArrayList<>(indications);
        codes.sort(null);
        return codes;
    }

    /** The related protocols by name, retired ones included. */
    public List<Protocol> getLinks() {
        return links.stream().sorted(Comparator.comparing(Protocol::getSearchName)).toList();
    }
}
