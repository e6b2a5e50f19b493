package org.artclinic.clinic.charting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.junit.jupiter.api.Test;

class VisitNoteTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private final Practitioner raman = new Practitioner("Dr. Raman", Discipline.CHIROPRACTOR, "1234567893", "#1f6f78",
            null);
    private final Patient jane = new Patient("P1042",
            PatientDetails.basic("Jane", "Doe", LocalDate.of(1985, 3, 14), Sex.FEMALE, "(555) 010-2030", null), DAY);
    private final Appointment visit = new Appointment(jane, raman,
            new Location("Downtown", CHICAGO, null, null), null, new AppointmentType("ART follow-up", 30, "#1f6f78", false),
            new TimeSlot(at("10:00"), at("10:30")), null, "frontdesk", at("08:00"));
    private final VisitNote note = new VisitNote(visit, "practitioner", at("10:02"));

    private static Instant at(String time) {
        return ZonedDateTime.of(DAY, LocalTime.parse(time), CHICAGO).toInstant();
    }

    @Test
    void aNoteOpensForTodayOrAnEarlierDayButNotForAFutureOneNorACancelledOrMissedVisit() {
        VisitNoteRules.requireMayOpen(AppointmentStatus.BOOKED, DAY, DAY);
        VisitNoteRules.requireMayOpen(AppointmentStatus.COMPLETED, DAY.minusDays(3), DAY);
        assertTrue(assertThrows(StateConflict.class,
                () -> VisitNoteRules.requireMayOpen(AppointmentStatus.BOOKED, DAY.plusDays(1), DAY))
                .getMessage().contains("has not taken place yet"));
        assertTrue(assertThrows(StateConflict.class,
                () -> VisitNoteRules.requireMayOpen(AppointmentStatus.CANCELLED, DAY, DAY)).getMessage().contains("cancelled"));
        assertTrue(assertThrows(StateConflict.class,
                () -> VisitNoteRules.requireMayOpen(AppointmentStatus.NO_SHOW, DAY, DAY)).getMessage().contains("no-show"));
    }

    @Test
    void signingFixesTheNoteAndOnlyAddendaFollow() {
        note.write(new Soap("Neck stiff after a long drive", "Rotation right 55 degrees", "Improving", "Continue", 4));
        note.addService(VisitServiceLine.ServiceRequest.of("97110", 10, List.of("NECK"), List.of("m54.2")));
        note.sign("practitioner", at("10:40"));

        assertTrue(note.isSigned());
        assertFalse(note.isLate());
        String refusal = assertThrows(StateConflict.class, () -> note.write(Soap.EMPTY)).getMessage();
        assertTrue(refusal.contains("Add an addendum instead"), refusal);
        assertThrows(StateConflict.class, () -> note.addService(
                VisitServiceLine.ServiceRequest.of("97140", 8, List.of("NECK"), List.of())));
        assertThrows(StateConflict.class, () -> note.sign("practitioner", at("10:41")));

        Addendum addendum = note.amend("Pain today was 5, not 4.", "practitioner", at("15:00"));
        assertEquals("Pain today was 5, not 4.", addendum.getText());
        assertEquals(4, note.getSoap().painToday(), "the signed text stays as it was");
        assertEquals(List.of(addendum), note.getAddenda());
    }

    @Test
    void reTestsAreReplacedOnADraftOncePerMovementAndSideAndFixedBySigning() {
        RangeOfMotion left = new RangeOfMotion(RomMovement.CERVICAL_ROTATION, Side.LEFT, 50);
        RangeOfMotion right = new RangeOfMotion(RomMovement.CERVICAL_ROTATION, Side.RIGHT, 62);
        note.retest(List.of(left, right));
        note.retest(List.of(right));
        assertEquals(List.of(right), note.getRomRetests(), "a save replaces the re-tests");

        RangeOfMotion again = new RangeOfMotion(RomMovement.CERVICAL_ROTATION, Side.RIGHT, 60);
        DomainException twice = assertThrows(DomainException.class, () -> note.retest(List.of(right, again)));
        assertTrue(twice.getMessage().contains("Neck rotation right is re-tested twice"), twice.getMessage());
        assertEquals(List.of(right), note.getRomRetests(), "nothing changed");

        note.write(new Soap(null, null, "Better", null, null));
        note.sign("practitioner", at("10:40"));
        assertThrows(StateConflict.class, () -> note.retest(List.of(left)));
        assertEquals(List.of(right), note.getRomRetests());
    }

    @Test
    void aDraftTakesNoAddendumAndAnEmptyNoteCannotBeSigned() {
        assertThrows(StateConflict.class, () -> note.amend("text", "practitioner", at("10:40")));
        DomainException empty = assertThrows(DomainException.class, () -> note.sign("practitioner", at("10:40")));
        assertFalse(empty instanceof StateConflict);
        note.write(new Soap(null, null, "Assessment only: referred on", null, null));
        note.sign("practitioner", at("10:40"));
        assertTrue(note.isSigned(), "an assessment-only note is a note");
    }

    @Test
    void aSignatureMoreThanADayAfterTheVisitEndedIsLate() {
        Instant ended = at("10:30");
        assertFalse(VisitNoteRules.isLate(ended, ended.plus(Duration.ofHours(24))));
        assertTrue(VisitNoteRules.isLate(ended, ended.plus(Duration.ofHours(24)).plusSeconds(1)));

        note.write(new Soap(null, null, "Late entry", null, null));
        note.sign("practitioner", ended.plus(Duration.ofDays(2)));
        assertTrue(note.isLate());
    }

    @Test
    void timedCodesNeedTheirMinutesAndUntimedOnesNone() {
        assertTrue(assertThrows(DomainException.class,
                () -> VisitServiceLine.ServiceRequest.of("97140", null, List.of("SHOULDER"), List.of()))
                .getMessage().contains("97140 is timed"));
        assertTrue(assertThrows(DomainException.class,
                () -> VisitServiceLine.ServiceRequest.of("97161", 30, List.of("SHOULDER"), List.of()))
                .getMessage().contains("not timed"));
        assertTrue(assertThrows(DomainException.class,
                () -> VisitServiceLine.ServiceRequest.of("97999", 10, List.of("SHOULDER"), List.of()))
                .getMessage().contains("not a service a visit note records"));
        assertTrue(assertThrows(DomainException.class,
                () -> VisitServiceLine.ServiceRequest.of("97110", 10, List.of("ELBOWS"), List.of()))
                .getMessage().contains("not a body region"));
        assertTrue(assertThrows(DomainException.class,
                () -> VisitServiceLine.ServiceRequest.of("97110", 10, List.of("ELBOW"), List.of("M77-1")))
                .getMessage().contains("not an ICD-10-CM code"));
    }

    @Test
    void spinalManipulationIsCountedByTheFiveSpinalRegions() {
        VisitServiceLine.ServiceRequest two = VisitServiceLine.ServiceRequest.of("98940", null,
                List.of("cervical", "THORACIC"), List.of("M99.01"));
        assertEquals(Set.of(BodyRegion.NECK, BodyRegion.UPPER_BACK), two.touchedBodyRegions());

        String wrongCode = assertThrows(DomainException.class, () -> VisitServiceLine.ServiceRequest.of("98940", null,
                List.of("CERVICAL", "THORACIC", "LUMBAR"), List.of())).getMessage();
        assertTrue(wrongCode.contains("3 regions were treated: use 98941"), wrongCode);
        assertEquals(ChartedService.CMT_SPINAL_5, ChartedService.spinalManipulationFor(5));
        assertTrue(assertThrows(DomainException.class, () -> VisitServiceLine.ServiceRequest.of("98941", null,
                List.of("NECK", "LOW_BACK", "SHOULDER"), List.of())).getMessage().contains("not a spinal region"));
    }

    @Test
    void painTodayIsOnTheZeroToTenScale() {
        assertThrows(DomainException.class, () -> new Soap(null, null, null, null, 11));
        assertThrows(DomainException.class, () -> new Soap(null, null, null, null, -1));
        assertTrue(new Soap("  ", null, null, null, null).isEmpty());
    }
}
