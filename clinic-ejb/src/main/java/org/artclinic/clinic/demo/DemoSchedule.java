package org.artclinic.clinic.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentSeries;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.scheduling.CancellationPolicy;
import org.artclinic.clinic.scheduling.RecurrenceRule;
import org.artclinic.clinic.scheduling.WaitlistEntry;
import org.artclinic.clinic.scheduling.WorkingTime;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Room;
import org.artclinic.clinic.setup.ScheduleException;
import org.artclinic.clinic.setup.WorkingHours;
import org.artclinic.clinic.demo.DemoClinic.Staff;

/**
 * Several weeks of appointments around today. Patients start with an initial assessment and come
 * back for a short course of follow-ups with the same practitioner. Past visits are completed,
 * with a few cancellations, late cancellations and no-shows; today's visits up to the "demo time"
 * are done, one is in treatment and the next has arrived; later weeks are booked, thinner the
 * further out. A few recurring series and waitlist entries complete the picture.
 *
 * <p>Every appointment is checked before it is kept, with the same rules the scheduling service
 * applies: {@link WorkingTime} for the practitioner's hours, holidays and time off, and
 * {@link TimeSlot#overlaps} against what the practitioner, the room and the patient already have.
 */
final class DemoSchedule {

    /**
     * How many days of history before today, whatever day of the week today is: the demo's history
     * once began three weeks before this week's Monday, so a quick start on a Monday had three weeks
     * of past visits and one on a Sunday almost four, and on Mondays and Tuesdays no course of visits
     * was old enough to have ended (no completed plan). 27 days give every day of the week finished
     * courses (DemoVisitNotesTest) and about as many visits as before.
     */
    static final int PAST_DAYS = 27;
    static final int FUTURE_WEEKS = 2;

    private static final int GRID_MINUTES = 15;
    /** Today's visits before this local time (clamped to the working day) are over in the demo. */
    private static final LocalTime EARLIEST_DEMO_TIME = LocalTime.of(10, 15);
    private static final LocalTime LATEST_DEMO_TIME = LocalTime.of(15, 30);

    private static final String[] NOTES = {"Left shoulder, pain reaching overhead", "Right wrist and forearm, keyboard work",
        "Plantar fascia, worse after long runs", "Neck and upper back, desk posture", "Lateral knee after hill running",
        "Lower back, lifting at work", "Hamstring strain from sprinting", "Hip flexors after the cycling season",
        "Elbow, gripping tools", "Calf tightness, new to trail running", "Thumb and wrist, new parent",
        "Rotator cuff, swimming"};
    private static final String[] CANCEL_REASONS = {"Work meeting ran over", "Feeling unwell", "Childcare fell through",
        "Car trouble", "Travelling for work", "Snow on the roads", "Family emergency", "Asked to reschedule by phone"};

    /** A patient's course of care with one practitioner at one location. */
    private static final class Course {
        final Patient patient;
        final Location location;
        final int planned;
        int visits;
        LocalDate lastDay;

        Course(Patient patient, Location location, int planned) {
            this.patient = patient;
            this.location = location;
            this.planned = planned;
        }
    }

    private record Visit(Patient patient, AppointmentType type, Course course) {
    }

    final List<Appointment> appointments = new ArrayList<>();
    final List<AppointmentSeries> series = new ArrayList<>();
    final List<WaitlistEntry> waitlist = new ArrayList<>();

    private final DemoClinic clinic;
    private final DemoPatients patients;
    private final Random rnd;
    private final Instant now;
    private final CancellationPolicy policy;
    private final LocalDate today;

    /** Occupied time of practitioners, rooms and patients (identity: the entities have no ids yet). */
    private final Map<Object, List<TimeSlot>> busy = new IdentityHashMap<>();
    private final Map<Staff, List<Course>> caseload = new IdentityHashMap<>();
    private final Map<Location, Deque<Patient>> newPatients = new IdentityHashMap<>();
    private final Map<Location, List<Patient>> pools = new IdentityHashMap<>();
    // look-ups of the set-up, computed once
    private final Map<Staff, Map<Location, List<ScheduleException>>> exceptions = new IdentityHashMap<>();
    private final Map<Staff, Map<Location, List<WorkingHours>>> hours = new IdentityHashMap<>();
    private final Map<Location, List<Room>> rooms = new IdentityHashMap<>();
    private final Map<Location, ZoneId> zones = new IdentityHashMap<>();

