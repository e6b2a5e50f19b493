package org.artclinic.clinic.protocol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.Side;

/**
 * What a protocol says, checked: the page's edit dialog, the REST API and the import files all
 * build one, so the rules are stated once. The constructor trims the texts, brings the indication
 * codes to their dotted upper-case form and refuses what breaks a rule, with a message naming it.
 *
 * @param startPosition the patient's start position, with the target tissue shortened
 * @param contactPoint where the practitioner's contact is taken
 * @param tensionDirection the direction the contact holds the tension in
 * @param movement the active or passive movement that takes the tissue to its lengthened position
 * @param typicalPasses how many passes are usual in one visit (a default for charting)
 */
public record ProtocolDetails(String name, RegionGroup regionGroup, BodyRegion region, String structure,
        Tissue tissue, Set<Side> sides, String startPosition, String contactPoint, String tensionDirection,
        String movement, int typicalPasses, List<String> indications, String notes) {

    public static final int NAME_LENGTH = 120;
    public static final int STRUCTURE_LENGTH = 120;
    public static final int STEP_LENGTH = 600;
    public static final int NOTES_LENGTH = 2000;
    public static final int MAX_PASSES = 10;
    public static final int MAX_INDICATIONS = 12;

    public ProtocolDetails {
        name = Text.required(name, NAME_LENGTH, "The protocol name");
        if (name.contains(";")) {
            throw new DomainException("A protocol name has no semicolon (files separate linked names with it): " + name);
        }
        if (regionGroup == null) {
            throw new DomainException("Choose the region group of " + name + ".");
        }
        if (region == null) {
            throw new DomainException("Choose the body region of " + name + ".");
        }
        structure = Text.required(structure, STRUCTURE_LENGTH, "The target structure");
        if (tissue == null) {
            throw new DomainException("Choose the tissue of " + name + " (muscle, tendon, ligament, fascia or nerve).");
        }
        if (tissue == Tissue.NERVE && regionGroup != RegionGroup.NERVE_ENTRAPMENT) {
            throw new DomainException(name + " works on a nerve, so it belongs to the nerve entrapment group.");
        }
        if (regionGroup != RegionGroup.NERVE_ENTRAPMENT && regionGroup != RegionGroup.ofRegion(region)) {
            throw new DomainException(name + " is at the " + words(region) + ", which belongs to the "
                    + words(RegionGroup.ofRegion(region)) + " group (or nerve entrapment), not to "
                    + words(regionGroup) + ".");
        }
        sides = sides(name, sides);
        startPosition = Text.required(startPosition, STEP_LENGTH, "The start position (tissue shortened)");
        contactPoint = Text.required(contactPoint, STEP_LENGTH, "The contact point");
        tensionDirection = Text.required(tensionDirection, STEP_LENGTH, "The direction of tension");
        movement = Text.required(movement, STEP_LENGTH, "The movement to the lengthened position");
        if (typicalPasses < 1 || typicalPasses > MAX_PASSES) {
            throw new DomainException("Typical passes are between 1 and " + MAX_PASSES + ".");
        }
        indications = indications(indications);
        notes = Text.optional(notes, NOTES_LENGTH, "The notes");
    }

    /** Left and right (each side treated on its own), or the midline; never "both" at once. */
    private static Set<Side> sides(String name, Collection<Side> given) {
        Set<Side> sides = given == null || given.isEmpty() ? EnumSet.noneOf(Side.class) : EnumSet.copyOf(given);
        if (sides.isEmpty()) {
            throw new DomainException("Say which sides " + name + " is done on: left, right or the midline.");
        }
        if (sides.contains(Side.BOTH)) {
            throw new DomainException("A protocol is done on one side at a time: give LEFT and RIGHT, not BOTH.");
        }
        if (sides.contains(Side.MIDLINE) && sides.size() > 1) {
            throw new DomainException(name + " is either on the midline or on the left and right, not both.");
        }
        return Set.copyOf(sides);
    }

    private static List<String> indications(List<String> given) {
        Set<String> codes = new LinkedHashSet<>();
        if (given != null) {
            for (String code : given) {
                if (code != null && !code.isBlank()) {
                    codes.add(IndicationCode.of(code));
                }
            }
        }
        if (codes.size() > MAX_INDICATIONS) {
            throw new DomainException("A protocol has at most " + MAX_INDICATIONS + " indication codes.");
        }
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
