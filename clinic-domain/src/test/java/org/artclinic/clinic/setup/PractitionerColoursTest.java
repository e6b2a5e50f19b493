package org.artclinic.clinic.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PractitionerColoursTest {

    @Test
    void aNewPractitionerGetsAColourNoActivePractitionerHas() {
        assertEquals("#1f6f78", PractitionerColours.forNew(List.of()));
        assertEquals("#7b3fa0", PractitionerColours.forNew(List.of("#1F6F78")), "case does not matter");
        assertEquals("#b4461a", PractitionerColours.forNew(List.of("#7b3fa0", "#1f6f78", "#123456")));
    }

    @Test
    void whenEveryColourIsTakenTheLeastUsedIsReused() {
        List<String> taken = new ArrayList<>(PractitionerColours.PALETTE);
        taken.addAll(PractitionerColours.PALETTE);
        taken.remove("#2f5fb3"); // used once, every other twice
        assertEquals("#2f5fb3", PractitionerColours.forNew(taken));
    }

    @Test
    void everyColourCarriesWhiteTextReadably() {
        for (String colour : PractitionerColours.PALETTE) {
            double ratio = 1.05 / (luminance(colour) + 0.05);
            assertTrue(ratio >= 4.5, colour + " has a contrast of " + ratio + " with white");
        }
        assertEquals(PractitionerColours.PALETTE.size(), PractitionerColours.PALETTE.stream().distinct().count());
    }

    /** WCAG 2 relative luminance of "#rrggbb". */
    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
