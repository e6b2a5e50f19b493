package org.artclinic.clinic.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.scheduling.WorkingTime;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.ScheduleException;
import org.artclinic.clinic.setup.WorkingHours;
import org.artclinic.clinic.system.DatabaseMigrator;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo clinic a new user sees after the quick start (the test deployment seeds it too): two
 * locations, six practitioners, 300 patients, and weeks of appointments that obey the scheduling
 * rules. The test database may have been seeded on an earlier day, so "past" and "future" are
 * checked relative to the seeded schedule itself.
 */
@ExtendWith(ArquillianExtension.class)
class DemoClinicIT {

    private static final String DEMO_LOCATIONS = "('Chicago West Loop', 'Denver Highlands')";
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private DemoDataSeeder seeder;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private AsAdmin asAdmin;

    private record Visit(long id, long practitioner, Long room, long patient, long location, TimeSlot slot,
            String status, boolean late, Long series) {
    }

    @Test
    void twoLocationsInTheirOwnTimeZonesWithTheirRooms() throws Exception {
        assertEquals(List.of("Chicago West Loop America/Chicago", "Denver Highlands America/Denver"),
                strings("SELECT name || ' ' || time_zone FROM location WHERE name IN " + DEMO_LOCATIONS + " ORDER BY name"));
        assertTrue(count("SELECT COUNT(*) FROM room r JOIN location l ON r.location_id = l.id WHERE l.name IN "
                + DEMO_LOCATIONS) >= 5);
        assertTrue(count("SELECT COUNT(*) FROM schedule_exception WHERE kind = 'HOLIDAY' AND location_id IN "
                + "(SELECT id FROM location WHERE name IN " + DEMO_LOCATIONS + ")") >= 1, "a holiday closes a clinic");
        assertTrue(count("SELECT COUNT(*) FROM schedule_exception WHERE kind = 'TIME_OFF' AND practitioner_id IN "
                + demoPractitioners() + "") >= 1, "someone has time off");
    }

    @Test
    void sixPractitionersOfEveryDisciplineWithWeeklyHoursAndALunchBreak() throws Exception {
        List<Practitioner> practitioners = demoPractitionerEntities();
        assertEquals(6, practitioners.size(), () -> practitioners.stream().map(Practitioner::getDisplayName).toList().toString());
        assertEquals(EnumSet.allOf(Discipline.class),
                practitioners.stream().map(Practitioner::getDiscipline).collect(Collectors.toCollection(() -> EnumSet.noneOf(Discipline.class))));
        assertEquals(List.of("Dr. Priya Raman"), strings("SELECT p.display_name FROM practitioner p "
                + "JOIN user_account u ON p.user_account_id = u.id WHERE u.username = 'practitioner'"),
                "the demo user 'practitioner' is one of them");
        for (Practitioner practitioner : practitioners) {
            List<WorkingHours> hours = setup.workingHours(practitioner.getId());
            Map<DayOfWeek, List<WorkingHours>> byDay = hours.stream().collect(Collectors.groupingBy(WorkingHours::getDayOfWeek));
            assertTrue(byDay.size() >= 2, practitioner.getDisplayName() + " works several days a week");
            assertTrue(byDay.values().stream().anyMatch(day -> day.size() == 2
                    && day.get(0).getEndTime().isBefore(day.get(1).getStartTime())),
                    practitioner.getDisplayName() + " has a lunch break between two blocks");
        }
    }

    @Test
    void theNamedAppointmentTypesHaveTheirDurations() throws Exception {
        assertEquals(List.of("45"), strings("SELECT duration_minutes FROM appointment_type WHERE name = 'Initial ART assessment'"));
        assertEquals(List.of("30"), strings("SELECT duration_minutes FROM appointment_type WHERE name = 'ART follow-up'"));
        assertEquals(1, count("SELECT COUNT(*) FROM appointment_type WHERE name = 'Re-assessment'"));
        assertEquals(1, count("SELECT COUNT(*) FROM appointment_type WHERE name = 'Home program review'"));
    }

