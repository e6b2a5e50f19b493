package org.artclinic.clinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void eachPageGetsBackOnlyWhatItKeepsAndOnlyInItsShape() {
        java.util.Map<String, String> address = new java.util.HashMap<>(java.util.Map.of("day", "2025-06-03",
                "location", "12", "status", "ALL", "q", " Rose ", "id", "7"));
        assertEquals(java.util.Map.of("day", "2025-06-03"), BackTarget.MY_DAY.state(address::get));
        assertEquals(java.util.Map.of("day", "2025-06-03", "location", "12"), BackTarget.DAY_SHEET.state(address::get));
        assertEquals(java.util.Map.of("status", "ALL", "q", "Rose"), BackTarget.WAITLIST.state(address::get));
        assertEquals(java.util.Map.of(), BackTarget.PATIENTS.state(address::get));

        java.util.Map<String, String> odd = java.util.Map.of("day", "tomorrow", "location", "12; drop",
                "status", "<script>", "q", "x".repeat(101));
        assertEquals(java.util.Map.of(), BackTarget.DAY_SHEET.state(odd::get));
        assertEquals(java.util.Map.of(), BackTarget.WAITLIST.state(odd::get));
        assertEquals(java.util.Map.of(), BackTarget.MY_DAY.state(name -> null));
    }
}
