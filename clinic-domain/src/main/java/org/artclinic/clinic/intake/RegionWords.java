package org.artclinic.clinic.intake;

import java.util.Locale;

/** A body region in plain words: "low back", "wrist and hand". */
public final class RegionWords {

    private RegionWords() {
    }

    public static String of(BodyRegion region) {
        return switch (region) {
            case WRIST_HAND -> "wrist and hand";
            case ANKLE_FOOT -> "ankle and foot";
            default -> region.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
