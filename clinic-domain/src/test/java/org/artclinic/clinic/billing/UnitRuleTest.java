package org.artclinic.clinic.billing;

import static org.artclinic.clinic.billing.UnitRule.CMS_8_MINUTE;
import static org.artclinic.clinic.billing.UnitRule.PER_SERVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.artclinic.clinic.billing.UnitRule.TimedMinutes;
import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The unit rules against the worked examples of the Medicare Claims Processing Manual, chapter 5,
 * section 20.2, and the per-service rule on the same visits, where the two differ.
 */
class UnitRuleTest {

    private static List<TimedMinutes> visit(Object... codeThenMinutes) {
        List<TimedMinutes> services = new java.util.ArrayList<>();
        for (int i = 0; i < codeThenMinutes.length; i += 2) {
            services.add(new TimedMinutes((String) codeThenMinutes[i], (Integer) codeThenMinutes[i + 1]));
        }
        return services;
    }

    @Test
    void theTotalMinutesBillOneMoreUnitEveryFifteenFromEight() {
        int[][] table = {{0, 0}, {7, 0}, {8, 1}, {22, 1}, {23, 2}, {37, 2}, {38, 3}, {52, 3}, {53, 4}, {67, 4},
            {68, 5}, {82, 5}, {83, 6}, {97, 6}, {98, 7}, {112, 7}, {113, 8}};
        for (int[] row : table) {
            assertEquals(row[1], CMS_8_MINUTE.totalUnits(visit("97110", row[0])), row[0] + " minutes");
        }
    }

    @Test
    void manualExample24And23MinutesIsTwoUnitsOfTheLongerAndOneOfTheOther() {
        // 24 minutes of 97112 and 23 of 97110: 47 minutes, 3 units; 2 of 97112, 1 of 97110
        assertEquals(Map.of("97112", 2, "97110", 1), CMS_8_MINUTE.units(visit("97112", 24, "97110", 23)));
        assertEquals(Map.of("97112", 2, "97110", 2), PER_SERVICE.units(visit("97112", 24, "97110", 23)),
                "each code on its own: 2 and 2");
    }

    @Test
    void manualExample33And7MinutesGivesTheShortServiceTheThirdUnit() {
        // 33 minutes of 97110 and 7 of 97140: 40 minutes, 3 units; 2 of 97110, 1 of 97140
        assertEquals(Map.of("97110", 2, "97140", 1), CMS_8_MINUTE.units(visit("97110", 33, "97140", 7)));
        assertEquals(Map.of("97110", 2, "97140", 0), PER_SERVICE.units(visit("97110", 33, "97140", 7)),
                "7 minutes on its own bills nothing");
    }

    @Test
    void manualExampleFourServicesUnderAUnitEachButOne() {
        // 18 minutes 97110, 13 of 97140, 10 of 97116, 8 of 97035: 49 minutes, 3 units, one each to the
        // first three; the 8 minutes of 97035 bill nothing under the total rule
        assertEquals(Map.of("97110", 1, "97140", 1, "97116", 1, "97035", 0),
                CMS_8_MINUTE.units(visit("97110", 18, "97140", 13, "97116", 10, "97035", 8)));
        assertEquals(4, PER_SERVICE.totalUnits(visit("97110", 18, "97140", 13, "97116", 10, "97035", 8)));
    }

    @Test
    void twoShortServicesTogetherBillOneUnitForTheLongerOrTheFirstOnATie() {
        assertEquals(Map.of("97140", 1, "97110", 0), CMS_8_MINUTE.units(visit("97140", 5, "97110", 4)));
        assertEquals(Map.of("97112", 1, "97140", 0), CMS_8_MINUTE.units(visit("97112", 7, "97140", 7)),
                "7 and 7: one unit, of either; the one charted first");
        assertEquals(0, PER_SERVICE.totalUnits(visit("97112", 7, "97140", 7)));
        assertEquals(0, CMS_8_MINUTE.totalUnits(visit("97112", 4, "97140", 3)), "7 minutes in all bill nothing");
    }

    @Test
    void twentyAndTwentyMinutesIsThreeUnitsTheTieGoingToTheFirst() {
        // 20 + 20 minutes: 40 minutes, 3 units; after a whole unit each, 5 minutes are left of both, and the
        // manual lets either take the third unit (its "either" examples): the one charted first does
        assertEquals(Map.of("97112", 2, "97110", 1), CMS_8_MINUTE.units(visit("97112", 20, "97110", 20)));
    }

    @Test
    void aCodeChartedTwiceCountsItsMinutesTogether() {
        assertEquals(Map.of("97140", 2), CMS_8_MINUTE.units(visit("97140", 10, "97140", 13)));
        assertThrows(DomainException.class, () -> new TimedMinutes("97140", -1));
    }
}
