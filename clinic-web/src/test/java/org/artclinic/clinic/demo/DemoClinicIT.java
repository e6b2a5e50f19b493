package org.artclinic.clinic.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.IntakeAlerts;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.intake.TreatmentEligibility;
import org.artclinic.clinic.intake.TreatmentGate;
import org.artclinic.clinic.outcome.Change;
import org.artclinic.clinic.outcome.ChangeFlag;
import org.artclinic.clinic.outcome.Instrument;
import org.artclinic.clinic.outcome.OutcomeEntry;
import org.artclinic.clinic.outcome.OutcomeService;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.scheduling.CalendarEntry;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.scheduling.WorkingTime;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.ScheduleException;
import org.artclinic.clinic.setup.WorkingHours;
import org.artclinic.clinic.system.DatabaseMigrator;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo clinic a new user sees after the quick start (the test deployment seeds it too): two
 * locations, six practitioners, 300 patients, and weeks of appointments that obey the scheduling
 * rules, and the clinical records of the patients already seen: intakes with their screening,
 * consents, a clearance, outcome measures, and the signed notes of their past visits. The test
 * database may have been seeded on an earlier day, so "past" and "future" are checked relative to
 * the seeded schedule itself.
 */
@ExtendWith(ArquillianExtension.class)
class DemoClinicIT {

    private static final String DEMO_LOCATIONS = "('Chicago West Loop', 'Denver Highlands')";
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private DemoDataSeeder seeder;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private IntakeService intakes;

    @EJB
    private OutcomeService outcomes;

    @EJB
    private SchedulingService scheduling;

    private record Visit(long id, long practitioner, Long room, long patient, long location, TimeSlot slot,
            String status, boolean late, Long series) {
    }

    @Test
    void twoLocationsInTheirOwnTimeZonesWithTheirRooms() throws Exception {
        assertEquals(List.of("Chicago West Loop America/Chicago", "Denver Highlands America/Denver"),
                strings("SELECT name || ' ' || time_zone FROM location WHERE name IN " + DEMO_LOCATIONS + " ORDER BY name"));
        assertTrue(count("SELECT COUNT(*) FROM room r JOIN location l ON r.location_id = l.id WHERE l.name IN "
                + DEMO_LOCATIONS) >= 5);
        assertTrue(count("SELECT COUNT(*) FROM schedule_exception WHERE kind = 'HOLIDAY' AND location_id IN "
                + "(SELECT id FROM location WHERE name IN " + DEMO_LOCATIONS + ")") >= 1, "a holiday closes a clinic");
        assertTrue(count("SELECT COUNT(*) FROM schedule_exception WHERE kind = 'TIME_OFF' AND practitioner_id IN "
                + demoPractitioners() + "") >= 1, "someone has time off");
    }

    @Test
    void sixPractitionersOfEveryDisciplineWithWeeklyHoursAndALunchBreak() throws Exception {
        List<Practitioner> practitioners = demoPractitionerEntities();
        assertEquals(6, practitioners.size(), () -> practitioners.stream().map(Practitioner::getDisplayName).toList().toString());
        assertEquals(EnumSet.allOf(Discipline.class),
                practitioners.stream().map(Practitioner::getDiscipline).collect(Collectors.toCollection(() -> EnumSet.noneOf(Discipline.class))));
        assertEquals(List.of("Dr. Priya Raman"), strings("SELECT p.display_name FROM practitioner p "
                + "JOIN user_account u ON p.user_account_id = u.id WHERE u.username = 'practitioner'"),
                "the demo user 'practitioner' is one of them");
        for (Practitioner practitioner : practitioners) {
            List<WorkingHours> hours = setup.workingHours(practitioner.getId());
            Map<DayOfWeek, List<WorkingHours>> byDay = hours.stream().collect(Collectors.groupingBy(WorkingHours::getDayOfWeek));
            assertTrue(byDay.size() >= 2, practitioner.getDisplayName() + " works several days a week");
            assertTrue(byDay.values().stream().anyMatch(day -> day.size() == 2
                    && day.get(0).getEndTime().isBefore(day.get(1).getStartTime())),
                    practitioner.getDisplayName() + " has a lunch break between two blocks");
        }
    }

    @Test
    void theNamedAppointmentTypesHaveTheirDurations() throws Exception {
        assertEquals(List.of("45"), strings("SELECT duration_minutes FROM appointment_type WHERE name = 'Initial ART assessment'"));
        assertEquals(List.of("30"), strings("SELECT duration_minutes FROM appointment_type WHERE name = 'ART follow-up'"));
        assertEquals(1, count("SELECT COUNT(*) FROM appointment_type WHERE name = 'Re-assessment'"));
        assertEquals(1, count("SELECT COUNT(*) FROM appointment_type WHERE name = 'Home program review'"));
    }

    @Test
    void threeHundredPatientsWithVariedNamesAndSomeInsured() throws Exception {
        assertTrue(count("SELECT COUNT(*) FROM patient") >= 300);
        assertTrue(count("SELECT COUNT(DISTINCT patient_id) FROM appointment WHERE practitioner_id IN "
                + demoPractitioners()) >= 250, "most demo patients have visits");
        assertTrue(count("SELECT COUNT(*) FROM patient WHERE given_name IN ('Zoë', 'José', 'Søren', 'Ngozi')") >= 4,
                "names with accents and from many places");
        assertTrue(count("SELECT COUNT(*) FROM patient WHERE search_given = 'zoe'") >= 1, "'zoe' finds Zoë");
        assertTrue(count("SELECT COUNT(*) FROM insurance_policy WHERE copay_amount > 0") >= 50);
        assertTrue(count("SELECT COUNT(*) FROM insurance_policy WHERE authorized_visits IS NOT NULL") >= 10);
    }

