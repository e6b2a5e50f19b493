package org.artclinic.clinic.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.artclinic.clinic.charting.Addendum;
import org.artclinic.clinic.charting.ArtEntry;
import org.artclinic.clinic.charting.ChartedService;
import org.artclinic.clinic.charting.Soap;
import org.artclinic.clinic.charting.SpinalRegion;
import org.artclinic.clinic.charting.Tension;
import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.charting.VisitNoteRules;
import org.artclinic.clinic.charting.VisitServiceLine;
import org.artclinic.clinic.credential.PractitionerCredentials;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ComplaintRegion;
import org.artclinic.clinic.intake.IntakeAssessment;
import org.artclinic.clinic.intake.PalpationFinding;
import org.artclinic.clinic.intake.PatientConsent;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.intake.TreatmentClearance;
import org.artclinic.clinic.intake.TreatmentGate;
import org.artclinic.clinic.outcome.Instrument;
import org.artclinic.clinic.outcome.OutcomeMeasure;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.protocol.Protocol;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Practitioner;

/**
 * The visit notes of the demo clinic's past visits, built through the charting domain as the visit
 * note service writes them, with the same checks: a note only for a visit that took place on an
 * earlier day (today's visits are left for the practitioner to start from My day); ART entries and
 * treatment services only while the patient's screening gate allows treatment, at the time of the
 * visit, and never on a region the intake blocked; ART entries only of protocol groups the
 * practitioner's certifications covered on the visit's day. A patient on hold (referral not cleared
 * yet, consent not signed) gets an assessment-only note; a patient without an intake gets none.
 *
 * <p>A note's SOAP follows the patient's intake and their pain ratings (the outcome measures of the
 * same visits), so My day, the Charting tab and the progress charts tell one story. ART entries come
 * from the protocol library: the structures the intake found tender, then the complaint's region,
 * then the next structures along the kinetic chain. Most notes are signed shortly after the visit;
 * a couple late, a few have an addendum, and one or two of Dr. Priya Raman's recent notes are left
 * as drafts (her "overdue drafts" to-do). Every text is made up for the demo, in our own words.
 *
 * <p>The database refuses entries and services under a signed note, so the notes are written as
 * drafts with everything charted, and {@link #sign} signs them afterwards.
 */
final class DemoVisitNotes {

    /** The clinical records the notes follow. */
    record Records(List<IntakeAssessment> intakes, List<PatientConsent> consents, List<TreatmentClearance> clearances,
            List<OutcomeMeasure> measures) {
    }

    /** How many of Dr. Raman's recent notes stay drafts. */
    static final int RAMAN_DRAFTS = 2;
    /** How many notes are signed more than a day after the visit. */
    static final int LATE = 2;
    /** The share of signed notes with an addendum, in percent. */
    private static final int ADDENDUM_SHARE = 4;

    final List<VisitNote> notes = new ArrayList<>();
    final List<Addendum> addenda = new ArrayList<>();

    private final Random rnd;
    private final Instant now;
    private final List<Protocol> library;
    private final Map<String, Protocol> byName = new HashMap<>();

    /** When each note to be signed is signed, and by whom; notes absent here stay drafts. */
    private final Map<VisitNote, Instant> signing = new IdentityHashMap<>();
    private final Map<VisitNote, String> signer = new IdentityHashMap<>();
    private final Map<VisitNote, Addition> additions = new IdentityHashMap<>();

    private record Addition(String text, Instant at) {
    }

    DemoVisitNotes(Random rnd, Instant now, List<Protocol> library) {
        this.rnd = rnd;
        this.now = now;
        this.library = library.stream().filter(p -> !p.isRetired())
                .sorted(Comparator.comparing(Protocol::getSearchName)).toList();
        this.library.forEach(p -> byName.put(p.getSearchName(), p));
    }

    /**
     * @param username the login of an appointment's practitioner (who opens and signs the note)
     * @param credentials a practitioner's credentials, or null when none are recorded
     */
    void build(List<Appointment> appointments, Function<Appointment, String> username,
            Function<Practitioner, PractitionerCredentials> credentials, Records records) {
        Map<Patient, IntakeAssessment> intakes = new IdentityHashMap<>();
        records.intakes().forEach(i -> intakes.merge(i.getPatient(), i,
                (a, b) -> a.getAssessedAt().isAfter(b.getAssessedAt()) ? a : b));
        Map<Patient, List<PatientConsent>> consents = new IdentityHashMap<>();
        records.consents().forEach(c -> consents.computeIfAbsent(c.getPatient(), p -> new ArrayList<>()).add(c));
        Map<IntakeAssessment, TreatmentClearance> clearances = new IdentityHashMap<>();
        records.clearances().forEach(c -> clearances.put(c.getIntake(), c));
        Map<Patient, List<OutcomeMeasure>> pain = new IdentityHashMap<>();
        records.measures().stream().filter(m -> m.getInstrument() == Instrument.NPRS && m.isScored())
                .forEach(m -> pain.computeIfAbsent(m.getPatient(), p -> new ArrayList<>()).add(m));
        pain.values().forEach(list -> list.sort(Comparator.comparing(OutcomeMeasure::getAdministeredAt)));

        Map<Patient, List<Appointment>> byPatient = new IdentityHashMap<>();
        for (Appointment a : appointments) {
            if (attendedOnAnEarlierDay(a) && intakes.containsKey(a.getPatient())) {
                byPatient.computeIfAbsent(a.getPatient(), p -> new ArrayList<>()).add(a);
            }
        }
        // a fixed order, whatever the map's: by chart number, then by visit
        List<Patient> patients = new ArrayList<>(byPatient.keySet());
        patients.sort(Comparator.comparing(Patient::getChartNumber));
        for (Patient patient : patients) {
            List<Appointment> visits = byPatient.get(patient);
            visits.sort(Comparator.comparing(Appointment::getStartsAt));
            IntakeAssessment intake = intakes.get(patient);
            Course course = new Course(intake, consents.getOrDefault(patient, List.of()), clearances.get(intake),
                    pain.getOrDefault(patient, List.of()));
            for (Appointment visit : visits) {
                PractitionerCredentials held = credentials.apply(visit.getPractitioner());
                VisitNote note = note(course, visit, username.apply(visit), held);
                if (note != null) {
                    notes.add(note);
                }
            }
        }
        planSignatures(username);
    }

