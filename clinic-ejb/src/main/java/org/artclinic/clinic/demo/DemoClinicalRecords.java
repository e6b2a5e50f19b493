package org.artclinic.clinic.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.artclinic.clinic.demo.DemoComplaints.Complaint;
import org.artclinic.clinic.demo.DemoComplaints.Palpation;
import org.artclinic.clinic.demo.DemoComplaints.Rom;
import org.artclinic.clinic.demo.DemoOutcomes.Administration;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ClearanceEvidence;
import org.artclinic.clinic.intake.ComplaintRegion;
import org.artclinic.clinic.intake.ConsentText;
import org.artclinic.clinic.intake.ContraindicationReason;
import org.artclinic.clinic.intake.IntakeAssessment;
import org.artclinic.clinic.intake.IntakeDetails;
import org.artclinic.clinic.intake.LocalContraindication;
import org.artclinic.clinic.intake.NeuroFinding;
import org.artclinic.clinic.intake.NeuroResult;
import org.artclinic.clinic.intake.OnsetType;
import org.artclinic.clinic.intake.PainScores;
import org.artclinic.clinic.intake.PalpationFinding;
import org.artclinic.clinic.intake.PatientConsent;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.ScreeningAnswers;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.intake.SpinalLevel;
import org.artclinic.clinic.intake.TreatmentClearance;
import org.artclinic.clinic.outcome.Instrument;
import org.artclinic.clinic.outcome.OutcomeMeasure;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;

/**
 * The clinical records of the demo clinic, built in memory through the domain constructors exactly
 * as the intake and outcome services make them (the screening decision is the one
 * {@link IntakeAssessment} computes and stores line by line; every score is {@link OutcomeMeasure}'s):
 *
 * <ul>
 * <li>for about 60 % of the patients already seen (and every patient on Dr. Priya Raman's list for
 *     the demo day who was seen before), an intake by the practitioner of their first visit, recorded
 *     during that visit, with a consent to the current consent text recorded by the front desk;</li>
 * <li>outcome measures for those patients: the instrument of the complaint's region and the pain
 *     rating at the intake, and one to three follow-ups at later visits;</li>
 * <li>a handful of Dr. Raman's patients who show the treatment gate at work (see {@link Case}),
 *     most of them on her list for the demo day (today, or the next day she works).</li>
 * </ul>
 *
 * <p>Nothing is dated after {@code now}; local dates are the visit location's.
 */
final class DemoClinicalRecords {

    /** The user name of the practitioner whose day shows the cases (Dr. Priya Raman). */
    static final String CASE_PRACTITIONER = DemoClinic.STAFF.get(0).username();

    /** The share of seen patients who get an intake, in percent. */
    private static final int INTAKE_SHARE = 60;

    /** What the deliberate patients show a practitioner signing in. */
    enum Case {
        /** A red flag (night pain, weight loss) sent the patient to their doctor; treatment is on hold. */
        REFERRAL_PENDING,
        /** A red flag (a car accident) whose referral a physician's letter cleared. */
        REFERRAL_CLEARED,
        /** An open wound at the shoulder: the shoulder may not be treated, the neck may. */
        REGION_BLOCKED,
        /** Blood thinners: treated with lighter pressure. */
        BLOOD_THINNERS,
        /** Pregnancy: modified positioning. */
        PREGNANCY,
        /** An intake is recorded, the consent is not signed yet. */
        CONSENT_MISSING
    }

    /** One appointment as the clinical records need it. */
    record Visit(Patient patient, String practitioner, String practitionerName, ZoneId zone, String type,
            Instant start, Instant end, AppointmentStatus status, String notes) {

        LocalDate day() {
            return start.atZone(zone).toLocalDate();
        }
    }

    /** A patient's visits, oldest first, and what the choice of the cases looks at. */
    private record Chart(Patient patient, List<Visit> visits, List<Visit> seen, Visit onDemoDay) {

        Visit first() {
            return seen.get(0);
        }

