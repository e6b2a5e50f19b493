package org.artclinic.clinic.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;
import org.artclinic.clinic.setup.ScheduleException;
import org.artclinic.clinic.setup.WorkingHours;

/**
 * The set-up of the demo clinic, built in memory through the domain constructors: two locations in
 * different time zones, their rooms, the appointment types, six practitioners with their weekly
 * hours, holidays and time off. Existing appointment types and user accounts with the same names
 * are reused (their names are unique), so the demo never collides with data someone entered.
 */
final class DemoClinic {

    static final String CHICAGO = "Chicago West Loop";
    static final String DENVER = "Denver Highlands";

    static final String INITIAL = "Initial ART assessment";
    static final String FOLLOW_UP = "ART follow-up";
    static final String REASSESSMENT = "Re-assessment";
    static final String HOME_PROGRAM = "Home program review";

    /** A practitioner of the demo clinic with the user name they sign in (and book) with. */
    static final class Staff {
        final Practitioner practitioner;
        final String username;
        final List<WorkingHours> hours = new ArrayList<>();

        Staff(Practitioner practitioner, String username) {
            this.practitioner = practitioner;
            this.username = username;
        }

        List<WorkingHours> hoursAt(Location location) {
            return hours.stream().filter(h -> h.getLocation() == location).toList();
        }
    }

    /** What a demo practitioner is: name, discipline, NPI base (nine digits, or null), colour, login. */
    record StaffSpec(String displayName, Discipline discipline, String npiBase, String colour, String username,
            String fullName) {
    }

    static final List<StaffSpec> STAFF = List.of(
            new StaffSpec("Dr. Priya Raman", Discipline.CHIROPRACTOR, "172839405", "#1f6f78", "practitioner",
                    "Dr. Priya Raman"),
            new StaffSpec("Marcus Delgado, DPT", Discipline.PHYSICAL_THERAPIST, "158204736", "#2e7d32", "mdelgado",
                    "Marcus Delgado"),
            new StaffSpec("Lucía Fernández, LMT", Discipline.MASSAGE_THERAPIST, null, "#b4547a", "lfernandez",
                    "Lucía Fernández"),
            new StaffSpec("Dr. Samuel Okafor", Discipline.PHYSICIAN, "193847562", "#5b4fa8", "sokafor",
                    "Dr. Samuel Okafor"),
            new StaffSpec("Jordan Whitfield, ATC", Discipline.ATHLETIC_TRAINER, null, "#c7781f", "jwhitfield",
                    "Jordan Whitfield"),
            new StaffSpec("Dr. Ingrid Sørensen", Discipline.CHIROPRACTOR, "146285937", "#3a6ea5", "isorensen",
                    "Dr. Ingrid Sørensen"));

    Location chicago;
    Location denver;
    final List<Room> rooms = new ArrayList<>();
    /** Initial assessment, follow-up, re-assessment, home program review, in that order. */
    final List<AppointmentType> types = new ArrayList<>();
    final List<AppointmentType> newTypes = new ArrayList<>();
    final List<UserAccount> newUsers = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();
    final List<ScheduleException> exceptions = new ArrayList<>();

    /**
     * @param existingType an existing appointment type with this name, or null
     * @param existingUser an existing user account with this name, or null
     * @param linkable whether that account may be linked (it has no practitioner yet)
     * @param newUser creates the account of a demo practitioner
     * @param npiFree whether no practitioner has this NPI yet
     */
    void build(LocalDate today, Function<String, AppointmentType> existingType,
            Function<String, UserAccount> existingUser, Function<UserAccount, Boolean> linkable,
            Function<StaffSpec, UserAccount> newUser, Function<String, Boolean> npiFree) {
        chicago = new Location(CHICAGO, Location.zone("America/Chicago"), "(312) 555-0140",
                new Address("820 W Jackson Blvd", "Suite 300", "Chicago", "IL", "60607", "USA"));
        denver = new Location(DENVER, Location.zone("America/Denver"), "(303) 555-0175",
                new Address("3300 Tejon St", "Unit 2", "Denver", "CO", "80211", "USA"));
        for (String name : List.of("Treatment room 1", "Treatment room 2", "Rehab gym")) {
            rooms.add(new Room(chicago, name));
        }
        for (String name : List.of("Room A", "Room B", "Performance studio")) {
            rooms.add(new Room(denver, name));
        }

        type(existingType, INITIAL, 45, "#1f6f78", true);
        type(existingType, FOLLOW_UP, 30, "#3b82c4", true);
        type(existingType, REASSESSMENT, 30, "#8a5cc2", true);
        type(existingType, HOME_PROGRAM, 15, "#c27c2c", false);

        for (StaffSpec spec : STAFF) {
            UserAccount account = existingUser.apply(spec.username());
            if (account == null) {
                account = newUser.apply(spec);
                newUsers.add(account);
            } else if (!linkable.apply(account)) {
                account = null;
            }
            String npi = spec.npiBase() == null ? null : org.artclinic.clinic.setup.Npi.withCheckDigit(spec.npiBase());
            if (npi != null && !npiFree.apply(npi)) {
                npi = null;
            }
            staff.add(new Staff(new Practitioner(spec.displayName(), spec.discipline(), npi, spec.colour(), account),
                    spec.username()));
        }
        weeklyHours();
        holidaysAndTimeOff(today);
    }

