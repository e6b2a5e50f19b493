package org.artclinic.clinic.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.artclinic.clinic.charting.ArtEntry;
import org.artclinic.clinic.charting.NoteStatus;
import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.credential.PractitionerCredentials;
import org.artclinic.clinic.intake.BodyRegion;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.protocol.Protocol;
import org.artclinic.clinic.protocol.ProtocolFile;
import org.artclinic.clinic.protocol.ProtocolLibrarySeeder;
import org.artclinic.clinic.protocol.ProtocolRecord;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;

import org.artclinic.clinic.setup.Practitioner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's visit notes built in memory on the demo's records, at a few moments of the week: a
 * note for every past visit of a treatable patient, none for today or later, entries only where the
 * screening gate and the practitioner's certifications allowed them, a couple signed late, some
 * amended, and Dr. Raman's overdue draft.
 */
class DemoVisitNotesTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-10T11:20", "2025-03-12T15:10", "2025-03-14T21:00"})
    void pastVisitsOfTreatablePatientsHaveSignedNotesWithinTheRules(String at) {
        LocalDateTime time = LocalDateTime.parse(at);
        DemoClinicalRecordsTest.Demo demo = DemoClinicalRecordsTest.demo(time);
        Instant now = demo.now();
        DemoClinicSeeder.Built built = demo.built();
        DemoClinic clinic = demo.clinic();
        List<PractitionerCredentials> credentials = DemoCredentials.of(
                clinic.staff.stream().map(s -> s.practitioner).toList(), time.toLocalDate());
        Map<Practitioner, PractitionerCredentials> held = new IdentityHashMap<>();
        credentials.forEach(c -> held.put(c.getPractitioner(), c));
        Map<Practitioner, String> usernames = new IdentityHashMap<>();
        clinic.staff.forEach(s -> usernames.put(s.practitioner, s.username));
        DemoClinicalRecords records = built.records();

        DemoVisitNotes notes = new DemoVisitNotes(new Random(DemoClinicSeeder.RANDOM_SEED), now, library());
        notes.build(built.schedule().appointments, a -> usernames.get(a.getPractitioner()), held::get,
                new DemoVisitNotes.Records(records.intakes, records.consents, records.clearances,
                        records.outcomeMeasures()));
        notes.sign();

        assertTrue(notes.notes.size() >= 150, "notes: " + notes.notes.size());
        for (VisitNote note : notes.notes) {
            Appointment visit = note.getAppointment();
            LocalDate day = LocalDate.ofInstant(visit.getStartsAt(), visit.getLocation().getZone());
            assertTrue(day.isBefore(LocalDate.ofInstant(now, visit.getLocation().getZone())), "an earlier day");
            assertTrue(visit.getStatus() == AppointmentStatus.COMPLETED, visit.getStatus().toString());
            assertTrue(note.getArtEntries().size() <= 5);
            for (ArtEntry entry : note.getArtEntries()) {
                assertTrue(held.get(note.getPractitioner()).refusal(entry.getProtocol().getRegionGroup(), day).isEmpty());
                assertTrue(entry.getPainBefore() > entry.getPainAfter());
                if (entry.getRomBefore() != null) {
                    assertTrue(entry.getRomAfter() >= entry.getRomBefore());
                }
            }
            if (note.isSigned()) {
                assertTrue(note.getSignedAt().isAfter(note.getVisitEndsAt()) && note.getSignedAt().isBefore(now));
                note.getAddenda().forEach(a -> assertTrue(a.getWrittenAt().isAfter(note.getSignedAt())
                        && a.getWrittenAt().isBefore(now)));
            }
        }
        Patient onHold = records.cases.get(DemoClinicalRecords.Case.REFERRAL_PENDING);
        Patient blocked = records.cases.get(DemoClinicalRecords.Case.REGION_BLOCKED);
        Patient unsigned = records.cases.get(DemoClinicalRecords.Case.CONSENT_MISSING);
        for (VisitNote note : notes.notes) {
            if (note.getPatient() == onHold || note.getPatient() == unsigned) {
                assertEquals(List.of(), note.getArtEntries());
                assertTrue(note.getServices().stream().noneMatch(s -> s.getService().isTreatment()));
                assertTrue(note.getSoap().assessment() != null);
            }
            if (note.getPatient() == blocked) {
                assertTrue(note.getArtEntries().stream().noneMatch(e -> e.getProtocol().getRegion() == BodyRegion.SHOULDER));
                assertTrue(note.getServices().stream().noneMatch(s -> s.getRegions().contains("SHOULDER")));
            }
        }
        assertTrue(notes.notes.stream().filter(VisitNote::isLate).count() >= 1, "a late note");
        assertTrue(notes.addenda.size() >= 3, "addenda: " + notes.addenda.size());
        List<VisitNote> drafts = notes.notes.stream().filter(n -> n.getStatus() == NoteStatus.DRAFT).toList();
        assertTrue(drafts.size() >= 1 && drafts.size() <= DemoVisitNotes.RAMAN_DRAFTS, "drafts: " + drafts.size());
        assertTrue(drafts.stream().allMatch(n -> n.getPractitioner().getDisplayName().equals("Dr. Priya Raman")));
        assertTrue(drafts.stream().anyMatch(n -> n.getVisitEndsAt().isBefore(now.minus(Duration.ofHours(24)))),
                "an overdue draft");
        assertTrue(notes.notes.stream().filter(n -> !n.getArtEntries().isEmpty()).count() > notes.notes.size() * 8 / 10);
    }

    /**
     * Whatever day of the week the quick start runs, the demo has courses that ended (completed plans)
     * and signed notes of its last two clinic days, whose charges wait in the manager's review queue.
     * Its history once began three weeks before this week's Monday: on Mondays and Tuesdays no course
     * had ended, and on Mondays the last "three days" were a weekend (DemoClinicIT failed every Monday).
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-07T01:11", "2026-12-07T07:30", "2026-12-08T01:00", "2026-12-09T12:00",
        "2026-12-10T16:00", "2026-12-11T01:00", "2026-12-12T10:00", "2026-12-13T23:30", "2026-11-30T01:00",
        "2026-12-28T01:00", "2027-01-05T01:00"})
    void everyDayOfTheWeekTheDemoHasFinishedCoursesAndChargesWaitingForReview(String at) {
        LocalDateTime time = LocalDateTime.parse(at);
        DemoClinicalRecordsTest.Demo demo = DemoClinicalRecordsTest.demo(time);
        DemoVisitNotes notes = notes(demo, time.toLocalDate());
        Map<Patient, org.artclinic.clinic.intake.IntakeAssessment> first = new IdentityHashMap<>();
        demo.records().intakes.stream()
                .sorted(java.util.Comparator.comparing(org.artclinic.clinic.intake.IntakeAssessment::getAssessedAt))
                .forEach(i -> first.putIfAbsent(i.getPatient(), i));
        List<org.artclinic.clinic.plan.TreatmentPlan> plans = DemoPlans.of(notes.notes, first, demo.now());
        assertTrue(plans.stream().anyMatch(p -> p.getStatus() == org.artclinic.clinic.plan.PlanStatus.COMPLETED),
                "a completed plan on " + time.getDayOfWeek());
        assertTrue(plans.stream().filter(p -> p.getStatus() == org.artclinic.clinic.plan.PlanStatus.ACTIVE).count() >= 10);

        List<LocalDate> signedDays = notes.notes.stream().filter(VisitNote::isSigned)
                .map(n -> LocalDate.ofInstant(n.getVisitStartsAt(), n.getAppointment().getLocation().getZone())).toList();
        java.util.Set<LocalDate> review = DemoBilling.lastClinicDays(signedDays, DemoBilling.REVIEW_DAYS);
        assertEquals(DemoBilling.REVIEW_DAYS, review.size(), review::toString);
        assertTrue(review.stream().allMatch(d -> d.isBefore(time.toLocalDate())), "days before today: " + review);
        assertTrue(signedDays.stream().filter(review::contains).count() >= 10, "a morning's review queue");
    }

    @org.junit.jupiter.api.Test
    void onAMondayTheChargesOfThursdayAndFridayWaitForReview() {
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        assertEquals(java.util.Set.of(thursday, thursday.plusDays(1)), DemoBilling.lastClinicDays(List.of(
                thursday.minusDays(7), thursday.minusDays(1), thursday, thursday, thursday.plusDays(1)), 2));
    }

    private static DemoVisitNotes notes(DemoClinicalRecordsTest.Demo demo, LocalDate today) {
        Map<Practitioner, PractitionerCredentials> held = new IdentityHashMap<>();
        DemoCredentials.of(demo.clinic().staff.stream().map(s -> s.practitioner).toList(), today)
                .forEach(c -> held.put(c.getPractitioner(), c));
        Map<Practitioner, String> usernames = new IdentityHashMap<>();
        demo.clinic().staff.forEach(s -> usernames.put(s.practitioner, s.username));
        DemoClinicalRecords records = demo.records();
        DemoVisitNotes notes = new DemoVisitNotes(new Random(DemoClinicSeeder.RANDOM_SEED), demo.now(), library());
        notes.build(demo.built().schedule().appointments, a -> usernames.get(a.getPractitioner()), held::get,
                new DemoVisitNotes.Records(records.intakes, records.consents, records.clearances,
                        records.outcomeMeasures()));
        notes.sign();
        return notes;
    }

    private static List<Protocol> library() {
        List<ProtocolFile.Row> rows = ProtocolFile.read(ProtocolLibrarySeeder.shippedLibrary(), ProtocolFile.Format.JSON);
        Map<String, Protocol> byName = new HashMap<>();
        List<Protocol> all = new ArrayList<>();
        for (ProtocolFile.Row row : rows) {
            Protocol protocol = new Protocol(row.record().details());
            byName.put(Protocol.searchName(row.record().name()), protocol);
            all.add(protocol);
        }
        for (ProtocolFile.Row row : rows) {
            ProtocolRecord record = row.record();
            byName.get(Protocol.searchName(record.name()))
                    .linkTo(record.links().stream().map(l -> byName.get(Protocol.searchName(l))).toList());
        }
        return all;
    }
}
