package org.artclinic.clinic.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the set-up pages rely on, through the real service, transactions and database, as an
 * administrator: every refusal comes with a message a person can act on and saves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SetupRulesIT {

    @EJB
    private ClinicSetupService setup;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private AsFrontDesk asFrontDesk;

    @Test
    void anAdministratorCreatesALocationWithRoomsAndCanCloseIt() throws Exception {
        String name = unique("Lakeside");
        Location location = asAdmin.call(() -> setup.createLocation(name, ZoneId.of("America/Chicago"),
                "(312) 555-0100", new Address("1 Lake St", null, "Chicago", "IL", "60601", "USA")));
        asAdmin.call(() -> setup.createRoom(location.getId(), "Room 1"));
        asAdmin.call(() -> setup.createRoom(location.getId(), "Room 2"));

        assertEquals(List.of("Room 1", "Room 2"), roomsOf(location));
        DomainException twice = assertThrows(DomainException.class,
                () -> asAdmin.call(() -> setup.createRoom(location.getId(), " room 1 ")));
        assertEquals(name + " has a room called \"room 1\" already.", twice.getMessage());
        assertEquals(2, roomsOf(location).size(), "nothing saved");

        asAdmin.call(() -> {
            setup.setLocationActive(location.getId(), false);
            return null;
        });
        assertFalse(setup.location(location.getId()).isActive());
        assertEquals("America/Chicago", setup.location(location.getId()).getTimeZone());
    }

    @Test
    void aTimeZoneThatDoesNotExistIsRefusedWithAnExample() {
        DomainException refused = assertThrows(DomainException.class, () -> Location.zone("America/Chicgo"));
        assertTrue(refused.getMessage().contains("use a name like America/Chicago"), refused.getMessage());
    }

    @Test
    void anNpiWithAWrongCheckDigitIsRefusedAndAValidOneIsKept() throws Exception {
        String name = unique("Dr. Nora Npi");
        String valid = uniqueNpi();
        String wrong = valid.substring(0, 9) + (char) ('0' + (valid.charAt(9) - '0' + 1) % 10);

        DomainException refused = assertThrows(DomainException.class, () -> asAdmin.call(
                () -> setup.createPractitioner(name, Discipline.CHIROPRACTOR, wrong, "#aa3355", null)));
        assertEquals("NPI " + wrong + " has a wrong check digit; please check the number.", refused.getMessage());
        assertTrue(setup.practitioners().stream().noneMatch(p -> p.getDisplayName().equals(name)), "nothing saved");

        Practitioner saved = asAdmin.call(
                () -> setup.createPractitioner(name, Discipline.CHIROPRACTOR, valid, "#AA3355", null));
        assertEquals(valid, setup.practitioner(saved.getId()).getNpi());
        assertEquals("#aa3355", setup.practitioner(saved.getId()).getColour());

        DomainException taken = assertThrows(DomainException.class, () -> asAdmin.call(
                () -> setup.createPractitioner(unique("Dr. Other"), Discipline.PHYSICIAN, valid, "#aa3355", null)));
        assertEquals("NPI " + valid + " belongs to another practitioner.", taken.getMessage());
    }

    @Test
    void overlappingWorkingHoursAreRefusedWithWhatTheyOverlap() throws Exception {
        String place = unique("Northside");
        Location location = asAdmin.call(() -> setup.createLocation(place, ZoneId.of("America/New_York"), null, null));
        Practitioner practitioner = asAdmin.call(() -> setup.createPractitioner(unique("Pat Hours"),
                Discipline.MASSAGE_THERAPIST, null, "#336699", null));
        long id = practitioner.getId();
        asAdmin.call(() -> setup.addWorkingHours(id, location.getId(), DayOfWeek.TUESDAY, LocalTime.of(8, 0),
                LocalTime.of(12, 0)));

        DomainException overlap = assertThrows(DomainException.class, () -> asAdmin.call(() -> setup.addWorkingHours(
                id, location.getId(), DayOfWeek.TUESDAY, LocalTime.of(11, 0), LocalTime.of(13, 0))));
        assertEquals(practitioner.getDisplayName() + " already works Tuesday 08:00-12:00 at " + place + ".",
                overlap.getMessage());

        // back to back is fine: the afternoon starts when the morning ends
        asAdmin.call(() -> setup.addWorkingHours(id, location.getId(), DayOfWeek.TUESDAY, LocalTime.of(12, 0),
                LocalTime.of(16, 0)));
        assertEquals(List.of("08:00-12:00", "12:00-16:00"), setup.workingHours(id).stream()
                .map(w -> w.getStartTime() + "-" + w.getEndTime()).toList());
    }

    @Test
    void anAppointmentTypeNeedsAWholeNumberOfFiveMinutes() throws Exception {
        String name = unique("ART follow-up");
        for (int minutes : new int[] {7, 0, 485}) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> asAdmin.call(() -> setup.createAppointmentType(name, minutes, "#228833", true)));
            assertEquals("A duration is a multiple of 5 minutes between 5 and 480.", refused.getMessage());
        }
        assertTrue(setup.appointmentTypes().stream().noneMatch(t -> t.getName().equals(name)), "nothing saved");

        AppointmentType type = asAdmin.call(() -> setup.createAppointmentType(name, 30, "#228833", false));
        assertEquals(30, setup.appointmentType(type.getId()).getDurationMinutes());
        assertFalse(setup.appointmentType(type.getId()).isNeedsRoom());
    }

    @Test
    void eachLocationShowsOnlyItsOwnHolidaysEarliestFirstAndNoTimeOff() throws Exception {
        ZoneId denver = ZoneId.of("America/Denver");
        Location first = asAdmin.call(() -> setup.createLocation(unique("Foothills"), denver, null, null));
        Location other = asAdmin.call(() -> setup.createLocation(unique("Mesa"), denver, null, null));
        Practitioner practitioner = asAdmin.call(() -> setup.createPractitioner(unique("Dr. Away"),
                Discipline.CHIROPRACTOR, null, "#336699", null));
        asAdmin.call(() -> setup.addHoliday(first.getId(), closedOn(LocalDate.of(2031, 12, 25), denver), "Christmas"));
        asAdmin.call(() -> setup.addHoliday(first.getId(), closedOn(LocalDate.of(2031, 7, 4), denver), "July 4th"));
        asAdmin.call(() -> setup.addHoliday(other.getId(), closedOn(LocalDate.of(2031, 9, 1), denver), "Labor Day"));
        asAdmin.call(() -> setup.addTimeOff(practitioner.getId(), closedOn(LocalDate.of(2031, 8, 1), denver),
                "Vacation"));

        assertEquals(List.of("July 4th", "Christmas"), setup.holidaysAt(first.getId()).stream()
                .map(ScheduleException::getReason).toList());
        assertEquals(List.of("Labor Day"), setup.holidaysAt(other.getId()).stream()
                .map(ScheduleException::getReason).toList());
    }

    @Test
    void aSecondLocationOrRoomWithTheSameNameInOtherLettersIsRefused() throws Exception {
        String name = unique("Riverside");
        Location location = asAdmin.call(() -> setup.createLocation(name, ZoneId.of("America/Chicago"), null, null));
        DomainException twice = assertThrows(DomainException.class, () -> asAdmin.call(() -> setup.createLocation(
                " " + name.toUpperCase() + " ", ZoneId.of("America/Chicago"), null, null)));
        assertEquals("A location called \"" + name.toUpperCase() + "\" exists already.", twice.getMessage());
        // renaming a location to its own name in other letters is not a clash with itself
        asAdmin.call(() -> setup.updateLocation(location.getId(), setup.location(location.getId()).getVersion(),
                name.toLowerCase(), ZoneId.of("America/Chicago"), null, null));

        // another location may have a room of the same name
        Location other = asAdmin.call(() -> setup.createLocation(unique("Lakeview"), ZoneId.of("America/Chicago"),
                null, null));
        asAdmin.call(() -> setup.createRoom(location.getId(), "Suite 1"));
        asAdmin.call(() -> setup.createRoom(other.getId(), "suite 1"));
        assertEquals(List.of("suite 1"), roomsOf(other));
    }

    private static TimeSlot closedOn(LocalDate day, ZoneId zone) {
        return new TimeSlot(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstChangeStays() throws Exception {
        String name = unique("Harbour");
        Location created = asAdmin.call(() -> setup.createLocation(name, ZoneId.of("Europe/London"), null, null));
        long versionSeenByBoth = setup.location(created.getId()).getVersion();

        asAdmin.call(() -> setup.updateLocation(created.getId(), versionSeenByBoth, name + " Quay",
                ZoneId.of("Europe/London"), "020 7946 0000", null));
        DomainException stale = assertThrows(DomainException.class, () -> asAdmin.call(() -> setup.updateLocation(
                created.getId(), versionSeenByBoth, name + " Old Town", ZoneId.of("Europe/Dublin"), null, null)));
        assertTrue(stale.getMessage().startsWith("Someone else changed " + name + " Quay while you were editing."),
                stale.getMessage());
        assertEquals(name + " Quay", setup.location(created.getId()).getName());

        AppointmentType type = asAdmin.call(() -> setup.createAppointmentType(unique("Assessment"), 45, "#112233", true));
        long typeVersion = setup.appointmentType(type.getId()).getVersion();
        asAdmin.call(() -> setup.updateAppointmentType(type.getId(), typeVersion, type.getName(), 60, "#112233", true));
        assertThrows(DomainException.class, () -> asAdmin.call(() -> setup.updateAppointmentType(type.getId(),
                typeVersion, type.getName(), 15, "#112233", true)));
        assertEquals(60, setup.appointmentType(type.getId()).getDurationMinutes());
    }

    @Test
    void onlyAnAdministratorChangesTheSetUp() {
        assertThrows(EJBAccessException.class, () -> asFrontDesk.call(
                () -> setup.createAppointmentType(unique("Sneaky"), 30, "#112233", true)));
    }

    private List<String> roomsOf(Location location) {
        return setup.roomsAt(location.getId()).stream().map(Room::getName).toList();
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A random NPI with a correct check digit (NPIs are unique and the test database persists). */
    static String uniqueNpi() {
        String base = String.valueOf(100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
        for (int check = 0; check <= 9; check++) {
            try {
                return Npi.check(base + check);
            } catch (DomainException wrongDigit) {
                // try the next one; exactly one digit is right
            }
        }
        throw new IllegalStateException("no check digit for " + base);
    }
}
