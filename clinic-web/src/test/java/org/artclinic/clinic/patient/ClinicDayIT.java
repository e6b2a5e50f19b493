package org.artclinic.clinic.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.scheduling.BookingRequest;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Today" and the days of an insurance authorization are the clinic's, not the server's: around
 * midnight in the clinic, a server in UTC is already on the next day. The clinic's clock is pinned
 * to instants on either side of the clinic's midnight.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicDayIT {

    @EJB
    private PatientService patients;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsAdmin asAdmin;

    @Inject
    private ClinicClock clock;

    @Inject
    private org.artclinic.clinic.testsupport.ClinicFixture fixture;

    @AfterEach
    void realTimeAgain() {
        clock.useClock(null);
    }

    @Test
    void aPatientTurnsFortyAtMidnightWhereTheClinicIsNotWhereTheServerIs() throws Exception {
        ZoneId clinic = clock.zone();
        LocalDate birthday = LocalDate.of(2030, 6, 16);
        Patient patient = asFrontDesk.call(() -> patients.register(PatientDetails.basic("Mia", "Midnight" + letters(),
                birthday.minusYears(40), Sex.FEMALE, null, null), true));

        clock.useClock(Clock.fixed(birthday.minusDays(1).atTime(23, 30).atZone(clinic).toInstant(), ZoneOffset.UTC));
        assertEquals(39, asFrontDesk.call(() -> patients.summary(patient.getId())).age(),
                "23:30 the evening before in " + clinic + " (already the birthday in UTC)");

        clock.useClock(Clock.fixed(birthday.atTime(0, 30).atZone(clinic).toInstant(), ZoneOffset.UTC));
        assertEquals(40, asFrontDesk.call(() -> patients.summary(patient.getId())).age(),
                "00:30 on the birthday in " + clinic);
    }

    @Test
    void aVisitCountsAgainstTheAuthorizationOnItsLocalDayAtItsLocation() throws Exception {
        String token = letters();
        ZoneId denver = ZoneId.of("America/Denver");
        Location location = asAdmin.call(() -> setup.createLocation("Authorization clinic " + token, denver, null,
                null));
        Practitioner practitioner = asAdmin.call(() -> setup.createPractitioner("Dr. Authorization " + token,
                Discipline.PHYSICAL_THERAPIST, null, "#1f6f78", null));
        for (DayOfWeek day : DayOfWeek.values()) {
            asAdmin.call(() -> setup.addWorkingHours(practitioner.getId(), location.getId(), day, LocalTime.MIDNIGHT,
                    LocalTime.of(23, 59)));
        }
        Patient patient = asFrontDesk.call(() -> patients.register(PatientDetails.basic("Ari", "Authorized" + token,
                LocalDate.of(1980, 2, 2), Sex.MALE, null, null), true));
        LocalDate first = LocalDate.of(2030, 6, 1);
        LocalDate last = LocalDate.of(2030, 6, 15);
        fixture.payer("Midnight Mutual");
        InsurancePolicy policy = asFrontDesk.call(() -> patients.addPolicy(patient.getId(), new PolicyDetails(
                InsurancePolicy.Priority.PRIMARY, "Midnight Mutual", "MM" + token, null, null,
                InsurancePolicy.Relationship.SELF, null, 5, first, last)));

        // 22:00 on the last authorized day in Denver: 04:00 the next day in UTC, still covered
        book(patient, practitioner, location, last.atTime(22, 0).atZone(denver));
        // 23:00 the evening before the first day: already the first day in UTC, not covered
        book(patient, practitioner, location, first.minusDays(1).atTime(23, 0).atZone(denver));
        // an ordinary visit in the middle of the period
        book(patient, practitioner, location, LocalDateTime.of(2030, 6, 10, 9, 0).atZone(denver));

        assertEquals(OptionalInt.of(3), asFrontDesk.call(() -> patients.remainingVisits(policy)));
        assertEquals(OptionalInt.of(3), asFrontDesk.call(() -> patients.summary(patient.getId()))
                .remainingAuthorizedVisits(), "the patient header says the same");
    }

    private void book(Patient patient, Practitioner practitioner, Location location, ZonedDateTime start)
            throws Exception {
        Instant from = start.toInstant();
        asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                location.getId(), null, null, from, from.plusSeconds(30 * 60), null)));
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }
}