        /** Seen before the demo day's visit (or at all, without one). */
        long seenBefore() {
            return onDemoDay == null ? seen.size()
                    : seen.stream().filter(v -> v.start().isBefore(onDemoDay.start())).count();
        }

        boolean comingLater() {
            return onDemoDay != null && (onDemoDay.status() == AppointmentStatus.BOOKED
                    || onDemoDay.status() == AppointmentStatus.ARRIVED);
        }
    }

    final List<IntakeAssessment> intakes = new ArrayList<>();
    final List<PatientConsent> consents = new ArrayList<>();
    final List<TreatmentClearance> clearances = new ArrayList<>();
    final Map<Case, Patient> cases = new EnumMap<>(Case.class);
    /** Dr. Raman's demo day: today, or the next day she sees patients; null when she has none ahead. */
    LocalDate demoDay;

    private final Random rnd;
    private final Instant now;
    private final ConsentText consentText;
    private final DemoOutcomes outcomes;

    /**
     * @param consentText the text patients sign now; null records no consents
     */
    DemoClinicalRecords(Random rnd, Instant now, ConsentText consentText) {
        this.rnd = rnd;
        this.now = now;
        this.consentText = consentText;
        this.outcomes = new DemoOutcomes(rnd);
    }

    List<OutcomeMeasure> outcomeMeasures() {
        return outcomes.measures;
    }

    /** Everything to persist, in an order that writes what is referred to first. */
    List<Object> all() {
        List<Object> all = new ArrayList<>(intakes);
        all.addAll(consents);
        all.addAll(clearances);
        all.addAll(outcomes.measures);
        return all;
    }

    /** The visits of these appointments; {@code username} names each appointment's practitioner's login. */
    static List<Visit> visits(List<Appointment> appointments, Function<Appointment, String> username) {
        return appointments.stream().map(a -> new Visit(a.getPatient(), username.apply(a),
                a.getPractitioner().getDisplayName(), a.getLocation().getZone(),
                a.getAppointmentType() == null ? "" : a.getAppointmentType().getName(), a.getStartsAt(),
                a.getEndsAt(), a.getStatus(), a.getNotes())).toList();
    }

    void build(List<Visit> visits) {
        Map<Patient, List<Visit>> byPatient = new IdentityHashMap<>();
        for (Visit visit : visits) {
            byPatient.computeIfAbsent(visit.patient(), p -> new ArrayList<>()).add(visit);
        }
        demoDay = demoDay(visits);
        List<Chart> charts = new ArrayList<>();
        for (Map.Entry<Patient, List<Visit>> entry : byPatient.entrySet()) {
            List<Visit> own = new ArrayList<>(entry.getValue());
            own.sort(Comparator.comparing(Visit::start));
            List<Visit> seen = own.stream().filter(this::seen).toList();
            if (seen.isEmpty()) {
                continue;
            }
            Visit onDemoDay = own.stream().filter(v -> v.practitioner().equals(CASE_PRACTITIONER)
                    && v.status().occupiesTime() && v.day().equals(demoDay)).findFirst().orElse(null);
            charts.add(new Chart(entry.getKey(), own, seen, onDemoDay));
        }
        // a fixed order before the shuffle: the map's order is the patients' identity hashes
        charts.sort(Comparator.comparing(c -> c.patient().getChartNumber()));
        Collections.shuffle(charts, rnd);
        chooseCases(charts);

        Map<Patient, Case> caseOf = new IdentityHashMap<>();
        cases.forEach((c, patient) -> caseOf.put(patient, c));
        List<Chart> unchanged = new ArrayList<>();
        for (Chart chart : charts) {
            Case c = caseOf.get(chart.patient());
            if (c != null || chart.onDemoDay() != null || rnd.nextInt(100) < INTAKE_SHARE) {
                record(chart, c, unchanged);
            }
        }
    }