    @Test
    void weeksOfAppointmentsThatObeyTheSchedulingRules() throws Exception {
        List<Visit> visits = demoVisits();
        assertTrue(visits.size() >= 1000, "several weeks of a busy clinic: " + visits.size());
        Map<String, Long> byStatus = visits.stream().collect(Collectors.groupingBy(Visit::status, Collectors.counting()));
        for (String status : List.of("COMPLETED", "CANCELLED", "NO_SHOW", "BOOKED")) {
            assertTrue(byStatus.getOrDefault(status, 0L) > 0, status + " in " + byStatus);
        }
        assertTrue(visits.stream().anyMatch(Visit::late), "some cancellations were late");
        assertTrue(byStatus.get("CANCELLED") + byStatus.get("NO_SHOW") < visits.size() / 5, "only a few: " + byStatus);

        Instant lastDone = visits.stream().filter(v -> v.status().equals("COMPLETED")).map(v -> v.slot().start())
                .max(Comparator.naturalOrder()).orElseThrow();
        Set<Long> pastWeeks = weeks(visits.stream().filter(v -> v.status().equals("COMPLETED")).toList());
        Set<Long> futureWeeks = weeks(visits.stream()
                .filter(v -> v.status().equals("BOOKED") && v.slot().start().isAfter(lastDone)).toList());
        assertTrue(pastWeeks.size() >= 3, "completed visits over past weeks: " + pastWeeks);
        assertTrue(futureWeeks.size() >= 2, "booked visits over the coming weeks: " + futureWeeks);

        List<Visit> occupying = visits.stream().filter(v -> !v.status().equals("CANCELLED") && !v.status().equals("NO_SHOW")).toList();
        assertNoOverlap(occupying, Visit::practitioner, "practitioner");
        assertNoOverlap(occupying.stream().filter(v -> v.room() != null).toList(), Visit::room, "room");
        assertNoOverlap(occupying, Visit::patient, "patient");
        assertInsideWorkingTime(occupying);
        assertEquals(0, count("SELECT COUNT(*) FROM appointment a JOIN room r ON a.room_id = r.id "
                + "WHERE r.location_id <> a.location_id"), "every room is at the appointment's location");
    }

    @Test
    void recurringSeriesAndAWaitlist() throws Exception {
        // The demo books three series when it seeds, at start-up, before any test runs: their ids are the
        // lowest. Journeys book series of their own at the demo locations later (with larger ids).
        Set<Long> seeded = demoVisits().stream().map(Visit::series).filter(Objects::nonNull).sorted()
                .distinct().limit(3).collect(Collectors.toSet());
        Map<Long, Long> perSeries = demoVisits().stream().filter(v -> seeded.contains(v.series()))
                .collect(Collectors.groupingBy(Visit::series, Collectors.counting()));
        assertTrue(perSeries.size() >= 2, "a couple of series: " + perSeries);
        assertTrue(perSeries.values().stream().allMatch(n -> n >= 3 && n <= 6), "3 to 6 visits each: " + perSeries);
        assertTrue(count("SELECT COUNT(*) FROM waitlist_entry w WHERE w.status = 'WAITING' AND w.patient_id IN "
                + "(SELECT patient_id FROM appointment WHERE practitioner_id IN " + demoPractitioners() + ")") >= 3);
    }

    @Test
    void seedingAgainCreatesNothing() throws Exception {
        long appointments = count("SELECT COUNT(*) FROM appointment");
        long patients = count("SELECT COUNT(*) FROM patient");
        long locations = count("SELECT COUNT(*) FROM location");
        long users = count("SELECT COUNT(*) FROM user_account");
        long intakeCount = count("SELECT COUNT(*) FROM intake_assessment");
        long measures = count("SELECT COUNT(*) FROM outcome_measure");
        long notes = count("SELECT COUNT(*) FROM visit_note");

        assertEquals(0, asAdmin.call(seeder::seedDemoClinic));

        assertEquals(appointments, count("SELECT COUNT(*) FROM appointment"));
        assertEquals(patients, count("SELECT COUNT(*) FROM patient"));
        assertEquals(locations, count("SELECT COUNT(*) FROM location"));
        assertEquals(users, count("SELECT COUNT(*) FROM user_account"));
        assertEquals(intakeCount, count("SELECT COUNT(*) FROM intake_assessment"));
        assertEquals(measures, count("SELECT COUNT(*) FROM outcome_measure"));
        assertEquals(notes, count("SELECT COUNT(*) FROM visit_note"));
    }

    // ---- the clinical records: what Dr. Priya Raman (user 'practitioner') finds after signing in

    @Test
    void drRamansDayHasAPatientOnHoldForAReferralAndOneWaitingForConsent() throws Exception {
        long raman = Long.parseLong(strings("SELECT p.id FROM practitioner p JOIN user_account u "
                + "ON p.user_account_id = u.id WHERE u.username = 'practitioner'").get(0));
        Map<Long, IntakeAlerts> alerts = Map.of();
        for (LocalDate date : ramansDaysFromTheLastCompletedVisit(raman)) {
            // her list as My day reads it: the day's visits, then every patient's alerts in one call
            List<Long> ids = myDay(raman, date).stream().map(CalendarEntry::patientId).toList();
            alerts = asPractitioner.call(() -> intakes.alerts(ids));
            if (alerts.values().stream().anyMatch(IntakeAlerts::referralPending)) {
                break;
            }
        }
        Map<Long, IntakeAlerts> day = alerts;
        long onHold = day.entrySet().stream().filter(e -> e.getValue().referralPending()).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no referral on hold on Dr. Raman's days"));
        assertEquals("unexplained weight loss, fever or night pain", day.get(onHold).getReferralText());
        TreatmentEligibility eligibility = asPractitioner.call(() -> intakes.treatmentEligibility(onHold));
        assertFalse(eligibility.treatmentAllowed());
        assertTrue(eligibility.referralReasons().get(0).contains("weight loss"),
                eligibility.referralReasons()::toString);
        assertTrue(eligibility.blockers().get(0).startsWith("Treatment is on hold until a practitioner records a "
                + "clearance: the intake found unexplained weight loss, fever or night pain."),
                eligibility.blockers()::toString);

        List<Long> screened = day.entrySet().stream()
                .filter(e -> e.getValue().intakeRecorded() && !e.getValue().referralPending())
                .map(Map.Entry::getKey).toList();
        boolean unsigned = false;
        for (long patient : screened) {
            unsigned |= asPractitioner.call(() -> intakes.treatmentEligibility(patient)).consent()
                    == TreatmentGate.ConsentState.MISSING;
        }
        assertTrue(unsigned, "a patient with an intake whose consent is not signed yet");
        assertTrue(screened.size() >= 3, "and patients screened with nothing holding them but, should another test "
                + "have published a consent text that needs new signatures, the consent: " + day);
    }

