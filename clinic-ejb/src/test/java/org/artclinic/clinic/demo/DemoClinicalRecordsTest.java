package org.artclinic.clinic.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.artclinic.clinic.demo.DemoClinicalRecords.Case;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ConsentText;
import org.artclinic.clinic.intake.DecisionLine;
import org.artclinic.clinic.intake.IntakeAssessment;
import org.artclinic.clinic.intake.PatientConsent;
import org.artclinic.clinic.intake.TreatmentClearance;
import org.artclinic.clinic.intake.TreatmentGate;
import org.artclinic.clinic.outcome.Change;
import org.artclinic.clinic.outcome.ChangeFlag;
import org.artclinic.clinic.outcome.Instrument;
import org.artclinic.clinic.outcome.OutcomeMeasure;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.scheduling.CancellationPolicy;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's clinical records as the quick start creates them, built in memory at several moments
 * of the week (a weekday morning, a Wednesday afternoon when Dr. Raman has gone home, before
 * opening, a Saturday): what Dr. Raman's day shows, and records that the services could have
 * written.
 */
class DemoClinicalRecordsTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** A Monday. */
    private static final LocalDate WEEK = LocalDate.of(2025, 3, 10);

    record Demo(Instant now, DemoClinic clinic, DemoClinicSeeder.Built built, ConsentText text) {

        DemoClinicalRecords records() {
            return built.records();
        }

        List<Appointment> appointments() {
            return built.schedule().appointments;
        }

        IntakeAssessment intakeOf(Patient patient) {
            return records().intakes.stream().filter(i -> i.getPatient() == patient).findFirst().orElse(null);
        }

        TreatmentClearance clearanceOf(Patient patient) {
            return records().clearances.stream().filter(c -> c.getPatient() == patient).findFirst().orElse(null);
        }

        PatientConsent consentOf(Patient patient) {
            return records().consents.stream().filter(c -> c.getPatient() == patient).findFirst().orElse(null);
        }

        /** The gate as the intake service judges it from these records. */
        TreatmentGate gate(Patient patient) {
            IntakeAssessment intake = intakeOf(patient);
            TreatmentClearance clearance = clearanceOf(patient);
            TreatmentGate.ConsentState consent = PatientConsent.stateOf(consentOf(patient), text);
            return intake == null ? TreatmentGate.noIntake(consent)
                    : TreatmentGate.of(intake.decision(), clearance == null ? null : clearance.describe(), consent);
        }

        List<OutcomeMeasure> history(Patient patient, Instrument instrument) {
            return records().outcomeMeasures().stream()
                    .filter(m -> m.getPatient() == patient && m.getInstrument() == instrument)
                    .sorted(Comparator.comparing(OutcomeMeasure::getAdministeredAt)).toList();
        }
    }

    /** The demo as the quick start creates it at this time in Chicago (in memory). */
    static Demo demo(LocalDateTime chicagoTime) {
        Instant now = chicagoTime.atZone(CHICAGO).toInstant();
        DemoClinic clinic = new DemoClinic();
        clinic.build(chicagoTime.toLocalDate(), name -> null, username -> null, account -> true,
                spec -> new UserAccount(spec.username(), spec.fullName(), "not-a-real-hash", Set.of(Role.PRACTITIONER),
                        now),
                npi -> true);
        ConsentText text = new ConsentText(null, DemoDataSeeder.DEMO_CONSENT_TEXT, true, "system",
                now.minus(DemoDataSeeder.CONSENT_TEXT_AGE));
        List<String> charts = IntStream.range(0, DemoPatients.COUNT).mapToObj(i -> "P" + (1001 + i)).toList();
        return new Demo(now, clinic, DemoClinicSeeder.build(clinic, charts, now, CancellationPolicy.ofHours(24), text),
                text);
    }

    /** Dr. Raman's visits on a day that are not cancelled or missed: her "My day". */
    private static List<Appointment> ramansDay(Demo demo, LocalDate day) {
        return demo.appointments().stream()
                .filter(a -> a.getPractitioner().getDisplayName().equals("Dr. Priya Raman")
                        && a.getStatus().occupiesTime() && a.getStartsAt().atZone(CHICAGO).toLocalDate().equals(day))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-10T11:20", "2025-03-12T15:10", "2025-03-13T06:30", "2025-03-14T21:00"})
    void onADayDrRamanWorksHerListShowsTheTreatmentGateAtWork(String at) {
        LocalDateTime time = LocalDateTime.parse(at);
        Demo demo = demo(time);
        assertEquals(time.toLocalDate(), demo.records().demoDay, "she works today, so the demo day is today");
        assertEquals(Set.of(Case.values()), demo.records().cases.keySet());

        List<Appointment> day = ramansDay(demo, time.toLocalDate());
        Patient onHold = demo.records().cases.get(Case.REFERRAL_PENDING);
        assertTrue(day.stream().anyMatch(a -> a.getPatient() == onHold), "the patient on hold is on her list today");
        for (Case shown : List.of(Case.REFERRAL_CLEARED, Case.REGION_BLOCKED, Case.CONSENT_MISSING)) {
            Patient patient = demo.records().cases.get(shown);
            assertTrue(day.stream().anyMatch(a -> a.getPatient() == patient), shown + " is on her list today");
        }
        assertTrue(day.stream().map(Appointment::getPatient).filter(p -> !demo.records().cases.containsValue(p))
                .anyMatch(p -> demo.gate(p).treatmentAllowed()), "and patients who may simply be treated");
    }

    @Test
    void onASaturdayTheCasesWaitOnDrRamansMonday() {
        Demo demo = demo(WEEK.plusDays(5).atTime(10, 0));
        assertEquals(WEEK.plusWeeks(1), demo.records().demoDay);
        Patient onHold = demo.records().cases.get(Case.REFERRAL_PENDING);
        assertTrue(ramansDay(demo, WEEK.plusWeeks(1)).stream().anyMatch(a -> a.getPatient() == onHold));
    }

    @Test
    void eachCaseShowsWhatTheGateDecides() {
        Demo demo = demo(WEEK.plusDays(1).atTime(11, 0));
        Map<Case, Patient> cases = demo.records().cases;

        TreatmentGate onHold = demo.gate(cases.get(Case.REFERRAL_PENDING));
        assertTrue(onHold.referralPending());
        assertFalse(onHold.treatmentAllowed());
        assertEquals(List.of("unexplained weight loss, fever or night pain"), onHold.pendingReferralFlags());
        assertEquals(DemoClinicalRecords.CASE_PRACTITIONER, demo.intakeOf(cases.get(Case.REFERRAL_PENDING))
                .getAssessedBy(), "she recorded the intake herself");

        Patient clearedPatient = cases.get(Case.REFERRAL_CLEARED);
        TreatmentGate cleared = demo.gate(clearedPatient);
        assertTrue(cleared.treatmentAllowed());
        assertEquals(1, cleared.referralReasons().size(), "the reason stays on record after the clearance");
        TreatmentClearance clearance = demo.clearanceOf(clearedPatient);
        assertTrue(clearance.describe().startsWith(
                "Cleared by Dr. Priya Raman on a letter from the patient's physician"), clearance.describe());
        assertTrue(clearance.getClearedAt().isAfter(demo.intakeOf(clearedPatient).getAssessedAt()));
        assertTrue(demo.history(clearedPatient, Instrument.NPRS).stream().skip(1)
                .allMatch(m -> m.getAdministeredAt().isAfter(clearance.getClearedAt())),
                "follow-up measures only once treatment could start");

        TreatmentGate blocked = demo.gate(cases.get(Case.REGION_BLOCKED));
        assertTrue(blocked.allows(BodyRegion.NECK));
        assertEquals("Do not treat the shoulder: an open wound.", blocked.refusal(BodyRegion.SHOULDER).orElseThrow());

        assertEquals(List.of("BLEEDING_RISK"), precautionCodes(demo.gate(cases.get(Case.BLOOD_THINNERS))));
        Patient pregnant = cases.get(Case.PREGNANCY);
        assertEquals(Sex.FEMALE, pregnant.getSex());
        assertTrue(precautionCodes(demo.gate(pregnant)).contains("PREGNANCY"));
        assertTrue(demo.gate(pregnant).treatmentAllowed(), "a precaution does not hold treatment");

        TreatmentGate unsigned = demo.gate(cases.get(Case.CONSENT_MISSING));
        assertTrue(unsigned.intakeRecorded());
        assertEquals(TreatmentGate.ConsentState.MISSING, unsigned.consent());
        assertFalse(unsigned.referralPending());
    }

    @Test
    void mostPatientsAlreadySeenHaveAnIntakeAtTheirFirstVisitAndASignedConsent() {
        Demo demo = demo(WEEK.plusDays(3).atTime(14, 0));
        Map<Patient, List<Appointment>> seen = new IdentityHashMap<>();
        demo.appointments().stream()
                .filter(a -> (a.getStatus() == AppointmentStatus.COMPLETED
                        || a.getStatus() == AppointmentStatus.IN_TREATMENT)
                        && a.getStartsAt().plusSeconds(15 * 60).isBefore(demo.now()))
                .sorted(Comparator.comparing(Appointment::getStartsAt))
                .forEach(a -> seen.computeIfAbsent(a.getPatient(), p -> new ArrayList<>()).add(a));
        List<IntakeAssessment> intakes = demo.records().intakes;
        double share = (double) intakes.size() / seen.size();
        assertTrue(share >= 0.55 && share <= 0.85, "a good share: " + intakes.size() + " of " + seen.size());

        for (IntakeAssessment intake : intakes) {
            Appointment first = seen.get(intake.getPatient()).get(0);
            assertTrue(!intake.getAssessedAt().isBefore(first.getStartsAt())
                    && intake.getAssessedAt().isBefore(first.getEndsAt()), "recorded during the first visit");
            assertEquals(first.getPractitioner().getDisplayName().equals("Dr. Priya Raman"),
                    intake.getAssessedBy().equals("practitioner"), "by the practitioner of that visit");
            assertFalse(intake.getRangeOfMotion().isEmpty());
            assertFalse(intake.getNeuroScreen().isEmpty());
            assertFalse(intake.getPalpation().isEmpty());
            assertNotNull(intake.getPain().getNow());
            assertNotNull(intake.getGoals());
            PatientConsent consent = demo.consentOf(intake.getPatient());
            if (intake.getPatient() == demo.records().cases.get(Case.CONSENT_MISSING)) {
                assertNull(consent);
            } else {
                assertEquals(1, consent.getText().getNumber());
                assertEquals("Fran Desmond", consent.getWitnessedBy());
                assertEquals("frontdesk", consent.getRecordedBy());
            }
        }
        long allClear = intakes.stream().filter(i -> i.decision().lines().size() == 1).count();
        assertTrue(allClear > intakes.size() * 0.85, "the screening is mostly all 'no': " + allClear);
    }

    @Test
    void nothingIsDatedAfterNow() {
        Demo demo = demo(WEEK.plusDays(2).atTime(6, 30)); // before opening: the schedule's "demo time" is later
        DemoClinicalRecords records = demo.records();
        assertFalse(records.intakes.isEmpty());
        records.intakes.forEach(i -> assertFalse(i.getAssessedAt().isAfter(demo.now())));
        records.consents.forEach(c -> assertFalse(c.getRecordedAt().isAfter(demo.now())));
        records.clearances.forEach(c -> assertFalse(c.getClearedAt().isAfter(demo.now())));
        records.outcomeMeasures().forEach(m -> assertFalse(m.getAdministeredAt().isAfter(demo.now())));
    }

    @Test
    void outcomeMeasuresFitTheRegionStartAtTheIntakeAndMostlyImprove() {
        Demo demo = demo(WEEK.plusDays(4).atTime(12, 0));
        List<ChangeFlag> sinceBaseline = new ArrayList<>();
        int unchangedPatients = 0;
        for (IntakeAssessment intake : demo.records().intakes) {
            Patient patient = intake.getPatient();
            Instrument regional = Instrument.suggestedFor(intake.getRegions().get(0).getRegion());
            Set<Instrument> given = demo.records().outcomeMeasures().stream().filter(m -> m.getPatient() == patient)
                    .map(OutcomeMeasure::getInstrument).collect(Collectors.toSet());
            assertEquals(Stream.of(regional, Instrument.NPRS).collect(Collectors.toSet()), given);
            List<OutcomeMeasure> pain = demo.history(patient, Instrument.NPRS);
            assertEquals(List.of(intake.getPain().getNow()), pain.get(0).answers(),
                    "the baseline pain is the intake's");
            assertTrue(pain.size() <= 4, "a baseline and up to three follow-ups");
            boolean unchanged = pain.size() > 1;
            for (Instrument instrument : given) {
                List<OutcomeMeasure> history = demo.history(patient, instrument);
                OutcomeMeasure baseline = history.get(0);
                assertFalse(baseline.getAdministeredAt().isBefore(intake.getAssessedAt()));
                for (OutcomeMeasure later : history.subList(1, history.size())) {
                    Change change = later.changeSince(baseline);
                    assertTrue(change.flag() != ChangeFlag.WORSENED, change.describe());
                    if (later == history.get(history.size() - 1)) {
                        sinceBaseline.add(change.flag());
                        unchanged &= change.difference().signum() == 0;
                    }
                }
            }
            unchangedPatients += unchanged ? 1 : 0;
        }
        long improved = sinceBaseline.stream().filter(f -> f == ChangeFlag.IMPROVED).count();
        assertTrue(improved > sinceBaseline.size() / 2, "mostly clearly better: " + sinceBaseline);
        assertTrue(sinceBaseline.contains(ChangeFlag.NO_IMPORTANT_CHANGE), "some less than the MCID");
        assertEquals(2, unchangedPatients, "two patients are where they started");
    }

    @Test
    void everyScoreIsTheInstrumentsScoringOfTheStoredAnswers() {
        Demo demo = demo(WEEK.plusDays(1).atTime(16, 0));
        for (OutcomeMeasure measure : demo.records().outcomeMeasures()) {
            assertEquals(measure.getInstrument().score(measure.answers()).score(), measure.getScore());
        }
        assertTrue(demo.records().outcomeMeasures().stream()
                .anyMatch(m -> m.getInstrument() == Instrument.ODI && m.answers().get(7) == null),
                "some leave the ODI's sex-life section out, and are scored over the nine others");
    }

    @Test
    void theSameMomentBuildsTheSameRecords() {
        LocalDateTime at = WEEK.plusDays(1).atTime(10, 45);
        List<String> first = summary(demo(at));
        assertEquals(first, summary(demo(at)));
        assertTrue(first.size() > 50);
    }

    private static List<String> summary(Demo demo) {
        return demo.records().intakes.stream()
                .map(i -> i.getPatient().getChartNumber() + " " + i.getAssessedAt() + " " + i.getChiefComplaint())
                .sorted().toList();
    }

    private static List<String> precautionCodes(TreatmentGate gate) {
        return gate.precautions().stream().map(DecisionLine::getCode).toList();
    }

    @Test
    void aPregnancyAlertOnlyForSomeoneWhoCouldBePregnant() {
        Demo demo = demo(WEEK.atTime(9, 0));
        for (Patient patient : demo.built().patients().patients) {
            if (patient.getAlerts() != null && patient.getAlerts().startsWith("Pregnant")) {
                assertEquals(Sex.FEMALE, patient.getSex(), patient.getFullName());
                assertTrue(patient.ageOn(WEEK) <= 46, patient.getFullName());
            }
        }
    }
}
