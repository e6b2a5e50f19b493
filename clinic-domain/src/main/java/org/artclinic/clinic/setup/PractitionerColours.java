package org.artclinic.clinic.setup;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The colours the calendar tells practitioners apart by, and the one a new practitioner gets: a
 * colour no active practitioner has yet, so two columns of the calendar never look alike. Each
 * colour carries white text at a contrast ratio of at least 4.5:1 (WCAG AA), and neighbours in
 * the list differ in hue, so the first few practitioners get clearly different colours.
 */
public final class PractitionerColours {

    /** In the order they are handed out. */
    public static final List<String> PALETTE = List.of(
            "#1f6f78", // teal
            "#7b3fa0", // purple
            "#b4461a", // rust
            "#2f5fb3", // blue
            "#2e7d32", // green
            "#a61d5b", // magenta
            "#8a6100", // ochre
            "#6d4c41", // brown
            "#4b5563", // slate
            "#5b4fc7", // violet
            "#005f99", // ocean
            "#9b2c2c"); // crimson

    private PractitionerColours() {
    }

    /**
     * The colour for a new practitioner: the first in the palette that none of the given colours
     * (those of the active practitioners) is; when every one is taken, the one taken least often.
     */
    public static String forNew(Collection<String> taken) {
        Map<String, Long> uses = taken.stream().filter(Objects::nonNull)
                .map(c -> c.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        String least = PALETTE.get(0);
        for (String colour : PALETTE) {
            long used = uses.getOrDefault(colour, 0L);
            if (used == 0) {
                return colour;
            }
            if (used < uses.getOrDefault(least, 0L)) {
                least = colour;
            }
        }
        return least;
    }
}
