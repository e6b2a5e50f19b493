package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.TestDays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A practitioner's day is today where each visit takes place: at 9:00 in Auckland it is still the
 * afternoon before in Chicago, so My day holds Auckland's morning and Chicago's afternoon, and
 * neither place's tomorrow. Set-up lists for pages hold only what is open or active.
 */
@ExtendWith(ArquillianExtension.class)
class PractitionerDayIT {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @EJB
    private SchedulingService scheduling;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private AsAdmin asAdmin;

    @Inject
    private ClinicFixture clinic;

    @Test
    void aPractitionersDayIsEachLocationsOwnTodayWithoutCancelledVisits() throws Exception {
        Location auckland = clinic.location("Harbour", AUCKLAND);
        Location chicago = clinic.location("Loop", CHICAGO);
        // weekly hours of one practitioner may not overlap on the clock, whichever the zone
        Practitioner traveller = clinic.practitioner("Dr. Travels", auckland, LocalTime.of(6, 0), LocalTime.of(12, 0));
        clinic.worksAt(traveller, chicago, LocalTime.of(13, 0), LocalTime.of(20, 0));
        Practitioner colleague = clinic.practitioner("Dr. Stays", auckland, LocalTime.MIN, LocalTime.of(23, 55));
        Patient ann = clinic.patient("Ann", "Anywhere");
        Patient bo = clinic.patient("Bo", "Bothplaces");
        Patient cy = clinic.patient("Cy", "Colleagues");
        LocalDate day = TestDays.next(AUCKLAND);
        Instant now = day.atTime(9, 0).atZone(AUCKLAND).toInstant();
        LocalDate chicagoToday = LocalDate.ofInstant(now, CHICAGO);
        assertEquals(day.minusDays(1), chicagoToday, "at 9:00 in Auckland it is yesterday in Chicago");

        Appointment aucklandMorning = book(ann, traveller, auckland, day.atTime(8, 0).atZone(AUCKLAND));
        book(ann, traveller, auckland, day.plusDays(1).atTime(8, 0).atZone(AUCKLAND)); // Auckland's tomorrow
        Appointment chicagoAfternoon = book(bo, traveller, chicago, chicagoToday.atTime(16, 0).atZone(CHICAGO));
        book(bo, traveller, chicago, day.atTime(16, 0).atZone(CHICAGO)); // Chicago's tomorrow
        Appointment cancelled = book(bo, traveller, chicago, chicagoToday.atTime(14, 0).atZone(CHICAGO));
        asFrontDesk.call(() -> scheduling.cancel(cancelled.getId(), "Unwell"));
        book(cy, colleague, auckland, day.atTime(9, 0).atZone(AUCKLAND)); // someone else's visit

        List<Long> ids = asPractitioner.call(() -> scheduling.dayOfPractitioner(traveller.getId(), now))
                .stream().map(Appointment::getId).toList();

        assertEquals(List.of(aucklandMorning.getId(), chicagoAfternoon.getId()), ids, "earliest first");
    }

    @Test
    void pagesAreOfferedOnlyOpenLocationsAndActivePractitioners() throws Exception {
        Location open = clinic.location("Open", CHICAGO);
        Location closed = clinic.location("Closed", CHICAGO);
        Practitioner working = clinic.practitioner("Dr. Working", open, LocalTime.of(8, 0), LocalTime.of(17, 0));
        Practitioner retired = clinic.practitioner("Dr. Retired", open, LocalTime.of(8, 0), LocalTime.of(17, 0));
        asAdmin.call(() -> {
            setup.setLocationActive(closed.getId(), false);
            setup.setPractitionerActive(retired.getId(), false);
            return null;
        });

        List<Long> locations = setup.activeLocations().stream().map(Location::getId).toList();
        List<Long> practitioners = setup.activePractitioners().stream().map(Practitioner::getId).toList();

        assertTrue(locations.contains(open.getId()), "open location offered");
        assertFalse(locations.contains(closed.getId()), "closed location not offered");
        assertTrue(setup.locations().stream().anyMatch(l -> l.getId().equals(closed.getId())), "set-up still lists it");
        assertTrue(practitioners.contains(working.getId()), "active practitioner offered");
        assertFalse(practitioners.contains(retired.getId()), "inactive practitioner not offered");
    }

    private Appointment book(Patient patient, Practitioner practitioner, Location location, ZonedDateTime start)
            throws Exception {
        return asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                location.getId(), null, null, start.toInstant(), start.plusMinutes(30).toInstant(), null)
                .confirmingSameDay())); // Bo's cancelled visit shares the day with the one kept, on purpose
    }
}