    private void type(Function<String, AppointmentType> existing, String name, int minutes, String colour,
            boolean room) {
        AppointmentType type = existing.apply(name);
        if (type == null) {
            type = new AppointmentType(name, minutes, colour, room);
            newTypes.add(type);
        }
        types.add(type);
    }

    private void weeklyHours() {
        Set<DayOfWeek> monToFri = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Staff raman = staff.get(0);
        hours(raman, chicago, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                "08:00", "12:00", "13:00", "17:00");
        hours(raman, chicago, EnumSet.of(DayOfWeek.WEDNESDAY), "08:00", "12:00");
        hours(staff.get(1), chicago, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                "09:00", "13:00", "14:00", "18:00");
        hours(staff.get(2), chicago, EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),
                "10:00", "13:00", "13:30", "18:00");
        Staff okafor = staff.get(3);
        hours(okafor, chicago, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "08:30", "12:00", "13:00", "16:30");
        hours(okafor, denver, EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), "08:00", "12:00", "13:00", "15:00");
        Staff whitfield = staff.get(4);
        hours(whitfield, denver, monToFri, "07:00", "11:00", "12:00", "15:00");
        hours(whitfield, denver, EnumSet.of(DayOfWeek.SATURDAY), "08:00", "12:00");
        hours(staff.get(5), denver, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                "08:00", "12:00", "13:00", "17:00");
        for (Staff s : staff) {
            s.hours.sort((a, b) -> a.getDayOfWeek() != b.getDayOfWeek()
                    ? a.getDayOfWeek().compareTo(b.getDayOfWeek()) : a.getStartTime().compareTo(b.getStartTime()));
        }
    }

    /** One block per pair of times (morning, afternoon): the gap between them is lunch. */
    private static void hours(Staff s, Location location, Set<DayOfWeek> days, String... times) {
        for (DayOfWeek day : days) {
            for (int i = 0; i < times.length; i += 2) {
                s.hours.add(new WorkingHours(s.practitioner, location, day, LocalTime.parse(times[i]),
                        LocalTime.parse(times[i + 1])));
            }
        }
    }

    private void holidaysAndTimeOff(LocalDate today) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        LocalDate first = DemoSchedule.firstDay(today);
        LocalDate last = monday.plusWeeks(DemoSchedule.FUTURE_WEEKS + 1L);
        for (LocalDate holiday : federalHolidays(first.getYear(), last.getYear())) {
            if (!holiday.isBefore(first) && holiday.isBefore(last)) {
                String name = holidayName(holiday);
                exceptions.add(ScheduleException.holiday(chicago, wholeDay(chicago, holiday, 1), name));
                exceptions.add(ScheduleException.holiday(denver, wholeDay(denver, holiday, 1), name));
            }
        }
        exceptions.add(ScheduleException.holiday(denver, wholeDay(denver, monday.plusWeeks(1).plusDays(4), 1),
                "Staff training day"));
        exceptions.add(ScheduleException.timeOff(staff.get(2).practitioner,
                wholeDay(chicago, monday.plusWeeks(1).plusDays(3), 2), "Continuing education course"));
        exceptions.add(ScheduleException.timeOff(staff.get(4).practitioner,
                wholeDay(denver, monday.minusWeeks(1).plusDays(4), 2), "Covering a weekend tournament"));
        ZonedDateTime afternoon = monday.plusWeeks(2).atTime(13, 0).atZone(chicago.getZone());
        exceptions.add(ScheduleException.timeOff(staff.get(0).practitioner,
                new TimeSlot(afternoon.toInstant(), afternoon.plusHours(4).toInstant()), "Personal appointment"));
    }

    private static TimeSlot wholeDay(Location location, LocalDate day, int days) {
        return new TimeSlot(day.atStartOfDay(location.getZone()).toInstant(),
                day.plusDays(days).atStartOfDay(location.getZone()).toInstant());
    }

    /** The federal holidays on which the demo clinic closes (on the day itself, not an observed day). */
    static List<LocalDate> federalHolidays(int fromYear, int toYear) {
        List<LocalDate> days = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            days.add(LocalDate.of(year, Month.JANUARY, 1));
            days.add(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
            days.add(LocalDate.of(year, Month.JULY, 4));
            days.add(LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
            days.add(LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
            days.add(LocalDate.of(year, Month.DECEMBER, 25));
        }
        return days;
    }

    private static String holidayName(LocalDate day) {
        return switch (day.getMonth()) {
            case JANUARY -> "New Year's Day";
            case MAY -> "Memorial Day";
            case JULY -> "Independence Day";
            case SEPTEMBER -> "Labor Day";
            case NOVEMBER -> "Thanksgiving Day";
            default -> "Christmas Day";
        };
    }

    AppointmentType initial() {
        return types.get(0);
    }

    AppointmentType followUp() {
        return types.get(1);
    }

    AppointmentType reassessment() {
        return types.get(2);
    }

    AppointmentType homeProgram() {
        return types.get(3);
    }

    List<Room> roomsAt(Location location) {
        return rooms.stream().filter(r -> r.getLocation() == location).toList();
    }

    /** Holidays of the location and time off of the practitioner. */
    List<ScheduleException> exceptionsFor(Practitioner practitioner, Location location) {
        return exceptions.stream().filter(e -> e.getPractitioner() == practitioner
                || (e.getPractitioner() == null && e.getLocation() == location)).toList();
    }
}
