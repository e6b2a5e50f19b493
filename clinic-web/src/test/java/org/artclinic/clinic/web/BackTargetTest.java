package org.artclinic.clinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BackTargetTest {

    @Test
    void thePagesOfTheAppAreNamedByTheirKey() {
        assertEquals(BackTarget.MY_DAY, BackTarget.of("my-day"));
        assertEquals("/charting/my-day", BackTarget.of("my-day").outcome());
        assertEquals(BackTarget.DAY_SHEET, BackTarget.of(" day-sheet "));
        assertEquals("/scheduling/today", BackTarget.of("day-sheet").outcome());
        assertEquals(BackTarget.WAITLIST, BackTarget.of("waitlist"));
    }

    @Test
    void anythingElseLeadsToThePatientListNeverElsewhere() {
        for (String from : new String[] {null, "", "https://evil.example/", "//evil.example", "/charting/my-day",
                "../admin/users", "MY_DAY", "javascript:alert(1)"}) {
            assertEquals(BackTarget.PATIENTS, BackTarget.of(from), String.valueOf(from));
        }
        for (BackTarget target : BackTarget.values()) {
            assertTrue(target.outcome().startsWith("/") && !target.outcome().startsWith("//"), target.outcome());
        }
    }

    @Test
    void theDayIsKeptOnlyForThePagesThatShowOneDayAndOnlyWhenItIsADate() {
        assertEquals(Optional.of(LocalDate.of(2025, 6, 3)), BackTarget.MY_DAY.day("2025-06-03"));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 3)), BackTarget.DAY_SHEET.day("2025-06-03"));
        assertEquals(Optional.empty(), BackTarget.MY_DAY.day("tomorrow"));
        assertEquals(Optional.empty(), BackTarget.MY_DAY.day(null));
        assertEquals(Optional.empty(), BackTarget.PATIENTS.day("2025-06-03"));
    }
}