    /** Signs the notes meant to be signed and writes their addenda (after their entries are written). */
    void sign() {
        for (VisitNote note : notes) {
            Instant at = signing.get(note);
            if (at != null) {
                note.sign(signer.get(note), at);
                Addition addition = additions.get(note);
                if (addition != null) {
                    addenda.add(note.amend(addition.text(), signer.get(note), addition.at()));
                }
            }
        }
    }

    int entryCount() {
        return notes.stream().mapToInt(n -> n.getArtEntries().size()).sum();
    }

    int serviceCount() {
        return notes.stream().mapToInt(n -> n.getServices().size()).sum();
    }

    /** Took place (completed, or left in treatment on an earlier day) on a day before today. */
    private boolean attendedOnAnEarlierDay(Appointment a) {
        boolean attended = a.getStatus() == AppointmentStatus.COMPLETED || a.getStatus() == AppointmentStatus.IN_TREATMENT;
        var zone = a.getLocation().getZone();
        return attended && LocalDate.ofInstant(a.getStartsAt(), zone).isBefore(LocalDate.ofInstant(now, zone));
    }

    // ---- one patient's course of care

    /** What a patient's notes follow: their intake, consent, clearance and pain ratings, and their visits so far. */
    private final class Course {
        final IntakeAssessment intake;
        final List<PatientConsent> consents;
        final TreatmentClearance clearance;
        final List<OutcomeMeasure> pain;
        /** Where a complaint across the middle is treated: both sides, or the stiffer one. */
        final Side midlineSide;
        int visits;
        int treated;
        Integer lastPain;
        List<Protocol> lastProtocols = List.of();
        /** The protocols for the complaint, best first (the same at every visit). */
        List<Protocol> candidates;

        Course(IntakeAssessment intake, List<PatientConsent> consents, TreatmentClearance clearance,
                List<OutcomeMeasure> pain) {
            this.intake = intake;
            this.consents = consents;
            this.clearance = clearance;
            this.pain = pain;
            this.midlineSide = rnd.nextInt(3) == 0 ? Side.BOTH : rnd.nextBoolean() ? Side.LEFT : Side.RIGHT;
        }

        /** The screening gate as it stood at this moment, as the intake service would judge it. */
        TreatmentGate gateAt(Instant at) {
            PatientConsent consent = consents.stream().filter(c -> !c.getRecordedAt().isAfter(at))
                    .max(Comparator.comparing(PatientConsent::getRecordedAt)).orElse(null);
            TreatmentGate.ConsentState state = consent == null ? TreatmentGate.ConsentState.MISSING
                    : consent.getWithdrawnAt() != null && !consent.getWithdrawnAt().isAfter(at)
                            ? TreatmentGate.ConsentState.WITHDRAWN : TreatmentGate.ConsentState.CURRENT;
            if (intake.getAssessedAt().isAfter(at)) {
                return TreatmentGate.noIntake(state);
            }
            boolean cleared = clearance != null && !clearance.getClearedAt().isAfter(at);
            return TreatmentGate.of(intake.decision(), cleared ? clearance.describe() : null, state);
        }

        /** The pain rating of the visit: the one measured then, else between the ratings before and after it. */
        int painAt(Appointment visit) {
            int initial = intake.getPain().getNow() == null ? 5 : intake.getPain().getNow();
            OutcomeMeasure before = null;
            OutcomeMeasure after = null;
            for (OutcomeMeasure m : pain) {
                Instant at = m.getAdministeredAt();
                if (!at.isBefore(visit.getStartsAt().minus(Duration.ofMinutes(10))) && !at.isAfter(visit.getEndsAt())) {
                    return rating(m);
                }
                if (at.isBefore(visit.getStartsAt())) {
                    before = m;
                } else if (after == null) {
                    after = m;
                }
            }
            if (before == null) {
                return after == null ? initial : rating(after);
            }
            if (after == null) {
                return rating(before);
            }
            double span = Duration.between(before.getAdministeredAt(), after.getAdministeredAt()).toMinutes();
            double done = Duration.between(before.getAdministeredAt(), visit.getStartsAt()).toMinutes();
            return (int) Math.round(rating(before) + (rating(after) - rating(before)) * done / span);
        }
    }

