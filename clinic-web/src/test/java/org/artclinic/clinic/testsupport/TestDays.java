package org.artclinic.clinic.testsupport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Days for bookings in tests, chosen by counting, not by chance. What keeps two tests apart is the
 * practitioner (and location) each test creates for itself through {@link ClinicFixture}: nobody
 * else can book them, so any future day is free for them. The day only has to be ahead of every
 * real and pinned clock and of the demo's two weeks of coming appointments: the first Monday at
 * least {@value #WEEKS_AHEAD} weeks from today, then one day further for each call in this JVM
 * (all in-container tests share one), so two tests do not even share a date.
 */
public final class TestDays {

    static final int WEEKS_AHEAD = 8;
    /** After this many days the count starts again; by then the tests are long done. */
    private static final int SPREAD = 280;
    private static final AtomicInteger CALLS = new AtomicInteger();

    private TestDays() {
    }

    /** A free day for a practitioner of the test's own, in the location's zone. */
    public static LocalDate next(ZoneId zone) {
        // the real date, deliberately: a test's far-future day is measured from the real today
        LocalDate base = LocalDate.now(zone).plusWeeks(WEEKS_AHEAD).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return base.plusDays(CALLS.getAndIncrement() % SPREAD);
    }
}