    @Test
    void aReferralClearedOnAPhysiciansLetterLetsTreatmentGoAhead() throws Exception {
        long patient = Long.parseLong(strings("SELECT c.patient_id FROM treatment_clearance c WHERE "
                + "c.evidence_kind = 'PHYSICIAN_LETTER' AND c.cleared_by = 'practitioner' AND c.patient_id IN "
                + demoPatients()).get(0));
        TreatmentEligibility eligibility = asPractitioner.call(() -> intakes.treatmentEligibility(patient));
        assertEquals(List.of(), blockersBesidesConsent(eligibility));
        assertFalse(eligibility.referralPending());
        assertTrue(eligibility.clearance().describe().startsWith("Cleared by Dr. Priya Raman on a letter from the "
                + "patient's physician: "), eligibility.clearance().describe());
        assertEquals(1, eligibility.referralReasons().size(), "the reason stays on record");
        assertTrue(eligibility.referralReasons().get(0).contains("recent injury"));
    }

    @Test
    void anOpenWoundBlocksTheShoulderWhileTheNeckMayBeTreated() throws Exception {
        long patient = Long.parseLong(strings("SELECT i.patient_id FROM intake_assessment i "
                + "JOIN intake_local_contraindication c ON c.intake_id = i.id WHERE c.region = 'SHOULDER' "
                + "AND c.reason = 'OPEN_WOUND' AND i.patient_id IN " + demoPatients()).get(0));
        TreatmentEligibility eligibility = asPractitioner.call(() -> intakes.treatmentEligibility(patient));
        assertEquals(List.of(), blockersBesidesConsent(eligibility));
        assertEquals(Set.of(BodyRegion.SHOULDER), eligibility.blockedRegions().keySet(), "the neck is not blocked");
        assertEquals("Do not treat the shoulder: an open wound.",
                eligibility.gate().decision().blockedRegionNote(BodyRegion.SHOULDER));
    }

    @Test
    void bloodThinnersAndPregnancyAreShownAsPrecautions() throws Exception {
        long thinners = Long.parseLong(strings("SELECT patient_id FROM intake_assessment WHERE bleeding_risk = TRUE "
                + "AND patient_id IN " + demoPatients() + " ORDER BY patient_id").get(0));
        TreatmentEligibility bleeding = asPractitioner.call(() -> intakes.treatmentEligibility(thinners));
        assertTrue(bleeding.precautions().stream().anyMatch(p -> p.getCode().equals("BLEEDING_RISK")));
        assertEquals(List.of(), blockersBesidesConsent(bleeding), "a precaution does not hold treatment");

        List<String> pregnant = strings("SELECT p.id || ' ' || p.sex FROM intake_assessment i JOIN patient p "
                + "ON i.patient_id = p.id WHERE i.pregnancy = TRUE AND p.id IN " + demoPatients());
        assertFalse(pregnant.isEmpty());
        for (String row : pregnant) {
            assertTrue(row.endsWith(" FEMALE"), row);
        }
        long patient = Long.parseLong(pregnant.get(0).split(" ")[0]);
        TreatmentEligibility eligibility = asPractitioner.call(() -> intakes.treatmentEligibility(patient));
        assertTrue(eligibility.precautions().stream().anyMatch(p -> p.getCode().equals("PREGNANCY")));
    }

    @Test
    void mostPatientsAlreadySeenHaveAnIntakeFromTheirFirstVisitAndASignedConsent() throws Exception {
        String seen = "(SELECT a.patient_id FROM appointment a JOIN location l ON a.location_id = l.id WHERE l.name IN "
                + DEMO_LOCATIONS + " AND a.status IN ('COMPLETED', 'IN_TREATMENT'))";
        long seenPatients = count("SELECT COUNT(DISTINCT a.patient_id) FROM appointment a JOIN location l "
                + "ON a.location_id = l.id WHERE l.name IN " + DEMO_LOCATIONS
                + " AND a.status IN ('COMPLETED', 'IN_TREATMENT')");
        long withIntake = count("SELECT COUNT(DISTINCT patient_id) FROM intake_assessment WHERE patient_id IN " + seen);
        assertTrue(withIntake >= seenPatients / 2, withIntake + " of " + seenPatients);

        assertEquals(0, count("SELECT COUNT(*) FROM intake_assessment i WHERE i.patient_id IN " + demoPatients()
                + " AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = i.patient_id "
                + "AND a.status IN ('COMPLETED', 'IN_TREATMENT') AND i.assessed_at BETWEEN a.starts_at AND a.ends_at "
                + "AND NOT EXISTS (SELECT 1 FROM appointment b WHERE b.patient_id = a.patient_id "
                + "AND b.status IN ('COMPLETED', 'IN_TREATMENT') AND b.starts_at < a.starts_at))"),
                "every intake was recorded during the patient's first visit");
        long unsigned = count("SELECT COUNT(*) FROM intake_assessment i WHERE i.patient_id IN " + demoPatients()
                + " AND NOT EXISTS (SELECT 1 FROM patient_consent c WHERE c.patient_id = i.patient_id)");
        assertEquals(1, unsigned, "all but one signed the consent");
        assertEquals(List.of("Fran Desmond frontdesk"), strings("SELECT DISTINCT c.witnessed_by || ' ' "
                + "|| c.recorded_by FROM patient_consent c WHERE c.patient_id IN " + demoPatients()));
        assertTrue(count("SELECT COUNT(*) FROM intake_assessment WHERE recent_trauma = FALSE "
                + "AND weight_loss_fever_night_pain = FALSE AND progressive_neuro_deficit = FALSE "
                + "AND bleeding_risk = FALSE AND pregnancy = FALSE AND patient_id IN " + demoPatients())
                > withIntake * 8 / 10,
                "the screening is mostly 'no' to everything");
    }

