package org.artclinic.clinic.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ComplaintRegion;
import org.artclinic.clinic.intake.IntakeAssessment;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.outcome.Instrument;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.plan.ExerciseCatalogue;
import org.artclinic.clinic.plan.HomeExercise;
import org.artclinic.clinic.plan.PlanGoal;
import org.artclinic.clinic.plan.PlanTerms;
import org.artclinic.clinic.plan.TreatmentPlan;

/**
 * The demo clinic's treatment plans (decision 0032), written from its visit notes: every patient
 * in care (a visit charted in the last two weeks) has an active plan by the practitioner of their
 * latest visit, from the first visit of the current course; a few patients whose care ended have a
 * completed one. The usual course is 2 visits a week for 3 weeks, re-evaluated at visit 6; a patient
 * who has had more visits has a longer plan still re-evaluated at visit 6, so the demo shows the
 * "re-evaluation due" banner too. Diagnoses follow the intake's main complaint (typical codes of the
 * article's conditions), goals its limited movements, and the home program the exercise catalogue.
 */
final class DemoPlans {

    /** A visit charted this recently means the patient is in care. */
    private static final Duration IN_CARE = Duration.ofDays(14);
    /** A gap this long between visits starts a new course of care. */
    private static final Duration NEW_COURSE = Duration.ofDays(28);
    private static final int COMPLETED_PLANS = 6;

    private DemoPlans() {
    }

    /** The plans for the patients of these notes, their intakes by patient. */
    static List<TreatmentPlan> of(List<VisitNote> notes, Map<Patient, IntakeAssessment> intakes, Instant now) {
        Map<Patient, List<VisitNote>> byPatient = new LinkedHashMap<>();
        notes.stream().sorted(Comparator.comparing(VisitNote::getVisitStartsAt))
                .forEach(note -> byPatient.computeIfAbsent(note.getPatient(), p -> new ArrayList<>()).add(note));
        List<TreatmentPlan> plans = new ArrayList<>();
        int completed = 0;
        for (Map.Entry<Patient, List<VisitNote>> entry : byPatient.entrySet()) {
            IntakeAssessment intake = intakes.get(entry.getKey());
            if (intake == null || intake.getRegions().isEmpty()) {
                continue;
            }
            List<VisitNote> course = currentCourse(entry.getValue());
            VisitNote last = course.get(course.size() - 1);
            boolean inCare = last.getVisitStartsAt().isAfter(now.minus(IN_CARE));
            if (inCare) {
                plans.add(plan(entry.getKey(), course, intake, false));
            } else if (completed < COMPLETED_PLANS && course.size() >= 4) {
                plans.add(plan(entry.getKey(), course, intake, true));
                completed++;
            }
        }
        return plans;
    }

    /** The latest notes without a gap of four weeks between them. */
    private static List<VisitNote> currentCourse(List<VisitNote> notes) {
        int first = notes.size() - 1;
        while (first > 0 && Duration.between(notes.get(first - 1).getVisitStartsAt(),
                notes.get(first).getVisitStartsAt()).compareTo(NEW_COURSE) < 0) {
            first--;
        }
        return notes.subList(first, notes.size());
    }

    private static TreatmentPlan plan(Patient patient, List<VisitNote> course, IntakeAssessment intake,
            boolean completed) {
        VisitNote first = course.get(0);
        VisitNote last = course.get(course.size() - 1);
        ZoneId zone = first.getAppointment().getLocation().getZone();
        LocalDate start = LocalDate.ofInstant(first.getVisitStartsAt(), zone);
        int used = course.size();
        int planned = Math.min(PlanTerms.MAX_PLANNED_VISITS, Math.max(6, completed ? used : used + 2));
        int weeks = Math.min(PlanTerms.MAX_WEEKS, (planned + 1) / 2);
        ComplaintRegion main = intake.getRegions().get(0);
        PlanTerms terms = new PlanTerms(start, List.of(diagnosis(main)), goals(intake, main.getRegion()), 2, weeks,
                planned, Math.min(6, planned), null, homeProgram(main.getRegion()));
        String by = first.getOpenedBy();
        Instant writtenAt = start.atTime(LocalTime.of(18, 30)).atZone(zone).toInstant();
        TreatmentPlan plan = new TreatmentPlan(patient, last.getPractitioner(), terms, by, writtenAt);
        if (completed) {
            LocalDate ended = LocalDate.ofInstant(last.getVisitStartsAt(), zone);
            plan.complete(0, ended, "Goals met; continues with the home program.", last.getOpenedBy(),
                    last.getVisitEndsAt().plus(Duration.ofHours(2)));
        }
        return plan;
    }

    /** A typical ICD-10-CM code of the article's condition in this region, with its side where the code has one. */
    static String diagnosis(ComplaintRegion complaint) {
        boolean left = complaint.getSide() == Side.LEFT;
        return switch (complaint.getRegion()) {
            case HEAD -> "G44.209";
            case NECK -> "M54.2";
            case UPPER_BACK -> "M54.6";
            case LOW_BACK -> "M54.50";
            case SHOULDER -> left ? "M75.42" : "M75.41";
            case ELBOW -> left ? "M77.12" : "M77.11";
            case WRIST_HAND -> left ? "G56.02" : "G56.01";
            case HIP -> left ? "S76.012A" : "S76.011A";
            case KNEE -> left ? "M76.52" : "M76.51";
            case ANKLE_FOOT -> "M72.2";
        };
    }

    private static List<PlanGoal> goals(IntakeAssessment intake, BodyRegion region) {
        List<PlanGoal> goals = new ArrayList<>();
        intake.getRangeOfMotion().stream().filter(RangeOfMotion::isBelowNormal).limit(2)
                .forEach(rom -> goals.add(PlanGoal.range(rom.getMovement(),
                        rom.getMovement().sided() ? rom.getSide() : null, rom.getNormalDegrees(), null)));
        goals.add(PlanGoal.score(Instrument.NPRS, java.math.BigDecimal.valueOf(2), "on an ordinary day"));
        goals.add(PlanGoal.functional(FUNCTION.get(region)));
        return goals;
    }

    private static List<HomeExercise> homeProgram(BodyRegion region) {
        List<HomeExercise> program = new ArrayList<>(ExerciseCatalogue.forRegion(region).stream().limit(3).toList());
        program.add(ExerciseCatalogue.TRACKING_DIARY);
        return program;
    }

    /** A goal in words per region, in our own words. */
    private static final Map<BodyRegion, String> FUNCTION = new IdentityHashMap<>(Map.of(
            BodyRegion.HEAD, "A working day at the screen without a headache",
            BodyRegion.NECK, "Check the blind spot when driving without pain",
            BodyRegion.UPPER_BACK, "Sit through a two-hour meeting without stiffness",
            BodyRegion.LOW_BACK, "Lift the shopping and garden for an hour without pain",
            BodyRegion.SHOULDER, "Reach the top shelf and swim front crawl again",
            BodyRegion.ELBOW, "Carry a full kettle and grip tools without pain",
            BodyRegion.WRIST_HAND, "Type for an hour and sleep without tingling",
            BodyRegion.HIP, "Sprint and kick at training again",
            BodyRegion.KNEE, "Take the stairs two at a time without pain",
            BodyRegion.ANKLE_FOOT, "First steps in the morning without heel pain; run 5 km"));
}
