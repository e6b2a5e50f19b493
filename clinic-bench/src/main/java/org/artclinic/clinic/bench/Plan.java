package org.artclinic.clinic.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Who comes when: each patient's episodes of care (an evaluation, then visits a week or half a week
 * apart, or a weekly series), placed into free quarter hours of their practitioner's days so that no
 * two appointments of a practitioner overlap, and then put in time order. Every patient has a visit,
 * and the appointments before the last day's end reach the scale's count (see {@link #topUp}); the
 * weeks after it hold what is booked ahead. Pure and seeded: the same seed, scale and last day give
 * the same plan.
 *
 * <p>The clinic is open before the first day: the plan is made from {@link #LEAD_DAYS} earlier and
 * what falls before the first day is left out, so the episodes under way on the first day are there
 * and the first weeks are as full as the last (a history of 37 days would otherwise fill up over its
 * first weeks, and the growth target would compare emptier calendars with the full ones of scale 1).
 */
final class Plan {

    /**
     * Raised when the same seed and scale give a different plan, so that a benchmark does not compare a
     * database made by an older plan: 2 added the lead ({@link #LEAD_DAYS}) and at most two visits a
     * week for a patient ({@link #visitCounts}).
     */
    static final int VERSION = 2;
    /** Quarter hours from 07:00 to 20:00. */
    static final int SLOTS_PER_DAY = 52;
    /**
     * Quarter hours of an episode's first visit (an evaluation, 30 minutes: CPT's typical time of a new
     * patient visit and of a low or moderate physical therapy evaluation), of a session (an ART visit,
     * 15 minutes; a weekly series' too) and of a long session (30 minutes); sessions are short but for
     * {@code 100 - SHORT_PERCENT} in a hundred.
     */
    static final int EVALUATION_LENGTH = 2;
    static final int SESSION_LENGTH = 1;
    static final int LONG_SESSION_LENGTH = 2;
    static final int SHORT_PERCENT = 85;
    static final int FIRST_HOUR = 7;
    /** Days after the last day that already have bookings. */
    static final int FUTURE_DAYS = 28;
    /** Regions an episode is about, in the proportions of an ART practice (back and neck most). */
    static final int REGIONS = 10;
    /**
     * Days the plan starts before the first day, whose appointments are left out: 13 weeks, longer than
     * an episode of most patients (at most 11 visits, at least one a week) and a whole week count, so
     * that the lead's days fall on the same weekdays.
     */
    static final int LEAD_DAYS = 91;

    final Scale scale;
    final LocalDate firstDay;
    final LocalDate lastDay;
    final int days;

    // one entry per appointment, in time order (day, quarter hour, practitioner)
    int count;
    int[] patient;
    byte[] practitioner;
    short[] day;
    byte[] slot;
    byte[] length;
    int[] series;
    /** The episode's region (BodyRegion ordinal) and whether this is the episode's first visit. */
    byte[] region;
    boolean[] firstOfEpisode;

    // one entry per series
    int seriesCount;
    int[] seriesPatient;
    int[] seriesWeeks;

    int[] visitsWanted;

    /**
     * While the plan is made, days count from {@link #LEAD_DAYS} before the first day ({@code lead + d}
     * is the first day's {@code d}); {@link #order} leaves out the lead and counts from the first day.
     */
    private final int lead = LEAD_DAYS;
    private final int span;
    /** Appointments planned before the last day's end and not in the lead: what the scale counts. */
    private int past;
    /** The lead's day each series begins on, to shorten a series begun before the first day. */
    private int[] seriesStart;

    private Plan(Scale scale, LocalDate lastDay) {
        this.scale = scale;
        this.lastDay = lastDay;
        this.firstDay = lastDay.minus(scale.history()).plusDays(1);
        this.days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1 + FUTURE_DAYS;
        this.span = lead + days;
    }

    LocalDate date(int dayIndex) {
        return firstDay.plusDays(dayIndex);
    }

    /** Days before {@code lastDay}'s end: the past. */
    int pastDays() {
        return days - FUTURE_DAYS;
    }

    static Plan make(Scale scale, LocalDate lastDay, long seed) {
        Plan plan = new Plan(scale, lastDay);
        plan.build(new SplittableRandom(seed));
        return plan;
    }

    private static final int[] REGION_WEIGHTS = {3, 18, 10, 24, 14, 7, 5, 7, 7, 5};

    private int[] pPatient = new int[1024];
    private byte[] pPractitioner = new byte[1024];
    private short[] pDay = new short[1024];
    private byte[] pSlot = new byte[1024];
    private byte[] pLength = new byte[1024];
    private int[] pSeries = new int[1024];
    private byte[] pRegion = new byte[1024];
    private boolean[] pFirst = new boolean[1024];

    private void build(SplittableRandom rnd) {
        int patients = scale.patients();
        // the visits are spread over the lead and the history, and the lead's are left out
        int planned = lead + pastDays();
        visitsWanted = visitCounts(scale, planned, rnd);
        long[] busy = new long[scale.practitioners() * span];
        byte[] practitionerOf = new byte[patients];
        seriesPatient = new int[256];
        seriesWeeks = new int[256];
        seriesStart = new int[256];
        for (int p = 0; p < patients; p++) {
            boolean heavy = p < scale.heavyPatients();
            practitionerOf[p] = (byte) rnd.nextInt(scale.practitioners());
            // the history as a circle: a patient's history starts on any day, and an episode that would
            // begin after the last day begins as far after the lead's first day instead, so that every
            // year is as busy as the next and no visit falls off (a gap between episodes can be longer
            // than a short history: Scale.sameClinic)
            int d = rnd.nextInt(planned);
            int left = visitsWanted[p];
            while (left > 0) {
                int episode = Math.min(left, heavy ? 20 + rnd.nextInt(21) : 2 + rnd.nextInt(10));
                d %= planned;
                d = episode(rnd, busy, p, practitionerOf[p], d, episode);
                left -= episode;
                d += (heavy ? 7 + rnd.nextInt(24) : 30 + rnd.nextInt(335));
            }
        }
        topUp(rnd, busy, practitionerOf);
        order();
    }

    /**
     * One episode of care from day {@code d}: a first visit, the evaluation, and then visits one or two a
     * week, or, for a third of the longer episodes, a weekly series from the next week booked at once.
     * Returns the day after it.
     */
    private int episode(SplittableRandom rnd, long[] busy, int p, int practitionerIndex, int d, int episode) {
        byte region = (byte) weighted(rnd, REGION_WEIGHTS);
        boolean weekly = episode >= 4 && rnd.nextInt(100) < 35;
        d = workday(d);
        placeNear(rnd, busy, p, practitionerIndex, d, EVALUATION_LENGTH, region, true, 7);
        if (weekly) {
            int weeks = Math.min(episode - 1, 26);
            d += 7;
            int quarter = freeQuarter(rnd, busy, practitionerIndex, d, SESSION_LENGTH, weeks);
            int seriesIndex = -1;
            for (int w = 0; w < weeks && d + 7 * w < span; w++) {
                int onDay = d + 7 * w;
                if (take(busy, practitionerIndex, onDay, quarter, SESSION_LENGTH)) {
                    if (seriesIndex < 0) {
                        seriesIndex = newSeries(p, weeks, d);
                    }
                    add(p, practitionerIndex, onDay, quarter, SESSION_LENGTH, seriesIndex, region, false);
                }
            }
            return d + 7 * weeks;
        }
        int perWeek = 1 + rnd.nextInt(2);
        for (int v = 1; v < episode && d < span; v++) {
            d += (7 / perWeek) + rnd.nextInt(3) - 1;
            int len = rnd.nextInt(100) < SHORT_PERCENT ? SESSION_LENGTH : LONG_SESSION_LENGTH;
            placeNear(rnd, busy, p, practitionerIndex, workday(d), len, region, false, 7);
        }
        return d + 1;
    }

    /**
     * The quarter hour the front desk books a weekly series at: the first, from a random one, that is
     * free on every week of the series, or else the one free on the most weeks.
     */
    private int freeQuarter(SplittableRandom rnd, long[] busy, int practitionerIndex, int d, int len, int weeks) {
        int positions = SLOTS_PER_DAY - len + 1;
        int from = rnd.nextInt(positions);
        int best = from;
        int bestFree = -1;
        for (int i = 0; i < positions; i++) {
            int quarter = (from + i) % positions;
            long mask = ((1L << len) - 1) << quarter;
            int free = 0;
            for (int w = 0; w < weeks && d + 7 * w < span; w++) {
                if ((busy[practitionerIndex * span + d + 7 * w] & mask) == 0) {
                    free++;
                }
            }
            if (free > bestFree) {
                best = quarter;
                bestFree = free;
                if (free == weeks) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Makes the plan whole: a patient none of whose visits found a free time after the lead comes once
     * when the practitioner next has one, and patients come back for short episodes until the
     * appointments before the last day's end reach the scale's count (the days are too full for some
     * of the episodes planned).
     */
    private void topUp(SplittableRandom rnd, long[] busy, byte[] practitionerOf) {
        boolean[] seen = new boolean[scale.patients()];
        for (int i = 0; i < count; i++) {
            if (pDay[i] >= lead) {
                seen[pPatient[i]] = true;
            }
        }
        int history = pastDays();
        for (int p = 0; p < seen.length; p++) {
            if (!seen[p]) {
                int d = rnd.nextInt(history);
                byte region = (byte) weighted(rnd, REGION_WEIGHTS);
                for (int tries = 0; tries < history && !placeNear(rnd, busy, p, practitionerOf[p],
                        workday(lead + d), EVALUATION_LENGTH, region, true, 28); tries += 28) {
                    d = (d + 28) % history;
                }
            }
        }
        int heavy = scale.heavyPatients();
        int planned = lead + history;
        for (long tries = 0; past < scale.appointments() && tries < scale.appointments(); tries++) {
            int p = heavy + rnd.nextInt(scale.patients() - heavy);
            episode(rnd, busy, p, practitionerOf[p], rnd.nextInt(planned), Math.min(scale.appointments() - past,
                    2 + rnd.nextInt(5)));
        }
    }

    /**
     * Visits per patient over the plan's {@code plannedDays} (the lead and the history): a few heavy
     * patients with hundreds over ten years (their share of those over a shorter history), the rest a
     * long-tailed spread adding up to the target, at most two a week (binding only in a short history,
     * whose few patients share a busy clinic's visits: without it one of 2,000 patients came 116 times
     * in 9 weeks at 1/100; {@link #topUp} makes up the rest).
     */
    static int[] visitCounts(Scale scale, int plannedDays, SplittableRandom rnd) {
        double stretch = plannedDays / (double) (plannedDays - LEAD_DAYS);
        long mostAPatient = Math.max(1, Math.round(2 * plannedDays / 7.0));
        int patients = scale.patients();
        int[] visits = new int[patients];
        long heavyTotal = 0;
        for (int p = 0; p < scale.heavyPatients(); p++) {
            visits[p] = (int) Math.max(1, Math.round((300 + rnd.nextInt(201)) * scale.heavyShare() * stretch));
            heavyTotal += visits[p];
        }
        double[] weight = new double[patients];
        double sum = 0;
        for (int p = scale.heavyPatients(); p < patients; p++) {
            // log-normal: most patients come for one or two short episodes, some for years
            weight[p] = Math.min(150, Math.exp(1.8 + gaussian(rnd)));
            sum += weight[p];
        }
        double rest = Math.max(0, scale.appointments() * stretch - heavyTotal);
        for (int p = scale.heavyPatients(); p < patients; p++) {
            visits[p] = (int) Math.max(1, Math.min(mostAPatient, Math.round(weight[p] * rest / sum)));
        }
        return visits;
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static int weighted(SplittableRandom rnd, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int roll = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The day of the plan's {@code d} (counted from the lead's first day) while it is made. */
    private DayOfWeek weekday(int d) {
        return firstDay.plusDays(d - lead).getDayOfWeek();
    }

    /** The day itself, or the Monday after a Sunday (the clinic opens Monday to Saturday). */
    private int workday(int d) {
        return weekday(d) == DayOfWeek.SUNDAY ? d + 1 : d;
    }

    private boolean take(long[] busy, int practitionerIndex, int d, int quarter, int len) {
        if (d >= span || weekday(d) == DayOfWeek.SUNDAY || quarter + len > SLOTS_PER_DAY) {
            return false;
        }
        long mask = ((1L << len) - 1) << quarter;
        int at = practitionerIndex * span + d;
        if ((busy[at] & mask) != 0) {
            return false;
        }
        busy[at] |= mask;
        return true;
    }

    /** A free time of the practitioner on the day or one of the next days; false when all are full. */
    private boolean placeNear(SplittableRandom rnd, long[] busy, int p, int practitionerIndex, int d, int len,
            byte region, boolean first, int daysToTry) {
        for (int tries = 0; tries < daysToTry; tries++) {
            int onDay = d + tries;
            int from = rnd.nextInt(SLOTS_PER_DAY);
            for (int i = 0; i < SLOTS_PER_DAY; i++) {
                int quarter = (from + i) % SLOTS_PER_DAY;
                if (take(busy, practitionerIndex, onDay, quarter, len)) {
                    add(p, practitionerIndex, onDay, quarter, len, -1, region, first);
                    return true;
                }
            }
        }
        return false;
    }

    private int newSeries(int p, int weeks, int firstWeekDay) {
        if (seriesCount == seriesPatient.length) {
            seriesPatient = Arrays.copyOf(seriesPatient, seriesCount * 2);
            seriesWeeks = Arrays.copyOf(seriesWeeks, seriesCount * 2);
            seriesStart = Arrays.copyOf(seriesStart, seriesCount * 2);
        }
        seriesPatient[seriesCount] = p;
        seriesWeeks[seriesCount] = weeks;
        seriesStart[seriesCount] = firstWeekDay;
        return seriesCount++;
    }

    private void add(int p, int practitionerIndex, int d, int quarter, int len, int seriesIndex, byte region,
            boolean first) {
        if (count == pPatient.length) {
            int size = count * 2;
            pPatient = Arrays.copyOf(pPatient, size);
            pPractitioner = Arrays.copyOf(pPractitioner, size);
            pDay = Arrays.copyOf(pDay, size);
            pSlot = Arrays.copyOf(pSlot, size);
            pLength = Arrays.copyOf(pLength, size);
            pSeries = Arrays.copyOf(pSeries, size);
            pRegion = Arrays.copyOf(pRegion, size);
            pFirst = Arrays.copyOf(pFirst, size);
        }
        pPatient[count] = p;
        pPractitioner[count] = (byte) practitionerIndex;
        pDay[count] = (short) d;
        pSlot[count] = (byte) quarter;
        pLength[count] = (byte) len;
        pSeries[count] = seriesIndex;
        pRegion[count] = region;
        pFirst[count] = first;
        count++;
        if (d >= lead && d < lead + pastDays()) {
            past++;
        }
    }

    /**
     * Leaves out the lead, puts the appointments in time order (day, quarter hour, practitioner) and
     * counts their days from the first day. A series begun in the lead keeps the weeks from its first
     * appointment kept; one wholly in the lead is left unused.
     */
    private void order() {
        long[] keys = new long[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (pDay[i] >= lead) {
                keys[kept++] = ((long) pDay[i] << 40) | ((long) pSlot[i] << 34) | ((long) pPractitioner[i] << 28) | i;
            }
        }
        keys = Arrays.copyOf(keys, kept);
        Arrays.sort(keys);
        count = kept;
        int[] firstKept = new int[seriesCount];
        Arrays.fill(firstKept, -1);
        patient = new int[count];
        practitioner = new byte[count];
        day = new short[count];
        slot = new byte[count];
        length = new byte[count];
        series = new int[count];
        region = new byte[count];
        firstOfEpisode = new boolean[count];
        for (int k = 0; k < count; k++) {
            int i = (int) (keys[k] & ((1L << 28) - 1));
            patient[k] = pPatient[i];
            practitioner[k] = pPractitioner[i];
            day[k] = (short) (pDay[i] - lead);
            slot[k] = pSlot[i];
            length[k] = pLength[i];
            series[k] = pSeries[i];
            region[k] = pRegion[i];
            firstOfEpisode[k] = pFirst[i];
            if (series[k] >= 0 && firstKept[series[k]] < 0) {
                firstKept[series[k]] = pDay[i];
            }
        }
        for (int s = 0; s < seriesCount; s++) {
            if (firstKept[s] > seriesStart[s]) {
                seriesWeeks[s] -= (firstKept[s] - seriesStart[s]) / 7;
            }
        }
        pPatient = null;
        pPractitioner = null;
        pDay = null;
        pSlot = null;
        pLength = null;
        pSeries = null;
        pRegion = null;
        pFirst = null;
    }

    /** Appointments in a series. */
    int inSeries() {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (series[i] >= 0) {
                n++;
            }
        }
        return n;
    }
}
