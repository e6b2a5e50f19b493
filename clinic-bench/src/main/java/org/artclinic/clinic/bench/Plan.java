package org.artclinic.clinic.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Who comes when: each patient's episodes of care (a few visits a week or two apart, some booked as
 * a weekly series), placed into free quarter hours of their practitioner's days so that no two
 * appointments of a practitioner overlap, and then put in time order. Pure and seeded: the same
 * seed, scale and last day give the same plan.
 */
final class Plan {

    /** Quarter hours from 07:00 to 20:00. */
    static final int SLOTS_PER_DAY = 52;
    static final int FIRST_HOUR = 7;
    /** Days after the last day that already have bookings. */
    static final int FUTURE_DAYS = 28;
    /** Regions an episode is about, in the proportions of an ART practice (back and neck most). */
    static final int REGIONS = 10;

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

    private Plan(Scale scale, LocalDate lastDay) {
        this.scale = scale;
        this.lastDay = lastDay;
        this.firstDay = lastDay.minusYears(scale.years()).plusDays(1);
        this.days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1 + FUTURE_DAYS;
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
        visitsWanted = visitCounts(scale, rnd);
        long[] busy = new long[scale.practitioners() * days];
        seriesPatient = new int[256];
        seriesWeeks = new int[256];
        int past = pastDays();
        for (int p = 0; p < patients; p++) {
            int wanted = visitsWanted[p];
            boolean heavy = p < scale.heavyPatients();
            int practitionerOf = rnd.nextInt(scale.practitioners());
            int span = heavy ? wanted * 8 : wanted * 30;
            int start = rnd.nextInt(Math.max(1, past - Math.min(span, past - 30)));
            int d = start;
            int left = wanted;
            while (left > 0 && d < days) {
                int episode = Math.min(left, heavy ? 20 + rnd.nextInt(21) : 2 + rnd.nextInt(10));
                byte region = (byte) weighted(rnd, REGION_WEIGHTS);
                boolean weekly = episode >= 4 && rnd.nextInt(100) < 35;
                int seriesIndex = -1;
                if (weekly) {
                    episode = Math.min(episode, 26);
                    seriesIndex = newSeries(p, episode);
                    d = workday(d);
                    int quarter = rnd.nextInt(SLOTS_PER_DAY - 2);
                    int len = 2;
                    int placed = 0;
                    for (int w = 0; w < episode && d + 7 * w < days; w++) {
                        int onDay = d + 7 * w;
                        if (take(busy, practitionerOf, onDay, quarter, len)) {
                            add(p, practitionerOf, onDay, quarter, len, seriesIndex, region, placed == 0);
                            placed++;
                        }
                    }
                    seriesWeeks[seriesIndex] = episode;
                    d += 7 * episode;
                } else {
                    int perWeek = 1 + rnd.nextInt(2);
                    for (int v = 0; v < episode && d < days; v++) {
                        int len = v == 0 ? 3 : rnd.nextInt(10) < 7 ? 1 : 2;
                        placeNear(rnd, busy, p, practitionerOf, workday(d), len, region, v == 0);
                        d += (7 / perWeek) + rnd.nextInt(3) - 1;
                    }
                }
                left -= episode;
                d += heavy ? 7 + rnd.nextInt(24) : 30 + rnd.nextInt(335);
            }
        }
        order();
    }

    /** Visits per patient: a few heavy patients with hundreds, the rest a long-tailed spread adding up to the target. */
    static int[] visitCounts(Scale scale, SplittableRandom rnd) {
        int patients = scale.patients();
        int[] visits = new int[patients];
        long heavyTotal = 0;
        for (int p = 0; p < scale.heavyPatients(); p++) {
            visits[p] = 300 + rnd.nextInt(201);
            heavyTotal += visits[p];
        }
        double[] weight = new double[patients];
        double sum = 0;
        for (int p = scale.heavyPatients(); p < patients; p++) {
            // log-normal: most patients come for one or two short episodes, some for years
            weight[p] = Math.min(150, Math.exp(1.8 + gaussian(rnd)));
            sum += weight[p];
        }
        double rest = Math.max(0, scale.appointments() - heavyTotal);
        for (int p = scale.heavyPatients(); p < patients; p++) {
            visits[p] = (int) Math.max(1, Math.round(weight[p] * rest / sum));
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

    /** The day itself, or the Monday after a Sunday (the clinic opens Monday to Saturday). */
    private int workday(int d) {
        return date(d).getDayOfWeek() == DayOfWeek.SUNDAY ? d + 1 : d;
    }

    private boolean take(long[] busy, int practitionerIndex, int d, int quarter, int len) {
        if (d >= days || date(d).getDayOfWeek() == DayOfWeek.SUNDAY || quarter + len > SLOTS_PER_DAY) {
            return false;
        }
        long mask = ((1L << len) - 1) << quarter;
        int at = practitionerIndex * days + d;
        if ((busy[at] & mask) != 0) {
            return false;
        }
        busy[at] |= mask;
        return true;
    }

    /** A free time of the practitioner on the day or one of the next six; none when all are full. */
    private void placeNear(SplittableRandom rnd, long[] busy, int p, int practitionerIndex, int d, int len,
            byte region, boolean first) {
        for (int tries = 0; tries < 7; tries++) {
            int onDay = d + tries;
            int from = rnd.nextInt(SLOTS_PER_DAY);
            for (int i = 0; i < SLOTS_PER_DAY; i++) {
                int quarter = (from + i) % SLOTS_PER_DAY;
                if (take(busy, practitionerIndex, onDay, quarter, len)) {
                    add(p, practitionerIndex, onDay, quarter, len, -1, region, first);
                    return;
                }
            }
        }
    }

    private int newSeries(int p, int weeks) {
        if (seriesCount == seriesPatient.length) {
            seriesPatient = Arrays.copyOf(seriesPatient, seriesCount * 2);
            seriesWeeks = Arrays.copyOf(seriesWeeks, seriesCount * 2);
        }
        seriesPatient[seriesCount] = p;
        seriesWeeks[seriesCount] = weeks;
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
    }

    /** Puts the appointments in time order: day, quarter hour, practitioner. */
    private void order() {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = ((long) pDay[i] << 40) | ((long) pSlot[i] << 34) | ((long) pPractitioner[i] << 28) | i;
        }
        Arrays.sort(keys);
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
            day[k] = pDay[i];
            slot[k] = pSlot[i];
            length[k] = pLength[i];
            series[k] = pSeries[i];
            region[k] = pRegion[i];
            firstOfEpisode[k] = pFirst[i];
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