    @Test
    void neckAndLowBackHistoriesShowTheirChangeAgainstTheMcid() throws Exception {
        for (Instrument instrument : List.of(Instrument.NDI, Instrument.ODI)) {
            boolean improved = false;
            for (long patient : patientsWithFollowUps(instrument)) {
                List<OutcomeEntry> history = asPractitioner.call(() -> outcomes.history(patient, instrument, 0, 10));
                Change change = history.get(0).sinceBaseline();
                if (change != null && change.flag() == ChangeFlag.IMPROVED) {
                    improved = true;
                    assertTrue(change.describe().startsWith("Better by "), change.describe());
                    break;
                }
            }
            assertTrue(improved, instrument + ": someone got better by at least the MCID");
        }
        List<String> same = strings("SELECT f.patient_id || ' ' || f.instrument FROM outcome_measure f "
                + "JOIN outcome_measure l ON l.patient_id = f.patient_id AND l.instrument = f.instrument "
                + "AND l.administered_at > f.administered_at WHERE f.score = l.score AND f.instrument <> 'NPRS' "
                + "AND f.patient_id IN " + demoPatients() + " AND NOT EXISTS (SELECT 1 FROM outcome_measure x "
                + "WHERE x.patient_id = f.patient_id AND x.instrument = f.instrument "
                + "AND (x.administered_at < f.administered_at OR x.administered_at > l.administered_at))");
        assertFalse(same.isEmpty(), "someone is where they started");
        long patient = Long.parseLong(same.get(0).split(" ")[0]);
        Instrument instrument = Instrument.valueOf(same.get(0).split(" ")[1]);
        Change unchanged = asPractitioner.call(() -> outcomes.history(patient, instrument, 0, 10)).get(0)
                .sinceBaseline();
        assertEquals(ChangeFlag.NO_IMPORTANT_CHANGE, unchanged.flag());
        assertTrue(unchanged.describe().startsWith("No change"), unchanged.describe());
    }

    @Test
    void everySeededScoreIsWhatTheInstrumentGivesForItsStoredAnswersAndFitsTheComplaint() throws Exception {
        Map<Long, Map<Integer, Integer>> answers = new HashMap<>();
        for (String row : strings("SELECT a.outcome_measure_id || ' ' || a.item_number || ' ' || a.answer "
                + "FROM outcome_answer a JOIN outcome_measure m ON a.outcome_measure_id = m.id "
                + "WHERE m.patient_id IN " + demoPatients())) {
            String[] part = row.split(" ");
            answers.computeIfAbsent(Long.valueOf(part[0]), id -> new HashMap<>())
                    .put(Integer.valueOf(part[1]), Integer.valueOf(part[2]));
        }
        Map<Long, BodyRegion> complaint = new HashMap<>();
        strings("SELECT i.patient_id || ' ' || r.region FROM intake_assessment i JOIN intake_region r "
                + "ON r.intake_id = i.id WHERE r.item_order = 0 AND i.patient_id IN " + demoPatients())
                .forEach(row -> complaint.put(Long.valueOf(row.split(" ")[0]), BodyRegion.valueOf(row.split(" ")[1])));
        List<String> measures = strings("SELECT m.id || ' ' || m.patient_id || ' ' || m.instrument || ' ' || m.score "
                + "FROM outcome_measure m WHERE m.patient_id IN " + demoPatients());
        assertTrue(measures.size() >= 300, "outcome measures for the patients with intakes: " + measures.size());
        for (String row : measures) {
            String[] part = row.split(" ");
            Instrument instrument = Instrument.valueOf(part[2]);
            Map<Integer, Integer> given = answers.getOrDefault(Long.valueOf(part[0]), Map.of());
            List<Integer> list = new ArrayList<>();
            for (int item = 1; item <= instrument.itemCount(); item++) {
                list.add(given.get(item));
            }
            assertEquals(0, instrument.score(list).score().compareTo(new BigDecimal(part[3])), row + " " + list);
            BodyRegion region = complaint.get(Long.valueOf(part[1]));
            assertTrue(instrument == Instrument.NPRS || instrument == Instrument.suggestedFor(region),
                    instrument + " for a complaint of the " + region);
        }
    }

    // ---- the visit notes of the past visits: what My day, the Charting tab and the progress charts show

    /** One note of a demo visit, with its visit, its patient's screening and what was charted. */
    private record Note(long appointment, long practitioner, long patient, String status, Instant start, Instant end,
            ZoneId zone, Instant opened, Instant signed, boolean late, String signedBy, long entries, long services,
            long treatments, long addenda) {
    }

