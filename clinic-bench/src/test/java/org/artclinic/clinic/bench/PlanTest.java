package org.artclinic.clinic.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlanTest {

    private static final LocalDate LAST = LocalDate.of(2026, 12, 4);

    @Test
    void theSameSeedAndScaleGiveTheSamePlan() {
        Plan a = Plan.make(Scale.of(0.01), LAST, 42);
        Plan b = Plan.make(Scale.of(0.01), LAST, 42);
        assertEquals(a.count, b.count);
        assertArrayEquals(a.patient, b.patient);
        assertArrayEquals(a.day, b.day);
        assertArrayEquals(a.slot, b.slot);
        assertArrayEquals(a.series, b.series);
        Plan other = Plan.make(Scale.of(0.01), LAST, 43);
        assertTrue(other.count != a.count || !java.util.Arrays.equals(other.patient, a.patient));
    }

    @Test
    void aboutTheAppointmentsAskedForAFifthInSeriesAndHeavyPatientsWithHundreds() {
        Plan plan = Plan.make(Scale.of(0.01), LAST, 7);
        int wanted = Scale.of(0.01).appointments();
        assertTrue(plan.count > wanted * 0.9 && plan.count < wanted * 1.1, plan.count + " of " + wanted);
        double inSeries = plan.inSeries() / (double) plan.count;
        assertTrue(inSeries > 0.15 && inSeries < 0.35, "in series: " + inSeries);
        Map<Integer, Integer> visits = new HashMap<>();
        for (int i = 0; i < plan.count; i++) {
            visits.merge(plan.patient[i], 1, Integer::sum);
        }
        assertTrue(visits.get(0) >= 200, "the heavy patient has " + visits.get(0));
    }

    @Test
    void inTimeOrderWithoutOverlapsOnOpenDaysWithinTenYearsAndAFewWeeks() {
        Plan plan = Plan.make(Scale.of(0.01), LAST, 1);
        Map<Long, Integer> taken = new HashMap<>();
        for (int i = 0; i < plan.count; i++) {
            if (i > 0) {
                assertTrue(plan.day[i] > plan.day[i - 1] || plan.day[i] == plan.day[i - 1]
                        && plan.slot[i] >= plan.slot[i - 1]);
            }
            assertTrue(plan.date(plan.day[i]).getDayOfWeek() != DayOfWeek.SUNDAY);
            assertTrue(!plan.date(plan.day[i]).isBefore(LAST.minusYears(10)));
            assertTrue(!plan.date(plan.day[i]).isAfter(LAST.plusDays(Plan.FUTURE_DAYS)));
            for (int q = 0; q < plan.length[i]; q++) {
                long key = ((long) plan.practitioner[i] * 100_000 + plan.day[i]) * 64 + plan.slot[i] + q;
                assertEquals(null, taken.put(key, i), "two appointments of a practitioner overlap");
            }
        }
    }

    @Test
    void scalesKeepTheClinicOfTheIssue() {
        Scale one = Scale.of(1);
        assertEquals(200_000, one.patients());
        assertEquals(2_000_000, one.appointments());
        assertEquals(20, one.practitioners());
        assertEquals(3, one.locations());
        assertEquals(20, Scale.of(0.1).practitioners());
        assertEquals(20_000, Scale.of(0.1).patients());
    }
}
