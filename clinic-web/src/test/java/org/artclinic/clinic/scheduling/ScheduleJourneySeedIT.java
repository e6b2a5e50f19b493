package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.patient.InsurancePolicy;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.patient.PolicyDetails;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sets the stage for the browser journey {@code ScheduleJourneyIT} (which runs outside the server):
 * a location in a time zone where it is now daytime, a practitioner who works there every day,
 * patients with a copay, and two appointments that began earlier today. What it made is written to
 * {@code schedule-journey.properties} in the test directory for the journey to read. The journey
 * runs this method through Arquillian's test runner itself, so the order of test classes does not
 * matter; run alone it is a harmless extra seeding.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleJourneySeedIT {

    static final String FILE = "schedule-journey.properties";

    /** Candidate zones; the one where it is now between 09:00 and 19:00 is used. */
    private static final List<String> ZONES = List.of("America/Chicago", "Europe/Berlin", "Asia/Tokyo",
            "America/Los_Angeles", "Asia/Kolkata", "Pacific/Honolulu", "Australia/Sydney", "UTC",
            "America/New_York", "Asia/Shanghai", "Pacific/Auckland");

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private PatientService patients;

    @EJB
    private SchedulingService scheduling;

    @Test
    void seed() throws Exception {
        Instant now = Instant.now();
        ZoneId zone = ZONES.stream().map(ZoneId::of)
                .filter(z -> now.atZone(z).getHour() >= 9 && now.atZone(z).getHour() < 19)
                .findFirst().orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Location location = asAdmin.call(() -> setup.createLocation("Journey clinic " + suffix, zone, null, null));
        asAdmin.call(() -> setup.createRoom(location.getId(), "Journey room " + suffix));
        Practitioner practitioner = asAdmin.call(() -> setup.createPractitioner("Dr. Journey " + suffix,
                Discipline.CHIROPRACTOR, null, "#6a1b9a", null));
        for (DayOfWeek day : DayOfWeek.values()) {
            asAdmin.call(() -> setup.addWorkingHours(practitioner.getId(), location.getId(), day, LocalTime.of(6, 0),
                    LocalTime.of(21, 0)));
        }
        Patient series = patient("Sam", "Seriesjourney" + suffix);
        Patient arriving = patient("Ada", "Arrivejourney" + suffix);
        Patient missing = patient("Max", "Missingjourney" + suffix);

        // two visits that began earlier today: one to check in, one to mark as a no-show
        ZonedDateTime started = now.atZone(zone).truncatedTo(ChronoUnit.MINUTES);
        book(arriving, practitioner, location, started.minusMinutes(50), 30);
        book(missing, practitioner, location, started.minusMinutes(15), 10);

        LocalDate seriesMonday = LocalDate.now(zone).plusWeeks(6).with(DayOfWeek.MONDAY);
        Properties seeded = new Properties();
        seeded.setProperty("location", String.valueOf(location.getId()));
        seeded.setProperty("locationName", location.getName());
        seeded.setProperty("practitioner", String.valueOf(practitioner.getId()));
        seeded.setProperty("practitionerName", practitioner.getDisplayName());
        seeded.setProperty("seriesPatient", series.getFamilyName());
        seeded.setProperty("arrivingPatient", arriving.getFullName());
        seeded.setProperty("missingPatient", missing.getFullName());
        seeded.setProperty("seriesMonday", seriesMonday.toString());
        seeded.setProperty("zone", zone.getId());
        try (Writer out = Files.newBufferedWriter(Path.of(System.getProperty("java.io.tmpdir"), FILE))) {
            seeded.store(out, "written by ScheduleJourneySeedIT");
        }
        assertEquals(2, asFrontDesk.call(() -> scheduling.day(location.getId(), LocalDate.now(zone))).size());
    }

    private Patient patient(String given, String family) throws Exception {
        Patient patient = asFrontDesk.call(() -> patients.register(PatientDetails.basic(given, family,
                LocalDate.of(1990, 6, 1), Sex.OTHER, null, null), true));
        LocalDate today = LocalDate.now();
        asFrontDesk.call(() -> patients.addPolicy(patient.getId(), new PolicyDetails(InsurancePolicy.Priority.PRIMARY,
                "Journey Health", "JH" + patient.getId(), null, null, InsurancePolicy.Relationship.SELF,
                Money.of("25.00"), 12, today.minusMonths(1), today.plusMonths(6))));
        return patient;
    }

    private void book(Patient patient, Practitioner practitioner, Location location, ZonedDateTime start, int minutes)
            throws Exception {
        asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                location.getId(), null, null, start.toInstant(), start.plusMinutes(minutes).toInstant(), null)));
    }
}
