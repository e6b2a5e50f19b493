package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.TestDays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The day sheet's day is the location's calendar day, from its midnight to the next, whatever
 * the server's time zone: a visit just after midnight in Auckland is still the previous day in
 * UTC and on the server's clock here, and belongs to Auckland's day all the same.
 */
@ExtendWith(ArquillianExtension.class)
class DaySheetIT {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @EJB
    private SchedulingService scheduling;

    @EJB
    private AsFrontDesk asFrontDesk;

    @Inject
    private ClinicFixture clinic;

    @Test
    void aDayAtALocationRunsFromItsMidnightToTheNextInItsOwnTimeZone() throws Exception {
        Location auckland = clinic.location("Harbour clinic", AUCKLAND);
        Location chicago = clinic.location("Lakeside", ZoneId.of("America/Chicago"));
        Practitioner nightOwl = clinic.practitioner("Dr. Night", auckland, LocalTime.MIN, LocalTime.of(23, 55));
        Practitioner other = clinic.practitioner("Dr. Elsewhere", chicago, LocalTime.MIN, LocalTime.of(23, 55));
        Patient early = clinic.patient("Erin", "Early");
        Patient late = clinic.patient("Luke", "Late");
        Patient elsewhere = clinic.patient("Eve", "Elsewhere");
        LocalDate day = TestDays.next(AUCKLAND);

        ZonedDateTime justAfterMidnight = day.atTime(0, 30).atZone(AUCKLAND);
        ZonedDateTime beforeMidnight = day.atTime(23, 0).atZone(AUCKLAND);
        Appointment first = book(early, nightOwl, auckland, justAfterMidnight);
        Appointment last = book(late, nightOwl, auckland, beforeMidnight);
        // the same instant at another location is not on Auckland's sheet
        book(elsewhere, other, chicago, justAfterMidnight);
        assertEquals(day.minusDays(1), justAfterMidnight.toInstant().atZone(ZoneId.of("UTC")).toLocalDate(),
                "the first visit is on the previous day in UTC");

        assertEquals(List.of(first.getId(), last.getId()), ids(auckland, day));
        assertEquals(List.of(), ids(auckland, day.minusDays(1)));
        assertEquals(List.of(), ids(auckland, day.plusDays(1)));
    }

    private List<Long> ids(Location location, LocalDate day) throws Exception {
        return asFrontDesk.call(() -> scheduling.day(location.getId(), day)).stream().map(CalendarEntry::id).toList();
    }

    @Test
    void withoutALocationAskedForTheSheetOpensOnTheFirstWithVisitsThatDay() throws Exception {
        Location quiet = clinic.location("Quiet clinic", AUCKLAND);
        // named to sort after the demo clinic's locations: journeys that open a page without one get the demo's
        Location busy = clinic.location("Thriving clinic", AUCKLAND);
        Practitioner practitioner = clinic.practitioner("Dr. Thriving", busy, LocalTime.MIN, LocalTime.of(23, 55));
        LocalDate day = TestDays.next(AUCKLAND);
        book(clinic.patient("Bea", "Busy"), practitioner, busy, day.atTime(10, 0).atZone(AUCKLAND));
        java.time.Instant noon = day.atTime(12, 0).atZone(AUCKLAND).toInstant();

        assertEquals(java.util.Optional.of(busy.getId()), asFrontDesk.call(() ->
                scheduling.firstLocationWithVisitsOn(List.of(quiet.getId(), busy.getId()), noon)));
        assertEquals(java.util.Optional.empty(), asFrontDesk.call(() ->
                scheduling.firstLocationWithVisitsOn(List.of(quiet.getId()), noon)), "no visits there: none");
        assertEquals(java.util.Optional.empty(), asFrontDesk.call(() -> scheduling.firstLocationWithVisitsOn(
                List.of(busy.getId()), noon.plus(java.time.Duration.ofDays(1)))), "nothing the next day");
    }

    private Appointment book(Patient patient, Practitioner practitioner, Location location, ZonedDateTime start)
            throws Exception {
        return asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                location.getId(), null, null, start.toInstant(), start.plusMinutes(30).toInstant(), null)));
    }
}