    private static int rating(OutcomeMeasure m) {
        return m.getScore().intValue();
    }

    private VisitNote note(Course course, Appointment visit, String username, PractitionerCredentials credentials) {
        // charted a quarter of an hour into the visit: the intake of a first visit is recorded by then
        TreatmentGate gate = course.gateAt(visit.getStartsAt().plus(Duration.ofMinutes(15)));
        if (!gate.intakeRecorded()) {
            return null;
        }
        var zone = visit.getLocation().getZone();
        LocalDate day = LocalDate.ofInstant(visit.getStartsAt(), zone);
        VisitNoteRules.requireMayOpen(visit.getStatus(), day, day); // opened on the day, from My day
        VisitNote note = new VisitNote(visit, username, visit.getStartsAt().minus(Duration.ofMinutes(1 + rnd.nextInt(3))));
        boolean first = course.visits == 0;
        course.visits++;
        int painToday = course.painAt(visit);
        Discipline discipline = visit.getPractitioner().getDiscipline();
        ComplaintRegion main = course.intake.getRegions().get(0);
        List<String> dx = diagnoses(course.intake);

        ChartedService evaluation = evaluation(discipline, first, visit);
        if (!gate.treatmentAllowed()) {
            note.write(onHold(course, gate, painToday));
            if (evaluation != null) {
                addService(note, gate, evaluation, evaluation.isTimed() ? 15 + rnd.nextInt(10) : null,
                        List.of(main.getRegion().name()), dx);
            }
            course.lastPain = painToday;
            return note;
        }

        List<ArtEntry> entries = entries(course, note, gate, credentials, day, painToday, first);
        if (!first && course.visits % 3 != 1) {
            note.retest(retests(course)); // two follow-ups in three re-test the intake's movements
        }
        int budget = (int) Duration.between(visit.getStartsAt(), visit.getEndsAt()).toMinutes() - 5;
        if (evaluation != null) {
            int minutes = evaluation.isTimed() ? 15 + rnd.nextInt(6) : 0;
            addService(note, gate, evaluation, evaluation.isTimed() ? minutes : null, List.of(main.getRegion().name()), dx);
            budget -= evaluation.isTimed() ? minutes : 15;
        }
        List<String> treatedRegions = treatableRegions(course.intake, gate);
        boolean active = discipline == Discipline.PHYSICAL_THERAPIST || discipline == Discipline.ATHLETIC_TRAINER;
        // the exercise time is kept free first: most visits end with the home exercises practised
        int exercise = !treatedRegions.isEmpty() && rnd.nextInt(100) < (active ? 85 : 55) ? 8 + rnd.nextInt(6) : 0;
        if (!entries.isEmpty()) {
            int minutes = Math.max(8, Math.min(budget - exercise, 8 + rnd.nextInt(10) + entries.size()));
            Set<String> regions = new LinkedHashSet<>();
            entries.forEach(e -> regions.add(e.getProtocol().getRegion().name()));
            addService(note, gate, ChartedService.MANUAL_THERAPY, minutes, List.copyOf(regions), dx);
            budget -= minutes;
        } else if (discipline == Discipline.MASSAGE_THERAPIST && !treatedRegions.isEmpty()) {
            int minutes = Math.max(8, Math.min(budget - exercise, 15 + rnd.nextInt(10)));
            addService(note, gate, ChartedService.MASSAGE, minutes, treatedRegions, dx);
            budget -= minutes;
        }
        if (discipline == Discipline.CHIROPRACTOR && rnd.nextInt(100) < 85) {
            List<SpinalRegion> spine = spinalRegions(course.intake, gate);
            if (!spine.isEmpty()) {
                addService(note, gate, ChartedService.spinalManipulationFor(spine.size()), null,
                        spine.stream().map(Enum::name).toList(), dx);
            } else if (!treatedRegions.isEmpty() && rnd.nextBoolean()) {
                addService(note, gate, ChartedService.CMT_EXTRASPINAL, null, treatedRegions.subList(0, 1), dx);
            }
        }
        if (exercise > 0 && budget >= 8) {
            int minutes = Math.min(budget, exercise);
            addService(note, gate, ChartedService.THERAPEUTIC_EXERCISE, minutes, treatedRegions.subList(0, 1), dx);
            budget -= minutes;
        }
        if (!treatedRegions.isEmpty() && budget >= 8 && rnd.nextInt(100) < (active ? 45 : 15)) {
            int minutes = Math.min(budget, 8 + rnd.nextInt(5));
            addService(note, gate, discipline == Discipline.PHYSICAL_THERAPIST && rnd.nextInt(3) == 0
                    ? ChartedService.NEUROMUSCULAR_REEDUCATION : ChartedService.THERAPEUTIC_ACTIVITIES, minutes,
                    treatedRegions.subList(0, 1), dx);
        }
        note.write(soap(course, visit, entries, painToday, first));
        course.lastPain = painToday;
        course.treated++;
        course.lastProtocols = entries.stream().map(ArtEntry::getProtocol).toList();
        return note;
    }