    @Test
    void pastVisitsOfTreatablePatientsHaveSignedNotesWithArtEntriesAndServices() throws Exception {
        Map<Long, ZoneId> zones = locationZones();
        Map<Long, LocalDate> seedDays = seedDays(zones);
        // treatable: the intake allowed treatment and a consent is signed (both at the first visit)
        Set<Long> treatable = new TreeSet<>(strings("SELECT i.patient_id FROM intake_assessment i WHERE "
                + "i.decision_treatment_allowed = TRUE AND i.patient_id IN " + demoPatients() + " AND EXISTS (SELECT 1 "
                + "FROM patient_consent c WHERE c.patient_id = i.patient_id AND c.withdrawn_at IS NULL "
                + "AND c.recorded_at <= i.assessed_at)").stream().map(Long::valueOf).toList());
        Map<Long, Note> notes = demoNotes().stream().collect(Collectors.toMap(Note::appointment, n -> n));
        // past: before the day the demo was seeded, in the visit's own location (late in the evening
        // in Denver it is already the next day in Chicago, and Denver's visits of the day are still
        // "today", left for My day)
        List<Visit> past = demoVisits().stream().filter(v -> v.status().equals("COMPLETED")
                && LocalDate.ofInstant(v.slot().start(), zones.get(v.location())).isBefore(seedDays.get(v.location()))
                && treatable.contains(v.patient())).toList();
        assertTrue(past.size() >= 200, "past visits of treatable patients: " + past.size());
        List<Long> without = past.stream().map(Visit::id).filter(id -> !notes.containsKey(id)).toList();
        assertEquals(List.of(), without, "every past visit of a treatable patient has its note");
        List<Note> theirs = past.stream().map(v -> notes.get(v.id())).toList();
        assertTrue(theirs.stream().filter(n -> n.status().equals("DRAFT")).count() <= 2, "all signed but a draft or two");
        assertTrue(theirs.stream().filter(n -> n.entries() >= 2 && n.entries() <= 5).count() >= theirs.size() * 8 / 10,
                "most with two to five ART entries");
        assertTrue(theirs.stream().filter(n -> n.treatments() > 0).count() >= theirs.size() * 9 / 10,
                "and treatment services");
        for (Note note : theirs) {
            if (note.signed() != null) {
                assertTrue(note.signed().isAfter(note.end()), "signed after the visit: " + note);
                assertEquals(note.late(), note.signed().isAfter(note.end().plus(Duration.ofHours(24))),
                        "late when signed more than a day after: " + note);
            }
        }
        assertTrue(count("SELECT COUNT(*) FROM visit_service s JOIN visit_note n ON s.visit_note_id = n.id WHERE "
                + "s.code IN ('97161', '97162', '97163') AND n.patient_id IN " + demoPatients()) >= 10,
                "physical therapy evaluations at first visits");
        assertTrue(count("SELECT COUNT(*) FROM visit_service s JOIN visit_note n ON s.visit_note_id = n.id WHERE "
                + "s.code IN ('98940', '98941') AND n.patient_id IN " + demoPatients()) >= 10,
                "chiropractic manipulation by the chiropractors");
    }

    @Test
    void everySignedNoteHasItsChargesAndAManagerHasWorkedThroughTheOlderOnes() throws Exception {
        long signed = count("SELECT COUNT(*) FROM visit_note n WHERE n.status = 'SIGNED' AND n.patient_id IN "
                + demoPatients());
        long charged = count("SELECT COUNT(*) FROM charge_sheet s WHERE s.patient_id IN " + demoPatients());
        assertEquals(signed, charged, "signing makes the charges: one sheet per signed note");
        assertTrue(count("SELECT COUNT(*) FROM charge_sheet s WHERE s.status = 'TO_REVIEW' AND s.open_warnings > 0"
                + " AND s.patient_id IN " + demoPatients()) >= 5, "the queue has flagged charges to work on");
        assertTrue(count("SELECT COUNT(*) FROM charge_sheet s WHERE s.status = 'TO_REVIEW' AND s.open_warnings = 0"
                + " AND s.patient_id IN " + demoPatients()) >= 1, "and fresh clean ones");
        assertTrue(count("SELECT COUNT(*) FROM charge_line l JOIN charge_line_modifier m ON m.line_id = l.id"
                + " WHERE m.modifier = 'XS'") >= 1, "therapy beside manipulation at a separate site carries XS");
        assertTrue(count("SELECT COUNT(*) FROM charge_sheet s JOIN payer p ON s.payer_id = p.id WHERE p.kind = 'MEDICARE'"
                + " AND s.patient_id IN " + demoPatients()) >= 1, "Medicare patients were seen");
        for (String status : List.of("SUBMITTED", "PAID", "PARTIALLY_PAID")) {
            assertTrue(count("SELECT COUNT(*) FROM claim c WHERE c.status = '" + status + "' AND c.patient_id IN "
                    + demoPatients()) >= 1, "claims " + status);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM claim c WHERE c.balance <> c.charged - c.paid - c.adjusted"),
                "every claim's balance adds up");
        assertTrue(count("SELECT COUNT(*) FROM payment p WHERE p.source = 'PATIENT' AND p.appointment_id IS NOT NULL"
                + " AND p.patient_id IN " + demoPatients()) >= 10, "the copays taken at check-in are payments");
        assertEquals(0, count("SELECT COUNT(*) FROM insurance_policy i WHERE i.payer_id IS NULL"),
                "every policy names a payer of the list");
    }

    @Test
    void noNoteForAVisitThatDidNotTakePlaceOrLiesAhead() throws Exception {
        assertEquals(0, count("SELECT COUNT(*) FROM visit_note n JOIN appointment a ON n.appointment_id = a.id "
                + "WHERE a.status IN ('CANCELLED', 'NO_SHOW') AND a.patient_id IN " + demoPatients()));
        for (Note note : demoNotes()) {
            assertFalse(note.opened().atZone(note.zone()).toLocalDate()
                    .isBefore(note.start().atZone(note.zone()).toLocalDate()), "opened before the visit's day: " + note);
        }
        Instant dayAfter = seedDayStart().plus(Duration.ofDays(1));
        assertEquals(List.of(), demoNotes().stream().filter(n -> n.start().isAfter(dayAfter)).toList(),
                "no note for a visit after the day the demo was seeded");
    }