    /** Dr. Raman's first day from today on with a visit that is not cancelled or missed. */
    private LocalDate demoDay(List<Visit> visits) {
        return visits.stream()
                .filter(v -> v.practitioner().equals(CASE_PRACTITIONER) && v.status().occupiesTime()
                        && !v.day().isBefore(now.atZone(v.zone()).toLocalDate()))
                .map(Visit::day).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Seen: the visit took place (completed or in treatment) and started a quarter of an hour ago at least. */
    private boolean seen(Visit visit) {
        return (visit.status() == AppointmentStatus.COMPLETED || visit.status() == AppointmentStatus.IN_TREATMENT)
                && !visit.start().plus(Duration.ofMinutes(15)).isAfter(now);
    }

    /**
     * Picks a patient for each case. The cases My day shows (a hold, a clearance, a blocked region)
     * go to someone on Dr. Raman's list for the demo day whom she saw before, preferably still to
     * come that day; failing that, one of her patients; failing that, anyone seen. The precautions,
     * which My day does not show, go to her patients of other days, so that her day keeps patients
     * with nothing to note.
     */
    private void chooseCases(List<Chart> charts) {
        Predicate<Chart> hers = c -> c.first().practitioner().equals(CASE_PRACTITIONER);
        List<Predicate<Chart>> onHerDay = List.of(
                c -> hers.test(c) && c.comingLater() && c.seenBefore() > 0,
                c -> hers.test(c) && c.onDemoDay() != null,
                hers,
                c -> true);
        List<Predicate<Chart>> otherDays = List.of(c -> hers.test(c) && c.onDemoDay() == null, hers, c -> true);
        // a hold or a missing consent found at the first visit: best told of a patient seen only that once, so
        // no visit after it contradicts the hold
        List<Predicate<Chart>> onHerDayAfterOneVisit = new ArrayList<>();
        onHerDayAfterOneVisit.add(c -> hers.test(c) && c.comingLater() && c.seenBefore() == 1);
        onHerDayAfterOneVisit.add(c -> hers.test(c) && c.onDemoDay() != null && c.seenBefore() == 1);
        onHerDayAfterOneVisit.addAll(onHerDay);
        Comparator<Chart> fewestVisits = Comparator.comparingLong(Chart::seenBefore);
        Comparator<Chart> any = Comparator.comparingInt(c -> 0);
        choose(Case.REFERRAL_PENDING, charts, onHerDayAfterOneVisit, c -> true, fewestVisits);
        choose(Case.REFERRAL_CLEARED, charts, onHerDay, c -> true, fewestVisits.reversed());
        choose(Case.REGION_BLOCKED, charts, onHerDay, c -> true, any);
        choose(Case.CONSENT_MISSING, charts, onHerDayAfterOneVisit, c -> true, fewestVisits);
        choose(Case.BLOOD_THINNERS, charts, otherDays, c -> true,
                Comparator.comparing((Chart c) -> c.patient().getBirthDate()));
        choose(Case.PREGNANCY, charts, otherDays, c -> {
            int age = c.patient().ageOn(c.first().day());
            return c.patient().getSex() == Sex.FEMALE && age >= 20 && age <= 42;
        }, any);
    }

    private void choose(Case c, List<Chart> charts, List<Predicate<Chart>> pools, Predicate<Chart> fits,
            Comparator<Chart> preferred) {
        Set<Patient> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        taken.addAll(cases.values());
        for (Predicate<Chart> pool : pools) {
            charts.stream().filter(chart -> !taken.contains(chart.patient()) && pool.test(chart) && fits.test(chart))
                    .min(preferred).ifPresent(chart -> cases.put(c, chart.patient()));
            if (cases.containsKey(c)) {
                return;
            }
        }
    }

    // ---- one patient's records

    private void record(Chart chart, Case c, List<Chart> unchanged) {
        Patient patient = chart.patient();
        Visit first = chart.first();
        Instant assessedAt = earlier(first.start().plus(Duration.ofMinutes(5 + rnd.nextInt(8))), now);
        LocalDate day = assessedAt.atZone(first.zone()).toLocalDate();

        Complaint complaint = complaint(c, first, patient);
        Side side = DemoComplaints.sideOfAppointmentNote(first.notes());
        if (side == null) {
            side = rnd.nextBoolean() ? Side.LEFT : Side.RIGHT;
        }
        if (c == Case.REGION_BLOCKED) {
            side = Side.RIGHT;
        }
        Draft draft = draft(complaint, side, patient, day);
        ScreeningAnswers screening = screening(c, patient, day, draft);
        IntakeAssessment intake = new IntakeAssessment(patient, null, draft.details(), screening, null,
                first.practitioner(), assessedAt, day);
        intakes.add(intake);

        if (c != Case.CONSENT_MISSING) {
            consent(patient, first);
        }
        Instant treatableFrom = assessedAt;
        if (c == Case.REFERRAL_CLEARED) {
            treatableFrom = clearance(intake, chart, first);
        }

        List<Administration> followUps = c == Case.REFERRAL_PENDING || c == Case.CONSENT_MISSING ? List.of()
                : followUps(chart, treatableFrom);
        DemoOutcomes.Course course = course(c, followUps, chart, unchanged);
        Instrument regional = Instrument.suggestedFor(intake.getRegions().get(0).getRegion());
        outcomes.record(patient, regional, draft.painNow, new Administration(assessedAt.plus(Duration.ofMinutes(1)),
                first.practitioner()), followUps, course);
    }

    private Complaint complaint(Case c, Visit first, Patient patient) {
        if (c == Case.REFERRAL_PENDING || c == Case.PREGNANCY) {
            return DemoComplaints.LOW_BACK_LIFTING;
        }
        if (c == Case.REFERRAL_CLEARED || c == Case.REGION_BLOCKED) {
            return DemoComplaints.NECK_DESK;
        }
        Complaint booked = DemoComplaints.forAppointmentNote(first.notes());
        if (booked != null) {
            return booked;
        }
        List<Complaint> likely = DemoComplaints.likelyFor(patient.getSportAndTrainingLoad(), patient.getOccupation());
        return likely.get(rnd.nextInt(likely.size()));
    }

    /** The fields of the intake form, filled in from the complaint and then adjusted for a case. */
    private static final class Draft {
        String chiefComplaint;
        List<ComplaintRegion> regions;
        OnsetType onset;
        LocalDate onsetDate;
        String aggravating;
        String easing;
        String training;
        String work;
        String prior;
        String medications;
        String goals;
        String posture;
        List<RangeOfMotion> rom;
        List<NeuroFinding> neuro;
        List<PalpationFinding> palpation;
        int painNow;
        PainScores pain;

        IntakeDetails details() {
            return new IntakeDetails(chiefComplaint, regions, onset, onsetDate, null, aggravating, easing, training,
                    work, prior, medications, goals, posture, rom, neuro, palpation, pain);
        }
    }

    private static final String[] PRIOR = {"Broke the left wrist as a child", "Appendix removed in 2015",
        "Sprained the right ankle twice playing basketball", "Knee arthroscopy (meniscus) in 2018",
        "Nothing of note"};
    private static final String[] PAIN_RELIEF = {"Ibuprofen now and then for the pain", "Acetaminophen as needed",
        "Nothing regularly"};

    private Draft draft(Complaint complaint, Side side, Patient patient, LocalDate day) {
        Draft d = new Draft();
        Side regionSide = complaint.oneSided() ? side : Side.MIDLINE;
        d.chiefComplaint = Complaint.sided(complaint.chiefComplaint(), side);
        d.regions = complaint.regions().stream().map(r -> new ComplaintRegion(r,
                r == BodyRegion.UPPER_BACK ? Side.BOTH : regionSide)).toList();
        d.onset = complaint.onset();
        int weeks = complaint.minWeeks() + rnd.nextInt(complaint.maxWeeks() - complaint.minWeeks() + 1);
        d.onsetDate = day.minusWeeks(weeks).minusDays(rnd.nextInt(7));
        d.aggravating = complaint.aggravating();
        d.easing = complaint.easing();
        String sport = patient.getSportAndTrainingLoad();
        d.training = sport != null && complaint.training() != null ? sport + ". " + complaint.training()
                : sport != null ? sport : complaint.training();
        d.work = patient.getWorkSetup();
        d.prior = rnd.nextInt(100) < 45 ? PRIOR[rnd.nextInt(PRIOR.length)] : null;
        d.medications = rnd.nextInt(100) < 40 ? PAIN_RELIEF[rnd.nextInt(PAIN_RELIEF.length)] : null;
        d.goals = complaint.goals();
        d.posture = Complaint.sided(complaint.posture(), side);
        d.rom = rom(complaint, side);
        d.neuro = neuro(complaint, side);
        d.palpation = palpation(complaint, side);
        d.painNow = 3 + rnd.nextInt(5);
        d.pain = new PainScores(d.painNow, Math.max(0, d.painNow - 1 - rnd.nextInt(3)),
                Math.min(10, d.painNow + 1 + rnd.nextInt(3)));
        return d;
    }

    private List<RangeOfMotion> rom(Complaint complaint, Side side) {
        List<RangeOfMotion> rom = new ArrayList<>();
        Side other = side == Side.LEFT ? Side.RIGHT : Side.LEFT;
        for (Rom m : complaint.rom()) {
            double fraction = m.lowest() + (m.highest() - m.lowest()) * rnd.nextDouble();
            if (!m.movement().sided()) {
                rom.add(new RangeOfMotion(m.movement(), null, degrees(m, fraction)));
            } else if (complaint.oneSided()) {
                rom.add(new RangeOfMotion(m.movement(), side, degrees(m, fraction)));
                if (rnd.nextBoolean()) {
                    rom.add(new RangeOfMotion(m.movement(), other, degrees(m, 0.92 + 0.11 * rnd.nextDouble())));
                }
            } else {
                // a spinal movement to both sides, one side stiffer than the other
                double easier = (fraction + 1.0) / 2;
                for (Side measured : List.of(Side.LEFT, Side.RIGHT)) {
                    rom.add(new RangeOfMotion(m.movement(), measured, degrees(m, side == measured ? fraction : easier)));
                }
            }
        }
        return rom;
    }

    private static int degrees(Rom m, double fraction) {
        int degrees = (int) Math.round(m.movement().normalDegrees() * fraction);
        return Math.max(0, Math.min(m.movement().maxPlausibleDegrees(), degrees));
    }

    /** One or two levels, all normal: the screen is done to rule out a nerve root, and it does. */
    private List<NeuroFinding> neuro(Complaint complaint, Side side) {
        List<SpinalLevel> levels = new ArrayList<>(complaint.neuro());
        Collections.shuffle(levels, rnd);
        List<SpinalLevel> tested = levels.subList(0, Math.min(levels.size(), 1 + rnd.nextInt(2)));
        List<NeuroFinding> findings = new ArrayList<>();
        for (SpinalLevel level : tested) {
            NeuroResult reflex = level.reflex() == null ? NeuroResult.NOT_TESTED : NeuroResult.NORMAL;
            NeuroResult sensation = rnd.nextInt(10) == 0 ? NeuroResult.NOT_TESTED : NeuroResult.NORMAL;
            if (complaint.oneSided()) {
                findings.add(new NeuroFinding(level, side, NeuroResult.NORMAL, sensation, reflex));
            } else {
                findings.add(new NeuroFinding(level, Side.LEFT, NeuroResult.NORMAL, sensation, reflex));
                findings.add(new NeuroFinding(level, Side.RIGHT, NeuroResult.NORMAL, sensation, reflex));
            }
        }
        return findings;
    }

    private List<PalpationFinding> palpation(Complaint complaint, Side side) {
        List<PalpationFinding> findings = new ArrayList<>();
        Side where = complaint.oneSided() ? side : Side.BOTH;
        Palpation main = complaint.palpation().get(0);
        findings.add(new PalpationFinding(main.structure(), main.region(), where, rnd.nextBoolean(),
                rnd.nextInt(3) == 0, true, main.note()));
        List<Palpation> others = new ArrayList<>(complaint.palpation().subList(1, complaint.palpation().size()));
        Collections.shuffle(others, rnd);
        for (Palpation p : others.subList(0, Math.min(others.size(), 1 + rnd.nextInt(2)))) {
            boolean tight = rnd.nextInt(10) < 7;
            boolean gritty = rnd.nextInt(10) < 4;
            findings.add(new PalpationFinding(p.structure(), p.region(), where, tight || !gritty, gritty,
                    rnd.nextInt(4) == 0, null));
        }
        return findings;
    }

    // ---- screening: mostly "no" to everything; the cases and the patients' own alerts say otherwise

    private ScreeningAnswers screening(Case c, Patient patient, LocalDate day, Draft d) {
        String alerts = patient.getAlerts() == null ? "" : patient.getAlerts();
        boolean bleeding = alerts.contains("blood thinners");
        int age = patient.ageOn(day);
        boolean pregnant = alerts.startsWith("Pregnant") && patient.getSex() == Sex.FEMALE && age <= 45;
        if (c == null) {
            if (bleeding) {
                d.medications = "Apixaban, a blood thinner, for atrial fibrillation";
            }
            return new ScreeningAnswers(false, false, false, bleeding, pregnant, List.of());
        }
        switch (c) {
            case REFERRAL_PENDING -> {
                d.chiefComplaint = "Deep ache in the low back that wakes them at night and does not ease with a "
                        + "change of position; has lost about 5 kg over two months without trying";
                d.onset = OnsetType.INSIDIOUS;
                d.onsetDate = day.minusWeeks(7);
                d.aggravating = "Lying in bed at night; no position takes it away";
                d.easing = "Nothing eases it reliably, not even lying down";
                d.training = patient.getSportAndTrainingLoad();
                d.goals = "Find out what is causing the pain and sleep through the night";
                return new ScreeningAnswers(false, true, false, bleeding, pregnant, List.of());
            }
            case REFERRAL_CLEARED -> {
                d.chiefComplaint = "Neck pain and stiffness since their car was hit from behind at a stop light";
                d.onset = OnsetType.ACUTE_INJURY;
                d.onsetDate = day.minusDays(9);
                d.aggravating = "Turning the head to reverse the car, looking down at the phone, carrying bags";
                d.goals = "Turn my head without pain and get back to the gym";
                return new ScreeningAnswers(true, false, false, bleeding, pregnant, List.of());
            }
            case REGION_BLOCKED -> {
                d.chiefComplaint = "Stiff neck and a tight right upper shoulder after long laptop days; an open, "
                        + "weeping scrape over the right shoulder blade from a new backpack strap";
                d.regions = List.of(new ComplaintRegion(BodyRegion.NECK, Side.MIDLINE),
                        new ComplaintRegion(BodyRegion.SHOULDER, Side.RIGHT));
                return new ScreeningAnswers(false, false, false, bleeding, pregnant,
                        List.of(new LocalContraindication(BodyRegion.SHOULDER, ContraindicationReason.OPEN_WOUND)));
            }
            case BLOOD_THINNERS -> {
                d.medications = "Apixaban, a blood thinner, for atrial fibrillation; bruises easily";
                return new ScreeningAnswers(false, false, false, true, pregnant, List.of());
            }
            case PREGNANCY -> {
                d.chiefComplaint = "Low back and right buttock ache that builds through the day; 22 weeks pregnant";
                d.onset = OnsetType.INSIDIOUS;
                d.onsetDate = day.minusWeeks(5);
                d.aggravating = "Standing at work, turning over in bed, climbing stairs";
                d.goals = "Keep working until my leave starts and sleep without the ache waking me";
                d.medications = "Prenatal vitamins";
                d.training = patient.getSportAndTrainingLoad();
                return new ScreeningAnswers(false, false, false, bleeding, true, List.of());
            }
            default -> {
                return new ScreeningAnswers(false, false, false, bleeding, pregnant, List.of());
            }
        }
    }

    // ---- consent and clearance, as the front desk and the practitioner record them

    /** The front desk records the patient's signature as they check in for their first visit. */
    private void consent(Patient patient, Visit first) {
        if (consentText == null) {
            return;
        }
        Instant at = first.start().minus(Duration.ofMinutes(4 + rnd.nextInt(6)));
        if (at.isBefore(consentText.getPublishedAt())) {
            at = consentText.getPublishedAt().plus(Duration.ofMinutes(1)); // signed once the text existed
        }
        at = earlier(at, now);
        LocalDate day = at.atZone(first.zone()).toLocalDate();
        consents.add(new PatientConsent(patient, consentText, day, DemoDataSeeder.FRONT_DESK_NAME,
                DemoDataSeeder.FRONT_DESK, at, day));
    }

    /**
     * The patient's doctor found no injury and wrote so; the practitioner records the letter before
     * the next visit. Returns from when the patient may be treated.
     */
    private Instant clearance(IntakeAssessment intake, Chart chart, Visit first) {
        Visit next = chart.visits().stream()
                .filter(v -> v.start().isAfter(intake.getAssessedAt()) && v.status().occupiesTime()
                        && !v.day().equals(first.day()))
                .findFirst().orElse(null);
        Instant at = next == null ? now.minus(Duration.ofMinutes(10)) : next.start().minus(Duration.ofMinutes(40));
        at = earlier(at, now.minus(Duration.ofMinutes(1)));
        if (!at.isAfter(intake.getAssessedAt())) {
            at = earlier(intake.getAssessedAt().plus(Duration.ofMinutes(30)), now);
        }
        LocalDate today = at.atZone(first.zone()).toLocalDate();
        LocalDate letter = first.day().plusDays(2).isAfter(today) ? today : first.day().plusDays(2);
        String by = first.practitioner();
        clearances.add(new TreatmentClearance(intake, by, first.practitionerName(), at,
                ClearanceEvidence.PHYSICIAN_LETTER,
                "Letter from Dr. Helen Marsh (primary care) after X-rays of the neck: no fracture and no "
                        + "instability; soft-tissue treatment may go ahead.", letter, today));
        return at;
    }

    // ---- outcome measures

    /** One to three later visits (preferring re-assessments and the latest), each with its practitioner. */
    private List<Administration> followUps(Chart chart, Instant after) {
        List<Visit> later = chart.seen().stream().filter(v -> v.start().isAfter(after)).toList();
        if (later.isEmpty()) {
            return List.of();
        }
        int count = Math.min(later.size(), 1 + rnd.nextInt(3));
        List<Visit> chosen = new ArrayList<>();
        chosen.add(later.get(later.size() - 1));
        later.stream().filter(v -> v.type().equals(DemoClinic.REASSESSMENT) && !chosen.contains(v))
                .limit(count - 1L).forEach(chosen::add);
        List<Visit> rest = new ArrayList<>(later);
        rest.removeAll(chosen);
        Collections.shuffle(rest, rnd);
        rest.stream().limit(count - (long) chosen.size()).forEach(chosen::add);
        chosen.sort(Comparator.comparing(Visit::start));
        return chosen.stream().map(v -> new Administration(v.start().plus(Duration.ofMinutes(2 + rnd.nextInt(4))),
                v.practitioner())).toList();
    }

    /**
     * Most patients get better, more than half of them by at least the MCID; the first two patients
     * with follow-ups (in the shuffled order) whose course is not part of a case do not change. The
     * cases whose histories the demo shows improve clearly.
     */
    private DemoOutcomes.Course course(Case c, List<Administration> followUps, Chart chart, List<Chart> unchanged) {
        if (followUps.isEmpty() || c != null) {
            return DemoOutcomes.Course.CLEARLY_BETTER;
        }
        if (unchanged.size() < 2) {
            unchanged.add(chart);
            return DemoOutcomes.Course.UNCHANGED;
        }
        return rnd.nextInt(100) < 60 ? DemoOutcomes.Course.CLEARLY_BETTER : DemoOutcomes.Course.SOMEWHAT_BETTER;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