    /** A treatment service only where the gate allows it, as the visit note service checks. */
    private static void addService(VisitNote note, TreatmentGate gate, ChartedService service, Integer minutes,
            List<String> regions, List<String> dx) {
        VisitServiceLine.ServiceRequest request = VisitServiceLine.ServiceRequest.of(service.code(), minutes, regions, dx);
        if (service.isTreatment()) {
            request.touchedBodyRegions().forEach(gate::requireAllowed);
        }
        note.addService(request);
    }

    /** The evaluation code of the first visit, or of a re-assessment, for the practitioner's profession; or none. */
    private ChartedService evaluation(Discipline discipline, boolean first, Appointment visit) {
        boolean reassessment = visit.getAppointmentType() != null
                && DemoClinic.REASSESSMENT.equals(visit.getAppointmentType().getName());
        return switch (discipline) {
            case PHYSICAL_THERAPIST -> first ? List.of(ChartedService.PT_EVALUATION_LOW,
                    ChartedService.PT_EVALUATION_MODERATE, ChartedService.PT_EVALUATION_MODERATE,
                    ChartedService.PT_EVALUATION_HIGH).get(rnd.nextInt(4))
                    : reassessment ? ChartedService.PT_REEVALUATION : null;
            case CHIROPRACTOR, PHYSICIAN -> first ? ChartedService.NEW_PATIENT_VISIT
                    : reassessment ? ChartedService.ESTABLISHED_PATIENT_VISIT : null;
            case ATHLETIC_TRAINER -> first || reassessment ? ChartedService.PERFORMANCE_TEST : null;
            case MASSAGE_THERAPIST -> null;
        };
    }

    // ---- ART entries

    private List<ArtEntry> entries(Course course, VisitNote note, TreatmentGate gate,
            PractitionerCredentials credentials, LocalDate day, int painToday, boolean first) {
        if (course.candidates == null) {
            course.candidates = candidates(course.intake);
        }
        List<Protocol> candidates = course.candidates.stream()
                .filter(p -> gate.allows(p.getRegion()))
                .filter(p -> credentials != null && credentials.refusal(p.getRegionGroup(), day).isEmpty())
                .filter(p -> side(course, p) != null)
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        int count = Math.min(candidates.size(), 2 + rnd.nextInt(4));
        List<Protocol> chosen = new ArrayList<>();
        // a follow-up mostly repeats the last visit's first protocols, then varies along the chain
        for (Protocol p : course.lastProtocols) {
            if (chosen.size() < Math.min(2, count) && candidates.contains(p)) {
                chosen.add(p);
            }
        }
        for (Protocol p : candidates.subList(0, Math.min(2, candidates.size()))) {
            if (chosen.size() < Math.min(2, count) && !chosen.contains(p)) {
                chosen.add(p);
            }
        }
        List<Protocol> others = new ArrayList<>(candidates.subList(0, Math.min(candidates.size(), 8)));
        others.removeAll(chosen);
        Collections.shuffle(others, rnd);
        for (Protocol p : others) {
            if (chosen.size() >= count) {
                break;
            }
            chosen.add(p);
        }
        boolean gentle = gate.precautions().stream()
                .anyMatch(p -> p.getCode().equals("BLEEDING_RISK") || p.getCode().equals("PREGNANCY"));
        Set<Object> measured = new HashSet<>();
        List<ArtEntry> entries = new ArrayList<>();
        for (Protocol protocol : chosen) {
            Side side = side(course, protocol);
            int passes = Math.min(ArtEntry.MAX_PASSES, protocol.getTypicalPasses() + rnd.nextInt(2));
            Tension tension = gentle || (first && rnd.nextBoolean()) ? Tension.LIGHT
                    : course.treated >= 3 && rnd.nextInt(3) == 0 ? Tension.FIRM : Tension.MODERATE;
            int before = Math.max(1, Math.min(10, painToday + (entries.isEmpty() ? 1 : rnd.nextInt(2))));
            int after = Math.max(0, before - 1 - rnd.nextInt(before >= 4 ? 3 : 2));
            RomMovement movement = null;
            Integer romBefore = null;
            Integer romAfter = null;
            RangeOfMotion rom = romOf(course.intake, protocol.getRegion(), side);
            if (rom != null && measured.add(rom.getMovement())) {
                movement = rom.getMovement();
                int normal = rom.getNormalDegrees();
                double progress = Math.min(0.85, 0.12 * course.treated + 0.04 * rnd.nextInt(3));
                romBefore = Math.min(normal, (int) Math.round(rom.getDegrees() + (normal - rom.getDegrees()) * progress));
                romAfter = Math.min(Math.max(romBefore, normal), romBefore + 2 + rnd.nextInt(Math.max(2, normal / 20)));
            }
            ArtEntry.Request request = new ArtEntry.Request(side, passes, tension, before, after, movement, romBefore,
                    romAfter, RESPONSES[rnd.nextInt(RESPONSES.length)]);
            gate.requireAllowed(protocol.getRegion());
            entries.add(note.addArtEntry(protocol, request));
        }
        return entries;
    }

