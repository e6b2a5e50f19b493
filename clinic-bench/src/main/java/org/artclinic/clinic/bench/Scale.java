package org.artclinic.clinic.bench;

import java.time.Period;

/**
 * The counts of a data set. Scale 1 is issue 14's clinic: 20 practitioners at 3 locations, 200,000
 * patients and 2,000,000 appointments over ten years; every other count follows from those through
 * the history (about four in five appointments end in a signed note, a note bills two to four lines,
 * 2.7 on average: 1,600,000 signed notes and 4,300,000 charge lines at scale 1).
 *
 * <p>A smaller scale comes in two shapes. {@link #of} keeps the ten years and shrinks the clinic
 * (below 0.1, 5 practitioners at 2 locations), so its days are nearly empty. {@link #sameClinic}
 * keeps the clinic of scale 1, its practitioners, locations and busy days, and shortens the history
 * instead (a tenth of ten years at 0.1, 37 days at 0.01): what issue 14's growth target compares,
 * the cost of a screen as the history grows and nothing else.
 *
 * @param history how far back from the last day the appointments go
 * @param heavyShare the share of the heavy patients' 300 to 500 visits they have (1 over ten years)
 */
record Scale(double factor, int locations, int practitioners, int patients, int appointments, int heavyPatients,
        Period history, double heavyShare) {

    /** Days in ten years, on average. */
    private static final double TEN_YEARS_OF_DAYS = 3652.5;
    /** The shortest history {@link #sameClinic} makes: four weeks, so that a smoke scale still has a past. */
    static final int SHORTEST_HISTORY_DAYS = 28;

    static Scale of(double factor) {
        checked(factor);
        boolean small = factor < 0.1;
        int practitioners = small ? 5 : (int) Math.max(20, Math.round(20 * factor));
        return new Scale(factor, small ? 2 : 3, practitioners, patients(factor), appointments(factor),
                heavyPatients(factor), Period.ofYears(10), 1);
    }

    /**
     * The clinic of scale 1 (20 practitioners, 3 locations, days as full) with {@code factor} of its
     * history; from 1 up, as {@link #of}.
     */
    static Scale sameClinic(double factor) {
        checked(factor);
        if (factor >= 1) {
            return of(factor);
        }
        int days = (int) Math.max(SHORTEST_HISTORY_DAYS, Math.round(TEN_YEARS_OF_DAYS * factor));
        // the appointments of those days at scale 1's rate, not of the factor: 37 days are a little more
        // than 1/100 of ten years, and their days must be as full as scale 1's
        int appointments = (int) Math.round(appointments(1) * (days / TEN_YEARS_OF_DAYS));
        return new Scale(factor, 3, 20, patients(factor), appointments, heavyPatients(factor),
                Period.ofDays(days), days / TEN_YEARS_OF_DAYS);
    }

    private static void checked(double factor) {
        if (!(factor > 0) || factor > 10) {
            throw new IllegalArgumentException("the scale is a number above 0 and at most 10, e.g. 1, 0.1 or 0.01");
        }
    }

    private static int patients(double factor) {
        return (int) Math.max(20, Math.round(200_000 * factor));
    }

    private static int appointments(double factor) {
        return (int) Math.max(200, Math.round(2_000_000 * factor));
    }

    private static int heavyPatients(double factor) {
        return (int) Math.max(1, Math.round(20 * factor));
    }
}
