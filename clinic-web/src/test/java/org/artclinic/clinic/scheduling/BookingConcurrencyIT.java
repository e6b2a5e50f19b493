package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.TestDays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several receptionists book the same slot at the same moment: exactly one booking is stored and
 * every other one is told which appointment is in the way. Runs on H2 and, in CI, on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class BookingConcurrencyIT {

    private static final int RECEPTIONISTS = 8;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private AsFrontDesk asFrontDesk;

    @Inject
    private ClinicFixture clinic;

    @Resource
    private ManagedThreadFactory threads;

    @Test
    void manyBookingsOfOnePractitionersSlotAtOnceStoreExactlyOne() throws Exception {
        Location location = clinic.location("Race Street", ZoneOffset.UTC);
        Practitioner practitioner = clinic.practitioner("Dr. Race", location, LocalTime.of(7, 0), LocalTime.of(20, 0));
        List<Patient> patients = new ArrayList<>();
        for (int i = 0; i < RECEPTIONISTS; i++) {
            patients.add(clinic.patient("Pat" + i, "Racer"));
        }
        Instant start = slotStart(location.getZone(), 10);

        List<String> outcomes = race(i -> new BookingRequest(patients.get(i).getId(), practitioner.getId(), null, null,
                null, start, start.plusSeconds(1800), null));

        assertExactlyOneBooked(outcomes, "Dr. Race " + clinic.suffix() + " is already booked");
        assertEquals(1, asFrontDesk.call(() -> scheduling.between(start, start.plusSeconds(1800), List.of(practitioner.getId()), null)).size());
    }

    @Test
    void manyBookingsOfOneRoomAtOnceStoreExactlyOne() throws Exception {
        Location location = clinic.location("Room Race", ZoneOffset.UTC);
        Room room = clinic.room(location, "Room 1");
        List<Practitioner> practitioners = new ArrayList<>();
        List<Patient> patients = new ArrayList<>();
        for (int i = 0; i < RECEPTIONISTS; i++) {
            practitioners.add(clinic.practitioner("Therapist " + i, location, LocalTime.of(7, 0), LocalTime.of(20, 0)));
            patients.add(clinic.patient("Roomie" + i, "Racer"));
        }
        Instant start = slotStart(location.getZone(), 11);

        List<String> outcomes = race(i -> new BookingRequest(patients.get(i).getId(), practitioners.get(i).getId(),
                null, room.getId(), null, start, start.plusSeconds(2700), null));

        assertExactlyOneBooked(outcomes, "Room 1 is already taken");
        assertEquals(1, asFrontDesk.call(() -> scheduling.between(start, start.plusSeconds(2700), null, List.of(room.getId()))).size());
    }

    @Test
    void onePatientBookedWithManyPractitionersAtOnceIsStoredOnce() throws Exception {
        Location location = clinic.location("Patient Race", ZoneOffset.UTC);
        Patient patient = clinic.patient("Solo", "Racer");
        List<Practitioner> practitioners = new ArrayList<>();
        for (int i = 0; i < RECEPTIONISTS; i++) {
            practitioners.add(clinic.practitioner("Clinician " + i, location, LocalTime.of(7, 0), LocalTime.of(20, 0)));
        }
        Instant start = slotStart(location.getZone(), 14);

        List<String> outcomes = race(i -> new BookingRequest(patient.getId(), practitioners.get(i).getId(), null, null,
                null, start, start.plusSeconds(1800), null));

        assertExactlyOneBooked(outcomes, patient.getFullName() + " already has an appointment");
    }

    /** Starts one thread per receptionist, releases them together, and collects what each was told. */
    private List<String> race(IntFunction<BookingRequest> requestOf) throws InterruptedException {
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(RECEPTIONISTS);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(RECEPTIONISTS);
        for (int i = 0; i < RECEPTIONISTS; i++) {
            BookingRequest request = requestOf.apply(i);
            threads.newThread(() -> {
                try {
                    ready.countDown();
                    go.await();
                    asFrontDesk.call(() -> scheduling.book(request));
                    outcomes.add("booked");
                } catch (SchedulingConflict conflict) {
                    outcomes.add("conflict: " + conflict.getMessage());
                } catch (Exception other) {
                    outcomes.add("error: " + other);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS), "all receptionists ready");
        go.countDown();
        assertTrue(done.await(60, TimeUnit.SECONDS), "all bookings answered");
        return outcomes;
    }

    private static void assertExactlyOneBooked(List<String> outcomes, String expectedConflict) {
        assertEquals(RECEPTIONISTS, outcomes.size(), outcomes::toString);
        assertEquals(1, outcomes.stream().filter("booked"::equals).count(), outcomes::toString);
        assertEquals(RECEPTIONISTS - 1, outcomes.stream()
                .filter(o -> o.startsWith("conflict: ") && o.contains(expectedConflict)).count(), outcomes::toString);
    }

    /** A slot weeks ahead at the given hour; the practitioners are the test's own, so it is free. */
    private static Instant slotStart(ZoneId zone, int hour) {
        LocalDate day = TestDays.next(zone);
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }
}