    /**
     * The protocols for a complaint, best first: the structures the intake found tender, the other
     * protocols of the complaint's regions, then their kinetic-chain links.
     */
    private List<Protocol> candidates(IntakeAssessment intake) {
        Set<Protocol> ordered = new LinkedHashSet<>();
        for (PalpationFinding finding : intake.getPalpation()) {
            library.stream().filter(p -> sameStructure(finding.getStructure(), p.getName())).forEach(ordered::add);
        }
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        intake.getRegions().forEach(r -> regions.add(r.getRegion()));
        library.stream().filter(p -> regions.contains(p.getRegion()) && p.getRegionGroup() != RegionGroup.NERVE_ENTRAPMENT).forEach(ordered::add);
        for (Protocol p : List.copyOf(ordered).subList(0, Math.min(ordered.size(), 4))) {
            p.suggestions().stream().filter(byName::containsValue).forEach(ordered::add);
        }
        return List.copyOf(ordered);
    }

    /** "Iliotibial band, lower third" is the "Iliotibial band"; "Rhomboids" the "Rhomboid major and minor". */
    static boolean sameStructure(String found, String protocol) {
        String a = found.toLowerCase(Locale.ROOT);
        String b = protocol.toLowerCase(Locale.ROOT);
        if (a.startsWith(b) || b.startsWith(a)) {
            return true;
        }
        String firstA = a.split("[ ,]")[0];
        String firstB = b.split("[ ,]")[0];
        return firstB.length() >= 6 && !firstB.equals("flexor") && !firstB.equals("extensor")
                && !firstB.equals("lumbar") && !firstB.equals("upper") && !firstB.equals("middle")
                && (firstA.startsWith(firstB) || firstB.startsWith(firstA));
    }

    /**
     * The side to treat a protocol on: the complaint's side for a one-sided complaint; the midline
     * for a midline structure; for a complaint across the middle, both sides or the stiffer one.
     * Null when the protocol is not done on a fitting side.
     */
    private static Side side(Course course, Protocol protocol) {
        Side complaint = course.intake.getRegions().stream().filter(r -> r.getRegion() == protocol.getRegion())
                .map(ComplaintRegion::getSide).findFirst().orElse(course.intake.getRegions().get(0).getSide());
        if (protocol.allowsSide(Side.MIDLINE) && !protocol.allowsSide(Side.LEFT)) {
            return complaint == Side.MIDLINE || complaint == Side.BOTH ? Side.MIDLINE : null;
        }
        Side side = switch (complaint) {
            case LEFT, RIGHT -> complaint;
            case BOTH -> Side.BOTH;
            case MIDLINE -> course.midlineSide;
        };
        boolean fits = side == Side.BOTH ? protocol.allowsSide(Side.LEFT) && protocol.allowsSide(Side.RIGHT)
                : protocol.allowsSide(side);
        return fits ? side : null;
    }

    /**
     * The intake's movements re-tested at a follow-up: a limited one has regained part of the way to
     * its normal, more with each treated visit (at most 85 %); one that was normal stays as it was.
     * No random number is drawn, so the rest of the demo stays as it was before re-tests.
     */
    private static List<RangeOfMotion> retests(Course course) {
        List<RangeOfMotion> retests = new ArrayList<>();
        for (RangeOfMotion rom : course.intake.getRangeOfMotion()) {
            int normal = rom.getNormalDegrees();
            double progress = Math.min(0.85, 0.12 * course.treated);
            int degrees = rom.isBelowNormal()
                    ? (int) Math.round(rom.getDegrees() + (normal - rom.getDegrees()) * progress) : rom.getDegrees();
            retests.add(new RangeOfMotion(rom.getMovement(), rom.getSide(),
                    Math.min(degrees, rom.getMovement().maxPlausibleDegrees())));
        }
        return retests;
    }

    /** The intake's measurement of a movement of this region on this side (or without a side), if any. */
    private static RangeOfMotion romOf(IntakeAssessment intake, BodyRegion region, Side side) {
        return intake.getRangeOfMotion().stream()
                .filter(r -> r.getMovement().region() == region && r.isBelowNormal()
                        && (r.getSide() == null || r.getSide() == side || side == Side.BOTH || side == Side.MIDLINE))
                .min(Comparator.comparingInt(RangeOfMotion::getPercentOfNormal)).orElse(null);
    }

    // ---- services

    private static List<String> treatableRegions(IntakeAssessment intake, TreatmentGate gate) {
        return intake.getRegions().stream().map(ComplaintRegion::getRegion).filter(gate::allows).map(Enum::name)
                .distinct().toList();
    }