    @Test
    void noArtEntryOrTreatmentForAPatientOnHoldOrOnABlockedRegion() throws Exception {
        // on hold: a referral not cleared before the visit, or no consent signed before it
        assertEquals(0, count("SELECT COUNT(*) FROM art_entry e JOIN visit_note n ON e.visit_note_id = n.id "
                + "JOIN intake_assessment i ON i.patient_id = n.patient_id WHERE i.decision_treatment_allowed = FALSE "
                + "AND NOT EXISTS (SELECT 1 FROM treatment_clearance c WHERE c.intake_id = i.id "
                + "AND c.cleared_at <= n.visit_starts_at) AND n.patient_id IN " + demoPatients()));
        assertEquals(0, count("SELECT COUNT(*) FROM art_entry e JOIN visit_note n ON e.visit_note_id = n.id "
                + "WHERE NOT EXISTS (SELECT 1 FROM patient_consent c WHERE c.patient_id = n.patient_id "
                + "AND c.recorded_at <= n.visit_starts_at) AND n.patient_id IN " + demoPatients()));
        assertEquals(0, count("SELECT COUNT(*) FROM art_entry e JOIN visit_note n ON e.visit_note_id = n.id "
                + "JOIN protocol p ON e.protocol_id = p.id JOIN intake_assessment i ON i.patient_id = n.patient_id "
                + "JOIN intake_local_contraindication b ON b.intake_id = i.id AND b.region = p.region "
                + "WHERE n.patient_id IN " + demoPatients()));
        assertEquals(0, count("SELECT COUNT(*) FROM visit_service s JOIN visit_note n ON s.visit_note_id = n.id "
                + "JOIN visit_service_region r ON r.visit_service_id = s.id JOIN intake_assessment i "
                + "ON i.patient_id = n.patient_id JOIN intake_local_contraindication b ON b.intake_id = i.id "
                + "AND b.region = r.region WHERE n.patient_id IN " + demoPatients()));
        long onHold = Long.parseLong(strings("SELECT i.patient_id FROM intake_assessment i WHERE "
                + "i.decision_treatment_allowed = FALSE AND NOT EXISTS (SELECT 1 FROM treatment_clearance c "
                + "WHERE c.intake_id = i.id) AND i.patient_id IN " + demoPatients()).get(0));
        List<Note> assessed = demoNotes().stream().filter(n -> n.patient() == onHold).toList();
        assertFalse(assessed.isEmpty(), "the patient on hold has an assessment-only note");
        assertTrue(assessed.stream().allMatch(n -> n.entries() == 0 && n.treatments() == 0), assessed::toString);
        assertTrue(strings("SELECT assessment FROM visit_note WHERE patient_id = " + onHold).get(0)
                .contains("Treatment on hold"));
    }

