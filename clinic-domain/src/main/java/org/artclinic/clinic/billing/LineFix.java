package org.artclinic.clinic.billing;

import java.util.List;

/** A manager's corrected charge line, as entered on the review queue or sent to the API. */
public record LineFix(String code, int units, List<Modifier> modifiers, List<Integer> pointers) {
    public LineFix {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        pointers = pointers == null ? List.of() : List.copyOf(pointers);
    }
}
