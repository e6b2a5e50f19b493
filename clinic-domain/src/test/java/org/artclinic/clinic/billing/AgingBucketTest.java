package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The A/R aging buckets by days since the date of service, and the date bounds the A/R query uses. */
class AgingBucketTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest
    @CsvSource({"0, DAYS_0_30", "30, DAYS_0_30", "31, DAYS_31_60", "60, DAYS_31_60", "61, DAYS_61_90",
            "90, DAYS_61_90", "91, DAYS_91_120", "120, DAYS_91_120", "121, OVER_120", "400, OVER_120"})
    void aServiceIsAgedByTheDaysSinceItsDate(int days, AgingBucket expected) {
        assertEquals(expected, AgingBucket.of(TODAY.minusDays(days), TODAY));
    }

    @Test
    void aDateOfServiceAfterTodayIsZeroDaysOld() {
        // a visit in a location east of the clinic's clock can carry tomorrow's date
        assertEquals(AgingBucket.DAYS_0_30, AgingBucket.of(TODAY.plusDays(1), TODAY));
    }

    @Test
    void theQuerysDateBoundsPutEveryDayInExactlyTheBucketOfSays() {
        for (int days = -3; days <= 400; days++) {
            LocalDate service = TODAY.minusDays(days);
            int matching = 0;
            for (AgingBucket bucket : AgingBucket.values()) {
                // as ReportService sums: the youngest bucket without its upper bound
                boolean afterEarliest = bucket.earliest(TODAY) == null || !service.isBefore(bucket.earliest(TODAY));
                boolean beforeLatest = bucket.ordinal() == 0 || !service.isAfter(bucket.latest(TODAY));
                if (afterEarliest && beforeLatest) {
                    matching++;
                    assertEquals(AgingBucket.of(service, TODAY), bucket, days + " days");
                }
            }
            assertEquals(1, matching, days + " days fall in exactly one bucket");
        }
    }

    @Test
    void theLastBucketIsOpenEnded() {
        assertNull(AgingBucket.OVER_120.earliest(TODAY));
        assertEquals(TODAY.minusDays(121), AgingBucket.OVER_120.latest(TODAY));
        assertEquals("over 120", AgingBucket.OVER_120.label());
    }
}
