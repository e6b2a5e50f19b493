package org.artclinic.clinic.bench;

/**
 * The counts of a data set. Scale 1 is issue 14's clinic: 20 practitioners at 3 locations, 200,000
 * patients and 2,000,000 appointments over ten years; every other count follows from those through
 * the history (about four in five appointments end in a signed note, a note bills two to four lines,
 * 2.7 on average: 1,600,000 signed notes and 4,300,000 charge lines at scale 1). Below 0.1 the clinic
 * is smaller too (5 practitioners at 2 locations).
 */
record Scale(double factor, int locations, int practitioners, int patients, int appointments, int heavyPatients,
        int years) {

    static Scale of(double factor) {
        if (!(factor > 0) || factor > 10) {
            throw new IllegalArgumentException("the scale is a number above 0 and at most 10, e.g. 1, 0.1 or 0.01");
        }
        boolean small = factor < 0.1;
        int practitioners = small ? 5 : (int) Math.max(20, Math.round(20 * factor));
        return new Scale(factor, small ? 2 : 3, practitioners, (int) Math.max(20, Math.round(200_000 * factor)),
                (int) Math.max(200, Math.round(2_000_000 * factor)), (int) Math.max(1, Math.round(20 * factor)), 10);
    }
}