    DemoSchedule(DemoClinic clinic, DemoPatients patients, Random rnd, Instant now, CancellationPolicy policy) {
        this.clinic = clinic;
        this.patients = patients;
        this.rnd = rnd;
        this.now = now;
        this.policy = policy;
        this.today = now.atZone(clinic.chicago.getZone()).toLocalDate();
    }

    void build() {
        for (Location location : List.of(clinic.chicago, clinic.denver)) {
            List<Patient> pool = patients.patients.stream().filter(p -> patients.home.get(p) == location).toList();
            pools.put(location, pool);
            List<Patient> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, rnd);
            newPatients.put(location, new ArrayDeque<>(shuffled));
        }
        for (Staff staff : clinic.staff) {
            caseload.put(staff, new ArrayList<>());
        }
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        recurringSeries(monday);
        LocalDate last = monday.plusWeeks(FUTURE_WEEKS + 1L);
        for (LocalDate day = firstDay(today); day.isBefore(last); day = day.plusDays(1)) {
            double fill = fill(day, monday);
            for (Staff staff : clinic.staff) {
                for (var block : staff.hours) {
                    if (block.getDayOfWeek() == day.getDayOfWeek()) {
                        fillBlock(staff, block.getLocation(), day, block.getStartTime(), block.getEndTime(), fill);
                    }
                }
            }
        }
        waitlist();
    }

    /** The first day of the demo's history ({@link #PAST_DAYS} before today). */
    static LocalDate firstDay(LocalDate today) {
        return today.minusDays(PAST_DAYS);
    }

    /** How full the diary is: busy in the past and this week, thinner the further ahead. */
    private static double fill(LocalDate day, LocalDate monday) {
        long week = Math.floorDiv(day.toEpochDay() - monday.toEpochDay(), 7);
        return week <= 0 ? 0.82 : week == 1 ? 0.62 : 0.38;
    }

    private void fillBlock(Staff staff, Location location, LocalDate day, LocalTime from, LocalTime to, double fill) {
        ZoneId zone = zone(location);
        LocalTime time = from;
        while (time.isBefore(to)) {
            if (rnd.nextDouble() > fill) {
                time = time.plusMinutes(GRID_MINUTES);
                continue;
            }
            Visit visit = nextVisit(staff, location, day);
            if (visit == null) {
                return;
            }
            ZonedDateTime start = ZonedDateTime.of(day, time, zone);
            TimeSlot slot = new TimeSlot(start.toInstant(), start.plus(visit.type().getDuration()).toInstant());
            Room room = visit.type().isNeedsRoom() ? freeRoom(location, slot) : null;
            if (!fits(staff, location, slot, visit.patient()) || (visit.type().isNeedsRoom() && room == null)) {
                time = time.plusMinutes(GRID_MINUTES);
                continue;
            }
            String note = visit.type() == clinic.initial() && rnd.nextInt(3) > 0
                    ? NOTES[rnd.nextInt(NOTES.length)] : null;
            book(staff, location, room, visit.type(), visit.patient(), slot, note, null);
            record(staff, location, visit, day);
            long minutes = visit.type().getDurationMinutes();
            time = time.plusMinutes((minutes + GRID_MINUTES - 1) / GRID_MINUTES * GRID_MINUTES);
        }
    }

    /** A new patient's initial assessment, or the next visit of a course that is due. */
    private Visit nextVisit(Staff staff, Location location, LocalDate day) {
        List<Course> due = caseload.get(staff).stream()
                .filter(c -> c.location == location && c.lastDay.plusDays(2).compareTo(day) <= 0).toList();
        Deque<Patient> waiting = newPatients.get(location);
        if ((due.isEmpty() || rnd.nextInt(100) < 18) && !waiting.isEmpty()) {
            return new Visit(waiting.peekFirst(), clinic.initial(), null);
        }
        if (due.isEmpty()) {
            List<Patient> pool = pools.get(location);
            return new Visit(pool.get(rnd.nextInt(pool.size())), clinic.followUp(), null);
        }
        Course course = due.get(rnd.nextInt(due.size()));
        AppointmentType type = course.visits == course.planned - 1 ? clinic.homeProgram()
                : course.visits % 4 == 0 ? clinic.reassessment() : clinic.followUp();
        return new Visit(course.patient, type, course);
    }

    private void record(Staff staff, Location location, Visit visit, LocalDate day) {
        Course course = visit.course();
        if (course == null && visit.type() == clinic.initial()) {
            newPatients.get(location).pollFirst();
            course = new Course(visit.patient(), location, 3 + rnd.nextInt(6));
            caseload.get(staff).add(course);
        }
        if (course != null) {
            course.visits++;
            course.lastDay = day;
            if (course.visits >= course.planned) {
                caseload.get(staff).remove(course);
            }
        }
    }

    private boolean fits(Staff staff, Location location, TimeSlot slot, Patient patient) {
        var practitioner = staff.practitioner;
        if (!free(practitioner, slot) || !free(patient, slot)) {
            return false;
        }
        Map<Location, List<ScheduleException>> byLocation = exceptions.computeIfAbsent(staff, key -> new IdentityHashMap<>());
        List<ScheduleException> away = byLocation.computeIfAbsent(location, key -> clinic.exceptionsFor(practitioner, key));
        Map<Location, List<WorkingHours>> weeks = hours.computeIfAbsent(staff, key -> new IdentityHashMap<>());
        List<WorkingHours> week = weeks.computeIfAbsent(location, staff::hoursAt);
        return WorkingTime.problem(practitioner.getDisplayName(), location.getName(), slot, zone(location), week, away)
                .isEmpty();
    }

    private Room freeRoom(Location location, TimeSlot slot) {
        for (Room room : rooms.computeIfAbsent(location, clinic::roomsAt)) {
            if (free(room, slot)) {
                return room;
            }
        }
        return null;
    }

    private ZoneId zone(Location location) {
        return zones.computeIfAbsent(location, Location::getZone);
    }

    private boolean free(Object who, TimeSlot slot) {
        List<TimeSlot> taken = busy.get(who);
        if (taken != null) {
            // the diary fills in time order, so the latest bookings are the likely clashes
            for (int i = taken.size() - 1; i >= 0; i--) {
                if (taken.get(i).overlaps(slot)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void occupy(Object who, TimeSlot slot) {
        busy.computeIfAbsent(who, key -> new ArrayList<>()).add(slot);
    }

    /** Creates the appointment, moves it through its day as far as the demo time says, and keeps it. */
    private Appointment book(Staff staff, Location location, Room room, AppointmentType type, Patient patient,
            TimeSlot slot, String note, Instant bookedAt) {
        Instant booked = bookedAt != null ? bookedAt
                : earlier(slot.start().minus(Duration.ofDays(3 + rnd.nextInt(18))).minus(Duration.ofHours(rnd.nextInt(8))),
                        now.minus(Duration.ofMinutes(60 + rnd.nextInt(72 * 60))));
        String by = rnd.nextInt(100) < 25 ? staff.username : "frontdesk";
        Appointment appointment = new Appointment(patient, staff.practitioner, location, room, type, slot, note, by,
                booked);
        if (progress(appointment, demoTime(location), booked)) {
            occupy(staff.practitioner, slot);
            occupy(patient, slot);
            if (room != null) {
                occupy(room, slot);
            }
        }
        appointments.add(appointment);
        return appointment;
    }

    /** Today at the current local time, kept inside the working day so that today is always under way. */
    private Instant demoTime(Location location) {
        ZonedDateTime local = now.atZone(location.getZone());
        LocalTime time = local.toLocalTime();
        time = time.isBefore(EARLIEST_DEMO_TIME) ? EARLIEST_DEMO_TIME
                : time.isAfter(LATEST_DEMO_TIME) ? LATEST_DEMO_TIME : time;
        return ZonedDateTime.of(local.toLocalDate(), time, location.getZone()).toInstant();
    }

    /** @return whether the appointment still occupies its time */
    private boolean progress(Appointment appointment, Instant demoTime, Instant bookedAt) {
        TimeSlot slot = appointment.getSlot();
        if (!slot.end().isAfter(demoTime)) {
            int roll = rnd.nextInt(100);
            if (roll < 5) {
                Instant at = later(slot.start().minus(Duration.ofHours(26 + rnd.nextInt(50))), bookedAt.plusSeconds(3600));
                appointment.cancel(CANCEL_REASONS[rnd.nextInt(CANCEL_REASONS.length)], at, policy);
                return false;
            }
            if (roll < 9) {
                Instant at = slot.start().minus(Duration.ofMinutes(45 + rnd.nextInt(18 * 60)));
                appointment.cancel(CANCEL_REASONS[rnd.nextInt(CANCEL_REASONS.length)], at, policy);
                return false;
            }
            if (roll < 13) {
                appointment.markNoShow(slot.start().plus(Duration.ofMinutes(15)));
                return false;
            }
            checkIn(appointment, slot.start().minus(Duration.ofMinutes(3 + rnd.nextInt(10))));
            appointment.startTreatment(slot.start().plus(Duration.ofMinutes(rnd.nextInt(4))));
            appointment.complete(slot.end().minus(Duration.ofMinutes(rnd.nextInt(3))));
            return true;
        }
        if (!slot.start().isAfter(demoTime)) {
            checkIn(appointment, slot.start().minus(Duration.ofMinutes(5)));
            appointment.startTreatment(slot.start().plus(Duration.ofMinutes(1)));
            return true;
        }
        if (!slot.start().isAfter(demoTime.plus(Duration.ofMinutes(20)))) {
            checkIn(appointment, earlier(demoTime, slot.start().minus(Duration.ofMinutes(10))));
            return true;
        }
        if (rnd.nextInt(100) < 3) {
            Instant at = later(now.minus(Duration.ofHours(1 + rnd.nextInt(30))), bookedAt.plusSeconds(60));
            appointment.cancel(CANCEL_REASONS[rnd.nextInt(CANCEL_REASONS.length)], at, policy);
            return false;
        }
        return true;
    }

    private void checkIn(Appointment appointment, Instant at) {
        Money copay = rnd.nextInt(10) == 0 ? null : patients.copay.get(appointment.getPatient());
        appointment.checkIn(at, copay);
    }

    /** Courses booked as a series ("twice a week for three weeks"), placed before the diary fills up. */
    private void recurringSeries(LocalDate monday) {
        series(clinic.staff.get(1), clinic.chicago, new RecurrenceRule(monday.minusWeeks(1), LocalTime.of(9, 0),
                clinic.followUp().getDuration(), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 3),
                "Twice a week after the initial assessment");
        series(clinic.staff.get(4), clinic.denver, new RecurrenceRule(monday.plusDays(2), LocalTime.of(7, 30),
                clinic.followUp().getDuration(), EnumSet.of(DayOfWeek.WEDNESDAY), 4),
                "Weekly before practice, through the end of the season");
        series(clinic.staff.get(5), clinic.denver, new RecurrenceRule(monday.plusWeeks(1).plusDays(1),
                LocalTime.of(16, 0), clinic.followUp().getDuration(), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                2), null);
    }

    /** Books the visits of the rule that fit (like the scheduling service, skipping the others). */
    private void series(Staff staff, Location location, RecurrenceRule rule, String note) {
        Patient patient = newPatients.get(location).pollFirst();
        List<TimeSlot> slots = rule.occurrences(location.getZone());
        Instant created = earlier(slots.get(0).start().minus(Duration.ofDays(3)), now.minus(Duration.ofHours(2)));
        AppointmentSeries course = new AppointmentSeries(patient, rule, "frontdesk", created);
        int booked = 0;
        for (TimeSlot slot : slots) {
            Room room = freeRoom(location, slot);
            if (room == null || !fits(staff, location, slot, patient)) {
                continue;
            }
            Appointment visit = book(staff, location, room, clinic.followUp(), patient, slot, note, created);
            course.add(visit);
            booked++;
        }
        if (booked > 0) {
            series.add(course);
        }
    }

    /** Patients with a booking more than a few days out who would rather come earlier. */
    private void waitlist() {
        String[] notes = {"Would take any earlier slot with the same practitioner",
            "Mornings only; works afternoons", "Can come at short notice, lives nearby",
            "After work only", "Any practitioner, any day: wants to start before a race"};
        Instant soon = now.plus(Duration.ofDays(5));
        List<Appointment> candidates = appointments.stream()
                .filter(a -> a.getStatus() == AppointmentStatus.BOOKED && a.getStartsAt().isAfter(soon)
                        && a.getSeries() == null)
                .toList();
        List<Patient> taken = new ArrayList<>();
        for (int i = 0; i < notes.length && !candidates.isEmpty(); i++) {
            Appointment booked = candidates.get(rnd.nextInt(candidates.size()));
            if (taken.stream().anyMatch(p -> p == booked.getPatient())) {
                continue;
            }
            taken.add(booked.getPatient());
            boolean anyone = i == notes.length - 1;
            Set<DayOfWeek> days = switch (i) {
                case 1 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
                case 3 -> EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
                default -> EnumSet.noneOf(DayOfWeek.class);
            };
            LocalTime earliest = i == 3 ? LocalTime.of(15, 0) : LocalTime.of(7, 0);
            LocalTime latest = i == 1 ? LocalTime.of(12, 0) : LocalTime.of(18, 0);
            waitlist.add(new WaitlistEntry(booked.getPatient(), anyone ? List.of() : List.of(booked.getPractitioner()),
                    days, earliest, latest, notes[i], now.minus(Duration.ofHours(6 + rnd.nextInt(5 * 24)))));
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