    @Test
    void threeHundredPatientsWithVariedNamesAndSomeInsured() throws Exception {
        assertTrue(count("SELECT COUNT(*) FROM patient") >= 300);
        assertTrue(count("SELECT COUNT(DISTINCT patient_id) FROM appointment WHERE practitioner_id IN "
                + demoPractitioners()) >= 250, "most demo patients have visits");
        assertTrue(count("SELECT COUNT(*) FROM patient WHERE given_name IN ('Zoë', 'José', 'Søren', 'Ngozi')") >= 4,
                "names with accents and from many places");
        assertTrue(count("SELECT COUNT(*) FROM patient WHERE search_given = 'zoe'") >= 1, "'zoe' finds Zoë");
        assertTrue(count("SELECT COUNT(*) FROM insurance_policy WHERE copay_amount > 0") >= 50);
        assertTrue(count("SELECT COUNT(*) FROM insurance_policy WHERE authorized_visits IS NOT NULL") >= 10);
    }

    @Test
    void weeksOfAppointmentsThatObeyTheSchedulingRules() throws Exception {
        List<Visit> visits = demoVisits();
        assertTrue(visits.size() >= 1000, "several weeks of a busy clinic: " + visits.size());
        Map<String, Long> byStatus = visits.stream().collect(Collectors.groupingBy(Visit::status, Collectors.counting()));
        for (String status : List.of("COMPLETED", "CANCELLED", "NO_SHOW", "BOOKED")) {
            assertTrue(byStatus.getOrDefault(status, 0L) > 0, status + " in " + byStatus);
        }
        assertTrue(visits.stream().anyMatch(Visit::late), "some cancellations were late");
        assertTrue(byStatus.get("CANCELLED") + byStatus.get("NO_SHOW") < visits.size() / 5, "only a few: " + byStatus);

        Instant lastDone = visits.stream().filter(v -> v.status().equals("COMPLETED")).map(v -> v.slot().start())
                .max(Comparator.naturalOrder()).orElseThrow();
        Set<Long> pastWeeks = weeks(visits.stream().filter(v -> v.status().equals("COMPLETED")).toList());
        Set<Long> futureWeeks = weeks(visits.stream()
                .filter(v -> v.status().equals("BOOKED") && v.slot().start().isAfter(lastDone)).toList());
        assertTrue(pastWeeks.size() >= 3, "completed visits over past weeks: " + pastWeeks);
        assertTrue(futureWeeks.size() >= 2, "booked visits over the coming weeks: " + futureWeeks);

        List<Visit> occupying = visits.stream().filter(v -> !v.status().equals("CANCELLED") && !v.status().equals("NO_SHOW")).toList();
        assertNoOverlap(occupying, Visit::practitioner, "practitioner");
        assertNoOverlap(occupying.stream().filter(v -> v.room() != null).toList(), Visit::room, "room");
        assertNoOverlap(occupying, Visit::patient, "patient");
        assertInsideWorkingTime(occupying);
        assertEquals(0, count("SELECT COUNT(*) FROM appointment a JOIN room r ON a.room_id = r.id "
                + "WHERE r.location_id <> a.location_id"), "every room is at the appointment's location");
    }

    @Test
    void recurringSeriesAndAWaitlist() throws Exception {
        Map<Long, Long> perSeries = demoVisits().stream().filter(v -> v.series() != null)
                .collect(Collectors.groupingBy(Visit::series, Collectors.counting()));
        assertTrue(perSeries.size() >= 2, "a couple of series: " + perSeries);
        assertTrue(perSeries.values().stream().allMatch(n -> n >= 3 && n <= 6), "3 to 6 visits each: " + perSeries);
        assertTrue(count("SELECT COUNT(*) FROM waitlist_entry w WHERE w.status = 'WAITING' AND w.patient_id IN "
                + "(SELECT patient_id FROM appointment WHERE practitioner_id IN " + demoPractitioners() + ")") >= 3);
    }

    @Test
    void seedingAgainCreatesNothing() throws Exception {
        long appointments = count("SELECT COUNT(*) FROM appointment");
        long patients = count("SELECT COUNT(*) FROM patient");
        long locations = count("SELECT COUNT(*) FROM location");
        long users = count("SELECT COUNT(*) FROM user_account");

        assertEquals(0, asAdmin.call(seeder::seedDemoClinic));

        assertEquals(appointments, count("SELECT COUNT(*) FROM appointment"));
        assertEquals(patients, count("SELECT COUNT(*) FROM patient"));
        assertEquals(locations, count("SELECT COUNT(*) FROM location"));
        assertEquals(users, count("SELECT COUNT(*) FROM user_account"));
    }

