package org.artclinic.clinic.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.artclinic.clinic.outcome.ChangeFlag;
import org.artclinic.clinic.outcome.Direction;
import org.artclinic.clinic.outcome.Instrument;
import org.artclinic.clinic.outcome.OutcomeMeasure;
import org.artclinic.clinic.patient.Patient;

/**
 * The outcome measures of the demo's patients: the instrument that fits the complaint's region and
 * the pain rating, a baseline at the intake and a few follow-ups at later visits. Answers are made
 * item by item from how limited the patient is and which items bother them most, and every score
 * comes from {@link OutcomeMeasure}'s own scoring of those answers, as when the outcome service
 * records one. Most patients get better, some by more than the instrument's MCID; a few do not
 * change.
 */
final class DemoOutcomes {

    /** How a patient's scores move over their visits. */
    enum Course {
        /** Better by at least the MCID at the last follow-up. */
        CLEARLY_BETTER,
        /** A little better, less than the MCID. */
        SOMEWHAT_BETTER,
        /** Answers that wander a little, and the same as at the baseline at the last follow-up. */
        UNCHANGED
    }

    /** One administration: when and by whom (a user name, as the service records the caller). */
    record Administration(Instant at, String by) {
    }

    /** How often the patient tries again to get answers that show the intended course; then keep what came. */
    private static final int TRIES = 20;
    /** The ODI section on sex life: some patients leave it out as not applicable. */
    private static final int ODI_SEX_LIFE = 8;

    final List<OutcomeMeasure> measures = new ArrayList<>();

    private final Random rnd;

    DemoOutcomes(Random rnd) {
        this.rnd = rnd;
    }

    /**
     * Records the patient's administrations of the regional instrument (unless it is the pain
     * rating) and of the pain rating.
     *
     * @param painNow the pain the intake recorded: the pain rating's baseline
     * @param followUps later administrations, oldest first (none while treatment is on hold)
     */
    void record(Patient patient, Instrument regional, int painNow, Administration baseline,
            List<Administration> followUps, Course course) {
        if (regional != Instrument.NPRS) {
            questionnaire(patient, regional, baseline, followUps, course);
        }
        pain(patient, painNow, baseline, followUps, course);
    }

    private void pain(Patient patient, int painNow, Administration baseline, List<Administration> followUps,
            Course course) {
        int last = switch (course) {
            case CLEARLY_BETTER -> Math.max(0, painNow - 2 - rnd.nextInt(3));
            case SOMEWHAT_BETTER -> Math.max(0, painNow - 1);
            case UNCHANGED -> painNow;
        };
        Instant at = baseline.at().plus(Duration.ofMinutes(1));
        measures.add(new OutcomeMeasure(patient, Instrument.NPRS, List.of(painNow), at, baseline.by()));
        for (int k = 1; k <= followUps.size(); k++) {
            int rating = (int) Math.round(painNow + (last - painNow) * (double) k / followUps.size());
            Administration later = followUps.get(k - 1);
            measures.add(new OutcomeMeasure(patient, Instrument.NPRS, List.of(rating),
                    later.at().plus(Duration.ofMinutes(1)), later.by()));
        }
    }

    private void questionnaire(Patient patient, Instrument instrument, Administration baseline,
            List<Administration> followUps, Course course) {
        // which items bother this patient most, kept for all their administrations
        double[] weight = new double[instrument.itemCount()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = 0.5 + rnd.nextDouble();
        }
        weight[0] = 1.3 + 0.3 * rnd.nextDouble(); // the pain item is what brought them in
        boolean skipsSexLife = instrument == Instrument.ODI && rnd.nextInt(5) == 0;
        double start = 0.3 + 0.25 * rnd.nextDouble();
        List<Integer> first = answers(instrument, weight, start, skipsSexLife);
        OutcomeMeasure base = new OutcomeMeasure(patient, instrument, first, baseline.at(), baseline.by());
        measures.add(base);
        if (followUps.isEmpty()) {
            return;
        }
        double end = switch (course) {
            case CLEARLY_BETTER -> start * (0.25 + 0.25 * rnd.nextDouble());
            case SOMEWHAT_BETTER -> start - 0.03 - 0.03 * rnd.nextDouble();
            case UNCHANGED -> start;
        };
        List<OutcomeMeasure> later = List.of();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            later = followUps(patient, instrument, weight, start, end, skipsSexLife, first, followUps, course);
            ChangeFlag flag = later.get(later.size() - 1).changeSince(base).flag();
            boolean better = isBetter(instrument, base, later.get(later.size() - 1));
            boolean steady = later.stream().allMatch(m -> m.changeSince(base).flag() == ChangeFlag.NO_IMPORTANT_CHANGE);
            if ((course == Course.UNCHANGED && steady)
                    || (course == Course.CLEARLY_BETTER && flag == ChangeFlag.IMPROVED)
                    || (course == Course.SOMEWHAT_BETTER && flag == ChangeFlag.NO_IMPORTANT_CHANGE && better)) {
                break;
            }
            if (course == Course.CLEARLY_BETTER) {
                end *= 0.7;
            } else if (flag == ChangeFlag.IMPROVED) {
                end = (end + start) / 2;
            }
        }
        measures.addAll(later);
    }

    private List<OutcomeMeasure> followUps(Patient patient, Instrument instrument, double[] weight, double start,
            double end, boolean skipsSexLife, List<Integer> first, List<Administration> followUps, Course course) {
        List<OutcomeMeasure> later = new ArrayList<>();
        for (int k = 1; k <= followUps.size(); k++) {
            double severity = start + (end - start) * k / followUps.size();
            List<Integer> answers = course == Course.UNCHANGED && k == followUps.size() ? first
                    : answers(instrument, weight, severity, skipsSexLife);
            Administration administration = followUps.get(k - 1);
            later.add(new OutcomeMeasure(patient, instrument, answers, administration.at(), administration.by()));
        }
        return later;
    }

    private static boolean isBetter(Instrument instrument, OutcomeMeasure before, OutcomeMeasure after) {
        int compared = after.getScore().compareTo(before.getScore());
        return instrument.direction() == Direction.LOWER_IS_BETTER ? compared < 0 : compared > 0;
    }

    /**
     * One answer per item for a patient this limited: 0 none, 1 as limited as the scale goes, more
     * on the items that bother them most, with a little noise. On the LEFS, where a higher answer is
     * better, the scale is turned round.
     */
    private List<Integer> answers(Instrument instrument, double[] weight, double severity, boolean skipsSexLife) {
        int range = instrument.maxAnswer() - instrument.minAnswer();
        Integer[] answers = new Integer[weight.length];
        for (int i = 0; i < weight.length; i++) {
            long steps = Math.round(severity * range * weight[i] + rnd.nextGaussian() * 0.35);
            int limited = (int) Math.max(0, Math.min(range, steps));
            answers[i] = instrument.direction() == Direction.LOWER_IS_BETTER ? instrument.minAnswer() + limited
                    : instrument.maxAnswer() - limited;
        }
        if (skipsSexLife) {
            answers[ODI_SEX_LIFE - 1] = null;
        }
        return Arrays.asList(answers);
    }
}
