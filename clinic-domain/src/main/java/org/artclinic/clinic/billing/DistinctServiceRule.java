package org.artclinic.clinic.billing;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.artclinic.clinic.charting.SpinalRegion;
import org.artclinic.clinic.intake.BodyRegion;

/**
 * Therapy on the day of chiropractic manipulation. The NCCI procedure-to-procedure edits pair
 * spinal manipulation (98940-98942, column 1) with manual therapy, neuromuscular re-education,
 * massage and therapeutic activities (97140, 97112, 97124, 97530, column 2) with a modifier
 * indicator of 1: the column-2 code is paid only when it treated a separate anatomic site, shown by
 * modifier XS (a separate structure), or 59 for a payer that does not take the X modifiers. Sources:
 * CMS NCCI procedure-to-procedure edit tables; CMS Change Request 8863 (2015), which created XE, XS,
 * XP and XU as the specific forms of 59.
 *
 * <p>The sites are compared by body region: a spinal region counts as the intake region it lies in
 * (cervical: neck; thoracic: upper back; lumbar, sacral and pelvic: low back). The modifier is applied
 * only when every region the therapy treated is apart from every manipulated one; otherwise the line
 * gets a warning and no modifier, for a manager to decide on with the note.
 */
public final class DistinctServiceRule {

    /** The column-2 codes paired with spinal manipulation. */
    public static final Set<String> PAIRED_WITH_MANIPULATION = Set.of("97140", "97112", "97124", "97530");
    /** Spinal manipulation, the column-1 codes (98943, extraspinal, is not in the pair). */
    public static final Set<String> SPINAL_MANIPULATION = Set.of("98940", "98941", "98942");

    /** A modifier the rule applies, with the reason shown on the line; or a warning and no modifier. */
    public record Decision(Optional<String> modifier, String reason, boolean warning) {
    }

    private DistinctServiceRule() {
    }

    /**
     * The decision for one therapy line of a visit, or empty when the rule does not concern it (not a
     * paired code, or no spinal manipulation that day).
     *
     * @param code the line's code
     * @param treated the body regions the line's service treated
     * @param manipulated the spinal regions manipulated at the visit (empty for none)
     * @param xModifiers whether the payer takes XE/XS/XP/XU (else 59)
     */
    public static Optional<Decision> decide(String code, Set<BodyRegion> treated, Set<SpinalRegion> manipulated,
            boolean xModifiers) {
        if (!PAIRED_WITH_MANIPULATION.contains(code) || manipulated.isEmpty()) {
            return Optional.empty();
        }
        Set<BodyRegion> spine = manipulated.stream().map(SpinalRegion::bodyRegion)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BodyRegion.class)));
        String spineWords = words(spine);
        if (treated.isEmpty()) {
            return Optional.of(new Decision(Optional.empty(), code + " is paired with the spinal manipulation of the "
                    + spineWords + " (NCCI); the line names no region, so it cannot be shown to be a separate site.",
                    true));
        }
        Set<BodyRegion> overlap = EnumSet.copyOf(treated);
        overlap.retainAll(spine);
        if (!overlap.isEmpty()) {
            return Optional.of(new Decision(Optional.empty(), code + " treated the " + words(overlap)
                    + ", which was also manipulated (NCCI pair with spinal manipulation): no modifier applies; "
                    + "bill it only for a separate region documented in the note.", true));
        }
        String modifier = xModifiers ? "XS" : "59";
        return Optional.of(new Decision(Optional.of(modifier), modifier + ": " + code + " treated the "
                + words(treated) + ", a site apart from the manipulated " + spineWords
                + " (NCCI pair with spinal manipulation).", false));
    }

    private static String words(Set<BodyRegion> regions) {
        List<String> names = regions.stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .toList();
        return String.join(", ", names);
    }
}
