package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CancellationPolicyTest {

    /** Tuesday 1 December 2026, 10:00 in Chicago. */
    private static final Instant START = Instant.parse("2026-12-01T16:00:00Z");

    @ParameterizedTest(name = "cancelled {0} before a 10:00 visit: late {1}")
    @CsvSource({
        "P2D,      false",
        "PT24H1M,  false",
        "PT24H,    false",
        "PT23H59M, true",
        "PT2H,     true",
        "PT1S,     true",
        "PT0S,     true",
        "-PT10M,   true"})
    void underTheDefault24HourPolicy(Duration before, boolean late) {
        assertEquals(late, CancellationPolicy.DEFAULT.isLate(START, START.minus(before)));
    }

    @Test
    void exactlyTwentyFourHoursBeforeIsStillInTime() {
        // Monday 10:00 for Tuesday 10:00
        assertEquals(false, CancellationPolicy.DEFAULT.isLate(START, Instant.parse("2026-11-30T16:00:00Z")));
        assertEquals(true, CancellationPolicy.DEFAULT.isLate(START, Instant.parse("2026-11-30T16:01:00Z")));
    }

    @ParameterizedTest(name = "48-hour policy, cancelled {0} before: late {1}")
    @CsvSource({"PT72H, false", "PT48H, false", "PT47H, true", "PT30H, true"})
    void aClinicCanAskForMoreNotice(Duration before, boolean late) {
        assertEquals(late, CancellationPolicy.ofHours(48).isLate(START, START.minus(before)));
    }

    @Test
    void withNoNoticePeriodOnlyCancellingAfterTheStartIsLate() {
        CancellationPolicy none = CancellationPolicy.ofHours(0);
        assertEquals(false, none.isLate(START, START.minusSeconds(60)));
        assertEquals(true, none.isLate(START, START.plusSeconds(60)));
    }

    @Test
    void aNegativeOrMissingNoticePeriodIsRefused() {
        assertEquals("The notice period for cancellations cannot be negative.",
                assertThrows(DomainException.class, () -> CancellationPolicy.ofHours(-1)).getMessage());
        assertThrows(DomainException.class, () -> new CancellationPolicy(null));
        assertEquals(Duration.ofHours(24), CancellationPolicy.DEFAULT.noticePeriod());
    }
}