    private static <K> void assertNoOverlap(List<Visit> visits, Function<Visit, K> key, String what) {
        Map<K, List<Visit>> byKey = visits.stream().collect(Collectors.groupingBy(key));
        for (List<Visit> list : byKey.values()) {
            List<Visit> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(v -> v.slot().start()));
            for (int i = 1; i < sorted.size(); i++) {
                Visit before = sorted.get(i - 1);
                Visit after = sorted.get(i);
                assertFalse(before.slot().overlaps(after.slot()),
                        () -> "one " + what + " in two places: appointments " + before.id() + " and " + after.id());
            }
        }
    }

    /** The same rule the scheduling service applies: inside the weekly hours, not on a holiday or time off. */
    private void assertInsideWorkingTime(List<Visit> visits) throws Exception {
        Map<Long, Location> locations = setup.locations().stream().collect(Collectors.toMap(Location::getId, l -> l));
        List<ScheduleException> holidays = setup.holidays();
        Map<Long, List<WorkingHours>> hours = new HashMap<>();
        Map<Long, List<ScheduleException>> timeOff = new HashMap<>();
        for (Visit visit : visits) {
            Location location = locations.get(visit.location());
            List<WorkingHours> blocks = hours.computeIfAbsent(visit.practitioner(), setup::workingHours).stream()
                    .filter(h -> h.getLocation().getId().equals(location.getId())).toList();
            List<ScheduleException> exceptions = new ArrayList<>(timeOff.computeIfAbsent(visit.practitioner(), setup::timeOff));
            holidays.stream().filter(h -> h.getLocation().getId().equals(location.getId())).forEach(exceptions::add);
            var problem = WorkingTime.problem("practitioner " + visit.practitioner(), location.getName(), visit.slot(),
                    location.getZone(), blocks, exceptions);
            assertTrue(problem.isEmpty(), () -> "appointment " + visit.id() + ": " + problem.orElse(""));
        }
    }

    private static Set<Long> weeks(List<Visit> visits) {
        return visits.stream().map(v -> Math.floorDiv(v.slot().start().atZone(CHICAGO).toLocalDate()
                .with(DayOfWeek.MONDAY).toEpochDay(), 7)).collect(Collectors.toCollection(TreeSet::new));
    }

    private List<Practitioner> demoPractitionerEntities() throws Exception {
        Set<Long> ids = new TreeSet<>(strings("SELECT DISTINCT w.practitioner_id FROM working_hours w JOIN location l "
                + "ON w.location_id = l.id WHERE l.name IN " + DEMO_LOCATIONS).stream().map(Long::valueOf).toList());
        return setup.practitioners().stream().filter(p -> ids.contains(p.getId())).toList();
    }

    private static String demoPractitioners() {
        return "(SELECT w.practitioner_id FROM working_hours w JOIN location l ON w.location_id = l.id "
                + "WHERE l.name IN " + DEMO_LOCATIONS + ")";
    }

    private List<Visit> demoVisits() throws Exception {
        List<Visit> visits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT a.id, a.practitioner_id, a.room_id, a.patient_id, a.location_id, a.starts_at, a.ends_at, "
                             + "a.status, a.late_cancellation, a.series_id FROM appointment a JOIN location l "
                             + "ON a.location_id = l.id WHERE l.name IN " + DEMO_LOCATIONS);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Long room = rows.getObject(3) == null ? null : rows.getLong(3);
                Long series = rows.getObject(10) == null ? null : rows.getLong(10);
                visits.add(new Visit(rows.getLong(1), rows.getLong(2), room, rows.getLong(4), rows.getLong(5),
                        new TimeSlot(rows.getObject(6, OffsetDateTime.class).toInstant(),
                                rows.getObject(7, OffsetDateTime.class).toInstant()),
                        rows.getString(8), rows.getBoolean(9), series));
            }
        }
        return visits;
    }

    private long count(String sql) throws Exception {
        return Long.parseLong(strings(sql).get(0));
    }

    private List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