    @Test
    void patientsInCareHaveAnActiveTreatmentPlanAndSomeAreDueForReEvaluation() throws Exception {
        // the demo's plans: patients with an intake (journeys book plans for patients without one)
        String demoPlans = "FROM treatment_plan p WHERE p.patient_id IN " + demoPatients()
                + " AND EXISTS (SELECT 1 FROM intake_assessment i WHERE i.patient_id = p.patient_id)";
        long active = count("SELECT COUNT(*) " + demoPlans + " AND p.status = 'ACTIVE'");
        assertTrue(active >= 10, "active plans: " + active);
        assertTrue(count("SELECT COUNT(*) " + demoPlans + " AND p.status = 'COMPLETED'") >= 1, "a completed plan");
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT p.patient_id " + demoPlans + " AND p.status = 'ACTIVE' "
                + "GROUP BY p.patient_id HAVING COUNT(*) > 1) twice"), "one active plan per patient");
        assertEquals(0, count("SELECT COUNT(*) " + demoPlans + " AND NOT EXISTS (SELECT 1 FROM visit_note n "
                + "WHERE n.patient_id = p.patient_id AND n.practitioner_id = p.practitioner_id)"),
                "written by a practitioner who treated the patient");
        assertEquals(0, count("SELECT COUNT(*) " + demoPlans + " AND (NOT EXISTS (SELECT 1 FROM treatment_plan_diagnosis d "
                + "WHERE d.plan_id = p.id) OR NOT EXISTS (SELECT 1 FROM treatment_plan_goal g WHERE g.plan_id = p.id) "
                + "OR NOT EXISTS (SELECT 1 FROM treatment_plan_exercise e WHERE e.plan_id = p.id))"),
                "each with diagnoses, goals and a home program");
        assertTrue(count("SELECT COUNT(*) " + demoPlans + " AND p.status = 'ACTIVE' AND p.planned_visits > 6 "
                + "AND p.re_evaluate_after_visits = 6") >= 1, "a patient past visit 6: the re-evaluation banner");
    }

    @Test
    void aLateNoteSomeAddendaAndDrRamansOverdueDraft() throws Exception {
        List<Note> notes = demoNotes();
        assertTrue(notes.stream().anyMatch(Note::late), "a note signed more than a day after the visit");
        assertTrue(notes.stream().filter(n -> n.addenda() > 0).count() >= 3, "some notes have an addendum");
        assertEquals(0, count("SELECT COUNT(*) FROM visit_addendum d JOIN visit_note n ON d.visit_note_id = n.id "
                + "WHERE (d.written_at <= n.signed_at OR d.written_by <> n.signed_by) AND n.patient_id IN "
                + demoPatients()), "by the note's author, after the signature");
        long raman = Long.parseLong(strings("SELECT p.id FROM practitioner p JOIN user_account u "
                + "ON p.user_account_id = u.id WHERE u.username = 'practitioner'").get(0));
        Instant overdue = Instant.now().minus(Duration.ofHours(24));
        // the My day to-do: her drafts of visits that ended more than a day ago (VisitNoteService.overdueDrafts)
        assertTrue(notes.stream().anyMatch(n -> n.practitioner() == raman && n.status().equals("DRAFT")
                && n.end().isBefore(overdue)), "Dr. Raman has an overdue draft");
    }

    @Test
    void everyArtEntryIsOfAGroupThePractitionersCertificationCoveredOnTheVisitDay() throws Exception {
        assertTrue(count("SELECT COUNT(*) FROM art_entry e JOIN visit_note n ON e.visit_note_id = n.id WHERE "
                + "n.patient_id IN " + demoPatients()) >= 500, "ART entries");
        assertEquals(0, count("SELECT COUNT(*) FROM art_entry e JOIN visit_note n ON e.visit_note_id = n.id "
                + "JOIN protocol p ON e.protocol_id = p.id WHERE n.patient_id IN " + demoPatients()
                + " AND NOT EXISTS (SELECT 1 FROM practitioner_credentials k JOIN practitioner_certification c "
                + "ON c.credentials_id = k.id WHERE k.practitioner_id = n.practitioner_id AND c.course = p.region_group "
                + "AND c.certified_on <= CAST(n.visit_starts_at AS DATE) AND c.expires_on >= CAST(n.visit_starts_at AS DATE))"));
        assertTrue(count("SELECT COUNT(*) FROM art_entry e JOIN visit_note n ON e.visit_note_id = n.id JOIN protocol p "
                + "ON e.protocol_id = p.id JOIN practitioner pr ON n.practitioner_id = pr.id WHERE pr.display_name = "
                + "'Dr. Priya Raman' AND p.region_group = 'UPPER_EXTREMITY'") > 0,
                "Dr. Raman charts upper-extremity protocols while her certification runs");
        assertEquals(0, count("SELECT COUNT(*) FROM art_entry e JOIN visit_note n ON e.visit_note_id = n.id "
                + "WHERE (e.pain_before <= e.pain_after OR e.rom_after < e.rom_before) AND n.patient_id IN "
                + demoPatients()), "pain lower and range no smaller after each entry");
    }

    @Test
    void theDemoProgressChartShowsRangeRegainedSinceTheIntake() throws Exception {
        assertEquals(0, count("SELECT COUNT(*) FROM art_entry e JOIN visit_note n ON e.visit_note_id = n.id "
                + "WHERE e.movement IS NULL AND e.rom_before IS NOT NULL AND n.patient_id IN " + demoPatients()),
                "every entry's range of motion names its movement");
        String versusIntake = "SELECT COUNT(*) FROM visit_note_rom r JOIN visit_note n ON r.visit_note_id = n.id "
                + "JOIN intake_assessment i ON i.patient_id = n.patient_id AND i.assessed_at <= n.visit_starts_at "
                + "JOIN intake_range_of_motion m ON m.intake_id = i.id AND m.movement = r.movement AND m.side = r.side "
                + "WHERE n.patient_id IN " + demoPatients() + " AND r.degrees ";
        long better = count(versusIntake + "> m.degrees");
        assertTrue(better >= 50, "re-tests with more range than the intake measured: " + better);
        assertEquals(0, count(versusIntake + "< m.degrees"), "no re-test lost range the intake had");
    }

    /** Each demo location's time zone, by location id. */
    private Map<Long, ZoneId> locationZones() throws Exception {
        return strings("SELECT id || ' ' || time_zone FROM location WHERE name IN " + DEMO_LOCATIONS).stream()
                .collect(Collectors.toMap(row -> Long.valueOf(row.split(" ")[0]), row -> ZoneId.of(row.split(" ")[1])));
    }

    /**
     * The day the demo was seeded at each location, in its own time zone: the local day of the
     * location's latest completed visit.
     */
    private Map<Long, LocalDate> seedDays(Map<Long, ZoneId> zones) throws Exception {
        return demoVisits().stream().filter(v -> v.status().equals("COMPLETED"))
                .collect(Collectors.toMap(Visit::location, v -> LocalDate.ofInstant(v.slot().start(), zones.get(v.location())),
                        (a, b) -> a.isAfter(b) ? a : b));
    }

    /** The start (in Chicago) of the day the demo was seeded: the day of its latest completed visit. */
    private Instant seedDayStart() throws Exception {
        Instant lastDone = demoVisits().stream().filter(v -> v.status().equals("COMPLETED")).map(v -> v.slot().start())
                .max(Comparator.naturalOrder()).orElseThrow();
        return lastDone.atZone(CHICAGO).toLocalDate().atStartOfDay(CHICAGO).toInstant();
    }

    private List<Note> demoNotes() throws Exception {
        return query("SELECT n.appointment_id, n.practitioner_id, n.patient_id, n.status, n.visit_starts_at, "
                + "n.visit_ends_at, l.time_zone, n.opened_at, n.signed_at, n.late, n.signed_by, "
                + "(SELECT COUNT(*) FROM art_entry e WHERE e.visit_note_id = n.id), "
                + "(SELECT COUNT(*) FROM visit_service s WHERE s.visit_note_id = n.id), "
                + "(SELECT COUNT(*) FROM visit_service s WHERE s.visit_note_id = n.id AND s.code NOT IN "
                + "('97161', '97162', '97163', '97164', '97750', '99203', '99213')), "
                + "(SELECT COUNT(*) FROM visit_addendum d WHERE d.visit_note_id = n.id) "
                + "FROM visit_note n JOIN appointment a ON n.appointment_id = a.id "
                + "JOIN location l ON a.location_id = l.id WHERE l.name IN " + DEMO_LOCATIONS, rows -> {
                    OffsetDateTime signed = rows.getObject(9, OffsetDateTime.class);
                    return new Note(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4),
                            rows.getObject(5, OffsetDateTime.class).toInstant(),
                            rows.getObject(6, OffsetDateTime.class).toInstant(), ZoneId.of(rows.getString(7)),
                            rows.getObject(8, OffsetDateTime.class).toInstant(),
                            signed == null ? null : signed.toInstant(), rows.getBoolean(10), rows.getString(11),
                            rows.getLong(12), rows.getLong(13), rows.getLong(14), rows.getLong(15));
                });
    }

    /**
     * What holds treatment apart from the consent: other tests in this database publish consent
     * texts that need new signatures, which puts every demo patient's consent out of date.
     */
    private static List<String> blockersBesidesConsent(TreatmentEligibility eligibility) {
        return eligibility.blockers().stream().filter(b -> !b.equals(eligibility.consent().words())).toList();
    }

    /** Dr. Raman's days with visits, from the last day the demo clinic saw patients (the day it was seeded). */
    private List<LocalDate> ramansDaysFromTheLastCompletedVisit(long raman) throws Exception {
        Instant lastDone = demoVisits().stream().filter(v -> v.status().equals("COMPLETED")).map(v -> v.slot().start())
                .max(Comparator.naturalOrder()).orElseThrow();
        LocalDate from = lastDone.atZone(CHICAGO).toLocalDate();
        return demoVisits().stream().filter(v -> v.practitioner() == raman && !v.status().equals("CANCELLED"))
                .map(v -> v.slot().start().atZone(CHICAGO).toLocalDate()).filter(d -> !d.isBefore(from))
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** The practitioner's visits of a day as My day lists them (all but the cancelled ones). */
    private List<CalendarEntry> myDay(long practitioner, LocalDate day) throws Exception {
        Instant from = day.atStartOfDay(CHICAGO).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(CHICAGO).toInstant();
        return asPractitioner.call(() -> scheduling.between(from, to, List.of(practitioner), null)).stream()
                .filter(a -> a.status() != AppointmentStatus.CANCELLED).toList();
    }

    private List<Long> patientsWithFollowUps(Instrument instrument) throws Exception {
        return strings("SELECT patient_id FROM outcome_measure WHERE instrument = '" + instrument.name()
                + "' AND patient_id IN " + demoPatients() + " GROUP BY patient_id HAVING COUNT(*) >= 2 "
                + "ORDER BY patient_id").stream().map(Long::valueOf).toList();
    }

    private static String demoPatients() {
        return "(SELECT a.patient_id FROM appointment a JOIN location l ON a.location_id = l.id WHERE l.name IN "
                + DEMO_LOCATIONS + ")";
    }

    private static <K> void assertNoOverlap(List<Visit> visits, Function<Visit, K> key, String what) {
        Map<K, List<Visit>> byKey = visits.stream().collect(Collectors.groupingBy(key));
        for (List<Visit> list : byKey.values()) {
            List<Visit> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(v -> v.slot().start()));
            for (int i = 1; i < sorted.size(); i++) {
                Visit before = sorted.get(i - 1);
                Visit after = sorted.get(i);
                assertFalse(before.slot().overlaps(after.slot()),
                        () -> "one " + what + " in two places: appointments " + before.id() + " and " + after.id());
            }
        }
    }

    /** The same rule the scheduling service applies: inside the weekly hours, not on a holiday or time off. */
    private void assertInsideWorkingTime(List<Visit> visits) throws Exception {
        Map<Long, Location> locations = setup.locations().stream().collect(Collectors.toMap(Location::getId, l -> l));
        Map<Long, List<ScheduleException>> holidays = new HashMap<>();
        Map<Long, List<WorkingHours>> hours = new HashMap<>();
        Map<Long, List<ScheduleException>> timeOff = new HashMap<>();
        for (Visit visit : visits) {
            Location location = locations.get(visit.location());
            List<WorkingHours> blocks = hours.computeIfAbsent(visit.practitioner(), setup::workingHours).stream()
                    .filter(h -> h.getLocation().getId().equals(location.getId())).toList();
            List<ScheduleException> exceptions = new ArrayList<>(timeOff.computeIfAbsent(visit.practitioner(), setup::timeOff));
            exceptions.addAll(holidays.computeIfAbsent(location.getId(), setup::holidaysAt));
            var problem = WorkingTime.problem("practitioner " + visit.practitioner(), location.getName(), visit.slot(),
                    location.getZone(), blocks, exceptions);
            assertTrue(problem.isEmpty(), () -> "appointment " + visit.id() + ": " + problem.orElse(""));
        }
    }

    private static Set<Long> weeks(List<Visit> visits) {
        return visits.stream().map(v -> Math.floorDiv(v.slot().start().atZone(CHICAGO).toLocalDate()
                .with(DayOfWeek.MONDAY).toEpochDay(), 7)).collect(Collectors.toCollection(TreeSet::new));
    }

    private List<Practitioner> demoPractitionerEntities() throws Exception {
        Set<Long> ids = new TreeSet<>(strings("SELECT DISTINCT w.practitioner_id FROM working_hours w JOIN location l "
                + "ON w.location_id = l.id WHERE l.name IN " + DEMO_LOCATIONS).stream().map(Long::valueOf).toList());
        return setup.practitioners().stream().filter(p -> ids.contains(p.getId())).toList();
    }

    private static String demoPractitioners() {
        return "(SELECT w.practitioner_id FROM working_hours w JOIN location l ON w.location_id = l.id "
                + "WHERE l.name IN " + DEMO_LOCATIONS + ")";
    }

    private List<Visit> demoVisits() throws Exception {
        return query("SELECT a.id, a.practitioner_id, a.room_id, a.patient_id, a.location_id, a.starts_at, a.ends_at, "
                + "a.status, a.late_cancellation, a.series_id FROM appointment a JOIN location l "
                + "ON a.location_id = l.id WHERE l.name IN " + DEMO_LOCATIONS, rows -> {
                    Long room = rows.getObject(3) == null ? null : rows.getLong(3);
                    Long series = rows.getObject(10) == null ? null : rows.getLong(10);
                    return new Visit(rows.getLong(1), rows.getLong(2), room, rows.getLong(4), rows.getLong(5),
                            new TimeSlot(rows.getObject(6, OffsetDateTime.class).toInstant(),
                                    rows.getObject(7, OffsetDateTime.class).toInstant()),
                            rows.getString(8), rows.getBoolean(9), series);
                });
    }

    private long count(String sql) throws Exception {
        return Long.parseLong(strings(sql).get(0));
    }

    private List<String> strings(String sql) throws Exception {
        return query(sql, rows -> rows.getString(1));
    }

    /** One row of a result, read. */
    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row) throws Exception {
        List<T> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(row.read(rows));
            }
        }
        return values;
    }
}
