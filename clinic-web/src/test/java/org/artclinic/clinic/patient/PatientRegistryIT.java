package org.artclinic.clinic.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.scheduling.BookingRequest;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsManager;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registering and keeping patient records through the real service and database. */
@ExtendWith(ArquillianExtension.class)
class PatientRegistryIT {

    @EJB
    private PatientService patients;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private AsManager asManager;

    @Inject
    private ClinicFixture clinic;

    private final String family = "Registry" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void registrationAssignsTheNextChartNumberAndASecondRegistrationOfTheSamePersonIsStopped() throws Exception {
        PatientDetails zoe = PatientDetails.basic("Zoë", family, LocalDate.of(1990, 2, 3), Sex.FEMALE,
                "(555) 010-" + (1000 + (int) (Math.random() * 8999)), null);
        Patient first = asFrontDesk.call(() -> patients.register(zoe, false));
        assertTrue(first.getChartNumber().matches("P\\d{4,}"), first.getChartNumber());

        PatientDetails again = PatientDetails.basic("zoe", family.toUpperCase(), LocalDate.of(1990, 2, 3), Sex.FEMALE,
                null, null);
        DomainException duplicate = assertThrows(DomainException.class,
                () -> asFrontDesk.call(() -> patients.register(again, false)));
        assertTrue(duplicate.getMessage().contains(first.getChartNumber()), duplicate.getMessage());
        assertTrue(duplicate.getMessage().contains("same name and birth date"), duplicate.getMessage());
        assertEquals(1, asFrontDesk.call(() -> patients.count(family)), "nothing was stored");

        PatientDetails samePhone = PatientDetails.basic("Zora", family, LocalDate.of(1960, 1, 1), Sex.FEMALE,
                zoe.phone().replace("(", "").replace(")", ""), null);
        assertEquals(1, asFrontDesk.call(() -> patients.possibleDuplicates(samePhone)).size(), "same phone, other format");

        Patient twin = asFrontDesk.call(() -> patients.register(again, true));
        assertNotEquals(first.getChartNumber(), twin.getChartNumber(), "confirmed as another person");
        assertEquals(2, asFrontDesk.call(() -> patients.count(family)));
    }

    @Test
    void practitionersMayReadAndEditButManagersMayNotTouchTheRegistry() throws Exception {
        Patient patient = asFrontDesk.call(() -> patients.register(PatientDetails.basic("Paula", family,
                LocalDate.of(1975, 6, 1), Sex.FEMALE, null, null), false));
        assertEquals(patient.getId(), asPractitioner.call(() -> patients.find(patient.getId())).getId());
        assertThrows(EJBAccessException.class, () -> asManager.call(() -> patients.find(patient.getId())));
    }

    @Test
    void anEditOfAStaleCopyIsRefusedAndKeepsTheOtherEdit() throws Exception {
        Patient patient = asFrontDesk.call(() -> patients.register(PatientDetails.basic("Sam", family,
                LocalDate.of(1982, 8, 9), Sex.MALE, null, null), false));
        long version = patient.getVersion();
        PatientDetails withEmail = PatientDetails.basic("Sam", family, LocalDate.of(1982, 8, 9), Sex.MALE, null,
                "sam@example.org");
        asFrontDesk.call(() -> patients.update(patient.getId(), version, withEmail));

        PatientDetails withPhone = PatientDetails.basic("Sam", family, LocalDate.of(1982, 8, 9), Sex.MALE,
                "555-010-7777", null);
        DomainException stale = assertThrows(DomainException.class,
                () -> asFrontDesk.call(() -> patients.update(patient.getId(), version, withPhone)));
        assertTrue(stale.getMessage().contains("Someone else changed"), stale.getMessage());
        assertEquals("sam@example.org", asFrontDesk.call(() -> patients.find(patient.getId())).getEmail());
    }

    @Test
    void theHeaderCountsRemainingAuthorizedVisitsNoShowsAndTheCopay() throws Exception {
        ZoneId zone = ZoneId.systemDefault();
        Location location = clinic.location("Header", zone);
        Practitioner practitioner = clinic.practitioner("Dr. Header", location, LocalTime.MIN, LocalTime.of(23, 55));
        Patient patient = asFrontDesk.call(() -> patients.register(PatientDetails.basic("Hank", family,
                LocalDate.of(1970, 1, 1), Sex.MALE, null, null), false));
        LocalDate today = LocalDate.now(zone);
        clinic.payer("Prairie Health");
        asFrontDesk.call(() -> patients.addPolicy(patient.getId(), new PolicyDetails(InsurancePolicy.Priority.PRIMARY,
                "Prairie Health", "PH-1", null, null, InsurancePolicy.Relationship.SELF, Money.of("30.00"), 6,
                today.minusDays(10), today.plusDays(60))));
        for (int week = 1; week <= 2; week++) {
            Instant start = today.plusWeeks(week).atTime(10, 0).atZone(zone).toInstant();
            asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                    location.getId(), null, null, start, start.plusSeconds(1800), null)));
        }

        PatientSummary summary = asFrontDesk.call(() -> patients.summary(patient.getId()));
        assertEquals(4, summary.remainingAuthorizedVisits().orElseThrow(), "6 authorized, 2 booked");
        assertEquals(Money.of("30"), summary.copay());
        assertEquals(0, summary.noShows());
        assertEquals(today.getYear() - 1970, summary.age(), "born on 1 January 1970");

        // the practitioner sees the visits left; the insurance itself is the desk's to change
        assertEquals(1, asPractitioner.call(() -> patients.policies(patient.getId())).size());
        long policy = asPractitioner.call(() -> patients.policies(patient.getId())).get(0).getId();
        assertThrows(EJBAccessException.class, () -> asPractitioner.call(() -> {
            patients.endPolicy(policy);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> asPractitioner.call(() -> patients.addPolicy(patient.getId(),
                new PolicyDetails(InsurancePolicy.Priority.SECONDARY, "Prairie Health", "PH-2", null, null,
                        InsurancePolicy.Relationship.SELF, null, null, null, null))));
    }
}