    /** The spinal regions a chiropractor manipulates for the complaint, where the gate allows. */
    private List<SpinalRegion> spinalRegions(IntakeAssessment intake, TreatmentGate gate) {
        Set<SpinalRegion> regions = EnumSet.noneOf(SpinalRegion.class);
        for (ComplaintRegion complaint : intake.getRegions()) {
            switch (complaint.getRegion()) {
                case HEAD, NECK -> {
                    regions.add(SpinalRegion.CERVICAL);
                    if (rnd.nextBoolean()) {
                        regions.add(SpinalRegion.THORACIC);
                    }
                }
                case UPPER_BACK -> {
                    regions.add(SpinalRegion.THORACIC);
                    regions.add(rnd.nextBoolean() ? SpinalRegion.CERVICAL : SpinalRegion.LUMBAR);
                }
                case LOW_BACK -> {
                    regions.add(SpinalRegion.LUMBAR);
                    regions.add(SpinalRegion.PELVIC);
                    if (rnd.nextInt(3) == 0) {
                        regions.add(SpinalRegion.SACRAL);
                    }
                }
                case SHOULDER, ELBOW, WRIST_HAND -> {
                    if (rnd.nextInt(3) == 0) {
                        regions.add(SpinalRegion.CERVICAL);
                    }
                }
                case HIP, KNEE, ANKLE_FOOT -> {
                    if (rnd.nextInt(3) == 0) {
                        regions.add(SpinalRegion.PELVIC);
                    }
                }
            }
        }
        regions.removeIf(r -> !gate.allows(r.bodyRegion()));
        return List.copyOf(regions);
    }

