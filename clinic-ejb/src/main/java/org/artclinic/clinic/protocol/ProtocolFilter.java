package org.artclinic.clinic.protocol;

import org.artclinic.clinic.common.SearchText;
import org.artclinic.clinic.intake.BodyRegion;

/**
 * What the library is searched by, from the page's filters and the REST API's query alike; every
 * part is optional. {@code text} matches the start of the name or of a word in the name or the
 * structure; {@code structure} the start of a word of the structure; {@code indication} the start
 * of an ICD-10-CM code. Retired protocols are left out unless asked for.
 */
public record ProtocolFilter(BodyRegion region, RegionGroup regionGroup, Tissue tissue, String structure,
        String indication, String text, boolean includeRetired) {

    public static final ProtocolFilter ALL_ACTIVE = new ProtocolFilter(null, null, null, null, null, null, false);

    public ProtocolFilter {
        structure = blankToNull(SearchText.name(structure));
        indication = IndicationCode.prefix(indication);
        text = blankToNull(SearchText.name(text));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