    /** The ICD-10-CM codes of the complaint: the main region's (sided where the code set is), then a second region's. */
    static List<String> diagnoses(IntakeAssessment intake) {
        List<String> codes = new ArrayList<>();
        String complaint = intake.getChiefComplaint() == null ? "" : intake.getChiefComplaint().toLowerCase(Locale.ROOT);
        for (ComplaintRegion region : intake.getRegions()) {
            boolean left = region.getSide() == Side.LEFT;
            String code = switch (region.getRegion()) {
                case HEAD -> "G44.209";
                case NECK -> "M54.2";
                case UPPER_BACK -> "M54.6";
                case LOW_BACK -> "M54.50";
                case SHOULDER -> left ? "M75.42" : "M75.41";
                case ELBOW -> left ? "M77.12" : "M77.11";
                case WRIST_HAND -> complaint.contains("thumb") && !complaint.contains("tingling") ? "M65.4"
                        : left ? "G56.02" : "G56.01";
                case HIP -> complaint.contains("thigh") ? (left ? "S76.312A" : "S76.311A")
                        : left ? "S76.012A" : "S76.011A";
                case KNEE -> left ? "M76.32" : "M76.31";
                case ANKLE_FOOT -> complaint.contains("heel") ? "M72.2" : left ? "M76.62" : "M76.61";
            };
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes.subList(0, Math.min(codes.size(), VisitServiceLine.MAX_DIAGNOSES));
    }

    // ---- signatures, late ones, addenda and drafts

    private void planSignatures(Function<Appointment, String> username) {
        Instant overdue = now.minus(VisitNoteRules.SIGN_WITHIN).minus(Duration.ofHours(2));
        List<VisitNote> ramans = notes.stream()
                .filter(n -> DemoClinicalRecords.CASE_PRACTITIONER.equals(username.apply(n.getAppointment()))
                        && !n.getArtEntries().isEmpty())
                .sorted(Comparator.comparing(VisitNote::getVisitStartsAt).reversed()).toList();
        Set<VisitNote> drafts = Collections.newSetFromMap(new IdentityHashMap<>());
        // one she forgot a few days ago (overdue on My day), and her latest, not signed yet
        ramans.stream().filter(n -> n.getVisitEndsAt().isBefore(overdue)).findFirst().ifPresent(drafts::add);
        ramans.stream().limit(1).forEach(drafts::add);
        List<VisitNote> signed = notes.stream().filter(n -> !drafts.contains(n)).toList();
        // late: visits of more than three days ago, one of them Dr. Raman's
        List<VisitNote> older = signed.stream()
                .filter(n -> n.getVisitEndsAt().isBefore(now.minus(Duration.ofDays(3))) && !n.getArtEntries().isEmpty())
                .toList();
        Set<VisitNote> late = Collections.newSetFromMap(new IdentityHashMap<>());
        older.stream().filter(n -> DemoClinicalRecords.CASE_PRACTITIONER.equals(username.apply(n.getAppointment())))
                .skip(older.isEmpty() ? 0 : rnd.nextInt(3)).findFirst().ifPresent(late::add);
        while (late.size() < LATE && late.size() < older.size()) {
            late.add(older.get(rnd.nextInt(older.size())));
        }
        Instant latest = now.minus(Duration.ofMinutes(5));
        int addendumCount = 0;
        for (VisitNote note : signed) {
            String by = username.apply(note.getAppointment());
            Instant at;
            if (late.contains(note)) {
                at = note.getVisitEndsAt().plus(Duration.ofHours(26 + rnd.nextInt(40)));
            } else if (rnd.nextInt(10) == 0) {
                at = note.getVisitEndsAt().plus(Duration.ofMinutes(180 + rnd.nextInt(300))); // in the evening
            } else {
                at = note.getVisitEndsAt().plus(Duration.ofMinutes(3 + rnd.nextInt(40)));
            }
            at = at.isAfter(latest) ? latest : at;
            signing.put(note, at);
            signer.put(note, by);
            boolean amended = !note.getArtEntries().isEmpty()
                    && (rnd.nextInt(100) < ADDENDUM_SHARE || (addendumCount < 3 && rnd.nextInt(10) == 0));
            Instant addedAt = at.plus(Duration.ofMinutes(30 + rnd.nextInt(60 * 48)));
            if (amended && addedAt.isBefore(latest)) {
                additions.put(note, new Addition(ADDENDA[addendumCount % ADDENDA.length], addedAt));
                addendumCount++;
            }
        }
    }

    // ---- the words

    private static String area(ComplaintRegion region) {
        String words = switch (region.getRegion()) {
            case HEAD -> "head";
            case NECK -> "neck";
            case UPPER_BACK -> "upper back";
            case LOW_BACK -> "low back";
            case SHOULDER -> "shoulder";
            case ELBOW -> "elbow";
            case WRIST_HAND -> "wrist and hand";
            case HIP -> "hip and thigh";
            case KNEE -> "knee";
            case ANKLE_FOOT -> "foot and ankle";
        };
        return region.getSide() == Side.LEFT || region.getSide() == Side.RIGHT ? region.getSide().words() + " " + words
                : words;
    }

    private static String homeExercise(BodyRegion region) {
        return switch (region) {
            case HEAD, NECK -> "chin tucks and a doorway stretch for the upper trapezius at every screen break";
            case UPPER_BACK -> "thoracic extensions over a foam roller and band pull-aparts";
            case LOW_BACK -> "hip-hinge practice with a dowel, bird-dogs and walks after sitting";
            case SHOULDER -> "banded external rotation and wall slides, short of the painful arc";
            case ELBOW -> "slow lowering of a light dumbbell with the wrist extensors, 3 x 15 daily";
            case WRIST_HAND -> "nerve glides and forearm stretches every hour at the keyboard";
            case HIP -> "bridges, hamstring slides and a gentle half-kneeling hip stretch";
            case KNEE -> "side-lying leg raises, step-downs from a low step and foam rolling the outer thigh";
            case ANKLE_FOOT -> "slow calf raises off a step and rolling the arch over a ball";
        };
    }

    private Soap onHold(Course course, TreatmentGate gate, int painToday) {
        ComplaintRegion main = course.intake.getRegions().get(0);
        String subjective = course.visits == 1 ? course.intake.getChiefComplaint() + ". Pain " + painToday + "/10 today."
                : "Back for review of the " + area(main) + "; pain " + painToday + "/10.";
        if (gate.referralPending()) {
            return new Soap(subjective,
                    "Screening positive: " + String.join("; ", gate.pendingReferralFlags())
                            + ". Observation and history only; no hands-on treatment today.",
                    "Red flags that need a medical evaluation before any manual therapy. Treatment on hold until a "
                            + "clearance is recorded.",
                    "Referred to the patient's doctor with a summary of the findings. Review when their report "
                            + "arrives; gentle walking as tolerated meanwhile.", painToday);
        }
        return new Soap(subjective,
                course.intake.getPostureObservations() == null ? "History and observation only."
                        : course.intake.getPostureObservations() + ". History and observation only.",
                "Intake done. " + String.join(" ", gate.blockers()).replace(" before treating.", ".")
                        + " No treatment given today.",
                "Front desk to take the consent before the next visit; start treatment then.", painToday);
    }

    private Soap soap(Course course, Appointment visit, List<ArtEntry> entries, int painToday, boolean first) {
        IntakeAssessment intake = course.intake;
        ComplaintRegion main = intake.getRegions().get(0);
        String area = area(main);
        int initial = intake.getPain().getNow() == null ? painToday : intake.getPain().getNow();
        String subjective;
        if (first) {
            subjective = "New patient. " + intake.getChiefComplaint() + ". Pain " + painToday + "/10 today"
                    + (intake.getPain().getWorst() == null ? "" : ", " + intake.getPain().getWorst() + "/10 at worst")
                    + ". Goal: " + lowerFirst(intake.getGoals()) + ".";
        } else {
            int previous = course.lastPain == null ? initial : course.lastPain;
            String change = painToday < previous ? pick(BETTER) : painToday > previous ? pick(WORSE) : pick(SAME);
            subjective = change.replace("{area}", area) + " Pain " + painToday + "/10 today (" + previous
                    + "/10 last visit). " + pick(HOME);
        }
        StringBuilder objective = new StringBuilder();
        if (first && intake.getPostureObservations() != null) {
            objective.append(intake.getPostureObservations()).append(". ");
        }
        for (ArtEntry entry : entries) {
            if (entry.getRomBefore() != null) {
                RangeOfMotion rom = romOf(intake, entry.getProtocol().getRegion(), entry.getSide());
                objective.append(rom.getMovement().label()).append(' ').append(entry.getRomBefore()).append('°')
                        .append(" before, ").append(entry.getRomAfter()).append("° after treatment (normal ")
                        .append(rom.getNormalDegrees()).append("°). ");
            }
        }
        if (!entries.isEmpty()) {
            objective.append(pick(PALPATION).replace("{structure}", entries.get(0).getProtocol().getName()
                    .toLowerCase(Locale.ROOT)));
        } else {
            objective.append("Tender and guarded over the ").append(area).append("; no neurological change.");
        }
        String assessment;
        if (first) {
            assessment = "Soft-tissue restriction and overload of the " + area + ", matching the history; screening "
                    + "clear. A good candidate for ART with a graded home program.";
        } else if (painToday <= initial - 3) {
            assessment = "Clearly better: pain down from " + initial + " to " + painToday + "/10 since the first visit "
                    + "and moving more freely. " + pick(PROGRESS_GOOD);
        } else if (painToday < initial) {
            assessment = "Improving slowly: pain " + initial + " to " + painToday + "/10 over " + course.visits
                    + " visits. " + pick(PROGRESS_SLOW);
        } else {
            assessment = "No real change in pain yet (" + painToday + "/10). " + pick(PROGRESS_NONE);
        }
        boolean lastOfCourse = visit.getAppointmentType() != null
                && DemoClinic.HOME_PROGRAM.equals(visit.getAppointmentType().getName());
        String structures = entries.stream().limit(3).map(e -> e.getProtocol().getName().toLowerCase(Locale.ROOT))
                .reduce((a, b) -> a + ", " + b).orElse("the " + area);
        String plan = lastOfCourse
                ? "Home program reviewed and progressed: " + homeExercise(main.getRegion()) + ". Self-management from "
                        + "here; call if it flares up."
                : pick(PLANS).replace("{structures}", structures) + " Home: " + homeExercise(main.getRegion()) + ".";
        return new Soap(subjective, objective.toString().strip(), assessment, plan, painToday);
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "feel and move better";
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static final String[] BETTER = {
        "The {area} is easier since the last visit.",
        "Reports less ache in the {area} and better sleep.",
        "Noticed the {area} loosening up over the weekend.",
        "Sore for a day after the last session, then better than before.",
        "Got through the week with the {area} bothering them less."};
    private static final String[] SAME = {
        "About the same as last time; the {area} still stiffens up late in the day.",
        "No big change in the {area}; good days and bad days.",
        "The {area} is holding steady, not worse."};
    private static final String[] WORSE = {
        "The {area} flared up after a long week; settled a little since.",
        "Overdid it at the weekend and the {area} is sorer again."};
    private static final String[] HOME = {
        "Doing the home exercises most days.",
        "Skipped some exercises on busy days.",
        "Home exercises feel easier now.",
        "Has cut back the activity that set it off, as agreed.",
        "Using the stretches at work; they help."};
    private static final String[] PALPATION = {
        "The {structure} feels less thickened and glides better under contact than last time.",
        "Tissue texture of the {structure} improving; one tender band remains.",
        "Still a gritty, tender band in the {structure}; it eased with the passes.",
        "The {structure} reproduces the familiar ache on contact, less sharply than before."};
    private static final String[] PROGRESS_GOOD = {
        "On track for the goals; start spacing the visits out.",
        "Tissue responding well; load can go up.",
        "Tolerating firmer tension and more range."};
    private static final String[] PROGRESS_SLOW = {
        "Responding, but the load at work keeps it irritated.",
        "Range better than pain so far; keep going.",
        "Tissue changes each visit and partly returns in between."};
    private static final String[] PROGRESS_NONE = {
        "Review the training load and sleep; consider a re-assessment if nothing changes in two visits.",
        "Reactive tissue: lighter tension next time and a slower progression.",
        "Home program not done much yet; agreed a shorter version."};
    private static final String[] PLANS = {
        "Continue ART to {structures}, twice a week for two weeks.",
        "Next visit: {structures} again, then along the chain if the range holds.",
        "Weekly ART to {structures}; progress the exercises when pain stays under 3/10.",
        "Continue as planned with {structures}; re-test the range in two visits."};
    private static final String[] RESPONSES = {
        "Familiar ache reproduced, eased by the last pass",
        "Tissue softened after the second pass",
        "Tender at first, tolerated well",
        "Range freer straight after",
        "Sharp at the first pass; lighter contact then fine",
        "Felt the pull along the whole muscle; relief afterwards",
        null};
    private static final String[] ADDENDA = {
        "Correction: the home exercise sheet given today was the second-stage one, not the first. "
                + "Patient told by phone.",
        "Patient called the next day: mild soreness for an evening as expected, now better than before the visit.",
        "Added: the patient mentioned after the visit that they start a new job with more driving next month; "
                + "discuss the set-up next time.",
        "Correction: the exercise band given was the light one, not the medium one.",
        "Added: the patient's training log arrived by e-mail; the weekly load went up more than they said. "
                + "Discuss at the next visit.",
        "Added at the patient's request: they prefer morning appointments from now on."};
}
