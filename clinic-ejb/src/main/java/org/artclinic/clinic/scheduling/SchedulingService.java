package org.artclinic.clinic.scheduling;

import java.security.Principal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.PhoneNumbers;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientCondition;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;
import org.artclinic.clinic.setup.ScheduleException;
import org.artclinic.clinic.setup.WorkingHours;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The schedule. Booking and moving are serialized per practitioner, room and patient: the rows of
 * all three are locked ({@code SELECT ... FOR UPDATE}, in that fixed order, so two bookings cannot
 * deadlock) before the overlap checks, so of two receptionists booking the same slot at the same
 * moment exactly one succeeds and the other is told what is in the way (docs/decisions/0006).
 */
@Stateless
@DenyAll
public class SchedulingService {

    static final List<AppointmentStatus> FREE = List.of(AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW);

    /**
     * A cancellation offers its slot to at most this many waiting patients, longest waiting first:
     * the few the front desk can phone one after the other; the waitlist page lists the rest
     * ({@link #offersFor}).
     */
    public static final int OFFERS_AT_ONCE = 5;

    /** Calendar views may ask for at most this much at once (a month view with its edges). */
    static final Duration MAX_RANGE = Duration.ofDays(62);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    @ConfigProperty(name = "clinic.scheduling.late-cancel-notice-hours", defaultValue = "24")
    private int lateCancelNoticeHours;

    /** The country of phone numbers typed without a country code, for the waitlist's patient filter. */
    @Inject
    @ConfigProperty(name = "clinic.phone.default-region", defaultValue = PhoneNumbers.DEFAULT_REGION)
    private String phoneRegion;

    /** The clinic's one clock (tests pin it, e.g. to check that a slot that has begun is no longer offered). */
    @Inject
    private ClinicClock clock;

    // ---- booking

    /**
     * Books one visit. The request is checked here, once, for every way in: missing fields are an
     * {@link InvalidBooking} naming each; a second visit of the patient on the same day is a
     * {@link SameDayVisit} unless the request confirms it; a taken slot or one outside working time
     * is a {@link SchedulingConflict}.
     */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public Appointment book(BookingRequest request) {
        List<BookingRequest.Problem> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new InvalidBooking(problems);
        }
        Practitioner practitioner = lock(Practitioner.class, request.practitionerId(), "practitioner");
        Room room = request.roomId() == null ? null : lock(Room.class, request.roomId(), "room");
        Patient patient = lock(Patient.class, request.patientId(), "patient");
        AppointmentType type = request.appointmentTypeId() == null ? null
                : find(AppointmentType.class, request.appointmentTypeId(), "appointment type");
        TimeSlot slot = slot(request.start(), request.end(), type);
        Location location = location(request.locationId(), room, practitioner, slot);
        Appointment appointment = new Appointment(patient, practitioner, location, room, type, slot,
                request.notes(), caller(), clock.now());
        requireFree(appointment, practitioner, room, slot);
        if (!request.confirmSameDay()) {
            requireNoOtherVisitThatDay(patient, slot.start(), List.of());
        }
        em.persist(appointment);
        return appointment;
    }

    /**
     * The patient's other visits that hold their slot on the local day of {@code start}: a
     * {@link SameDayVisit}. The visits being moved (one, or a series moving together) are left out.
     */
    private void requireNoOtherVisitThatDay(Patient patient, Instant start, Collection<Appointment> moving) {
        List<Appointment> others = em.createNamedQuery(Appointment.OF_PATIENT_STARTING, Appointment.class)
                .setParameter("patient", patient)
                .setParameter("from", start.minus(Duration.ofDays(1)))
                .setParameter("to", start.plus(Duration.ofDays(1))).getResultList()
                .stream().filter(visit -> !moving.contains(visit)).toList();
        Optional<SameDayVisit> sameDay = SameDayVisit.among(others, start);
        if (sameDay.isPresent()) {
            throw sameDay.get();
        }
    }

    /**
     * Moves or resizes an appointment (drag and drop, or the dialog's pickers), possibly to another
     * practitioner or room. A move to another day on which the patient already has a visit is a
     * {@link SameDayVisit}, as a booking is, until the desk confirms it.
     */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public Appointment reschedule(long appointmentId, long version, long practitionerId, Long roomId, Instant start,
            Instant end) {
        return reschedule(appointmentId, version, practitionerId, roomId, start, end, false);
    }

    /** {@link #reschedule(long, long, long, Long, Instant, Instant)}, the desk having confirmed a second visit that day. */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public Appointment reschedule(long appointmentId, long version, long practitionerId, Long roomId, Instant start,
            Instant end, boolean confirmSameDay) {
        Appointment appointment = find(Appointment.class, appointmentId, "appointment");
        // a visit moved within its own day keeps the day it was booked (and confirmed) for
        boolean otherDay = !appointment.isOnDayOf(start);
        Practitioner practitioner = lock(Practitioner.class, practitionerId, "practitioner");
        Room room = roomId == null ? null : lock(Room.class, roomId, "room");
        lock(Patient.class, appointment.getPatient().getId(), "patient");
        lockCurrent(appointment).requireVersion(version, "this appointment");
        TimeSlot slot = new TimeSlot(start, end);
        appointment.reschedule(practitioner, room, slot);
        requireFree(appointment, practitioner, room, slot);
        if (otherDay && !confirmSameDay) {
            requireNoOtherVisitThatDay(appointment.getPatient(), start, List.of(appointment));
        }
        return appointment;
    }

    @RolesAllowed(Role.Names.FRONT_DESK)
    public Appointment changeNotes(long appointmentId, long version, String notes) {
        Appointment appointment = find(Appointment.class, appointmentId, "appointment");
        appointment.requireVersion(version, "this appointment");
        appointment.changeNotes(notes);
        return appointment;
    }

    // ---- the day

    @RolesAllowed(Role.Names.FRONT_DESK)
    public Appointment checkIn(long appointmentId, Money copayCollected) {
        Appointment appointment = find(Appointment.class, appointmentId, "appointment");
        appointment.checkIn(clock.now(), copayCollected);
        if (copayCollected != null && !copayCollected.isZero()) {
            // the copay lands in billing as the patient's payment (issue 12)
            em.persist(org.artclinic.clinic.billing.Payment.fromPatient(appointment.getPatient(), copayCollected,
                    appointment.getStartsAt().atZone(appointment.getLocation().getZone()).toLocalDate(),
                    org.artclinic.clinic.billing.PaymentMethod.NOT_RECORDED, "Copay at check-in", appointment.getId(),
                    session.getCallerPrincipal().getName(), clock.now()));
        }
        return appointment;
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public Appointment startTreatment(long appointmentId) {
        Appointment appointment = find(Appointment.class, appointmentId, "appointment");
        appointment.startTreatment(clock.now());
        return appointment;
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public Appointment complete(long appointmentId) {
        Appointment appointment = find(Appointment.class, appointmentId, "appointment");
        appointment.complete(clock.now());
        return appointment;
    }

    @RolesAllowed(Role.Names.FRONT_DESK)
    public Appointment markNoShow(long appointmentId) {
        Appointment appointment = find(Appointment.class, appointmentId, "appointment");
        appointment.markNoShow(clock.now());
        return appointment;
    }

    /**
     * Cancels one appointment and returns the first {@link #OFFERS_AT_ONCE} waitlisted patients who
     * would take its slot, longest waiting first, and how many more would.
     */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public CancellationResult cancel(long appointmentId, String reason) {
        Appointment appointment = find(Appointment.class, appointmentId, "appointment");
        appointment.cancel(reason, clock.now(), policy());
        List<Long> first = candidates(appointment, 0, OFFERS_AT_ONCE);
        long more = first.size() < OFFERS_AT_ONCE ? 0 : countCandidates(appointment) - first.size();
        return new CancellationResult(appointment, offers(appointment, first), more);
    }

    // ---- reading

    /** Appointments overlapping [from, to), optionally only of some practitioners or rooms. */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    public List<CalendarEntry> between(Instant from, Instant to, Collection<Long> practitionerIds,
            Collection<Long> roomIds) {
        return rangeQuery(from, to, null, practitionerIds, roomIds);
    }

    /**
     * The visits overlapping [from, to) as {@link CalendarEntry} rows: one range query on the indexed
     * start column that selects only the columns a calendar shows and the patient's name, no entity
     * built (a location's week is over a thousand visits at scale 1); then the names of the few
     * practitioners, locations, rooms and visit types those rows name, one small query each. Joined
     * into the range query, those four tables took PostgreSQL 2.4 ms to plan and 1.5 ms more to run
     * for every calendar it answered, most of its CPU in the REST closed loop (issue 14).
     */
    private List<CalendarEntry> rangeQuery(Instant from, Instant to, Long locationId, Collection<Long> practitionerIds,
            Collection<Long> roomIds) {
        TimeSlot range = new TimeSlot(from, to);
        if (range.duration().compareTo(MAX_RANGE) > 0) {
            throw new DomainException("Ask for at most " + MAX_RANGE.toDays() + " days of appointments at once.");
        }
        StringBuilder jpql = new StringBuilder(ENTRY_COLUMNS
                + " WHERE a.startsAt < :end AND a.startsAt > :earliest AND a.endsAt > :start");
        boolean byPractitioner = practitionerIds != null && !practitionerIds.isEmpty();
        boolean byRoom = roomIds != null && !roomIds.isEmpty();
        if (locationId != null) {
            jpql.append(" AND a.locationId = :location");
        }
        if (byPractitioner) {
            jpql.append(" AND a.practitionerId IN :practitioners");
        }
        if (byRoom) {
            jpql.append(" AND a.roomId IN :rooms");
        }
        var query = em.createQuery(jpql.append(" ORDER BY a.startsAt, a.id").toString(), Object[].class)
                .setParameter("start", from)
                .setParameter("earliest", from.minus(Appointment.MAX_LENGTH))
                .setParameter("end", to);
        if (locationId != null) {
            query.setParameter("location", locationId);
        }
        if (byPractitioner) {
            query.setParameter("practitioners", practitionerIds);
        }
        if (byRoom) {
            query.setParameter("rooms", roomIds);
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, Object[]> practitioners = namesOf("SELECT x.id, x.displayName, x.colour FROM Practitioner x", rows, 8);
        Map<Long, Object[]> locations = namesOf("SELECT x.id, x.name, x.timeZone FROM Location x", rows, 9);
        Map<Long, Object[]> rooms = namesOf("SELECT x.id, x.name FROM Room x", rows, 10);
        Map<Long, Object[]> types = namesOf("SELECT x.id, x.name FROM AppointmentType x", rows, 11);
        return rows.stream().map(row -> entry(row, practitioners, locations, rooms, types)).toList();
    }

    /** The columns of a calendar row: the visit's, its patient's name and the ids of its set-up rows. */
    private static final String ENTRY_COLUMNS = "SELECT a.id, a.version, a.status, a.startsAt, a.endsAt, "
            + "p.id, p.givenName, p.familyName, a.practitionerId, a.locationId, a.roomId, a.appointmentTypeId, "
            + "a.seriesId, a.notes, a.checkedInAt, a.copayCollected.amount, a.cancelledAt, a.cancellationReason, "
            + "a.lateCancellation, a.noShowAt FROM Appointment a JOIN a.patient p";

    /** The rows of a small set-up table that {@code rows} name in column {@code column}, by id. */
    private Map<Long, Object[]> namesOf(String select, List<Object[]> rows, int column) {
        Set<Long> ids = new HashSet<>();
        for (Object[] row : rows) {
            Long id = longOrNull(row[column]);
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        for (Object[] named : em.createQuery(select + " WHERE x.id IN :ids", Object[].class).setParameter("ids", ids)
                .getResultList()) {
            byId.put(((Number) named[0]).longValue(), named);
        }
        return byId;
    }

    private static CalendarEntry entry(Object[] row, Map<Long, Object[]> practitioners, Map<Long, Object[]> locations,
            Map<Long, Object[]> rooms, Map<Long, Object[]> types) {
        Object[] practitioner = practitioners.get(longOrNull(row[8]));
        Object[] location = locations.get(longOrNull(row[9]));
        Long roomId = longOrNull(row[10]);
        Long typeId = longOrNull(row[11]);
        return new CalendarEntry(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (AppointmentStatus) row[2], (Instant) row[3], (Instant) row[4],
                ((Number) row[5]).longValue(), (String) row[6], (String) row[7],
                ((Number) row[8]).longValue(), (String) practitioner[1], (String) practitioner[2],
                ((Number) row[9]).longValue(), (String) location[1], (String) location[2],
                roomId, roomId == null ? null : (String) rooms.get(roomId)[1],
                typeId, typeId == null ? null : (String) types.get(typeId)[1], longOrNull(row[12]),
                (String) row[13], (Instant) row[14], (java.math.BigDecimal) row[15], (Instant) row[16],
                (String) row[17], Boolean.TRUE.equals(row[18]), (Instant) row[19]);
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /**
     * The calendar's appointments overlapping [from, to) at one location, optionally only of some
     * practitioners or rooms: one range query on the indexed start column.
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    public List<CalendarEntry> between(Instant from, Instant to, long locationId, Collection<Long> practitionerIds,
            Collection<Long> roomIds) {
        return rangeQuery(from, to, locationId, practitionerIds, roomIds);
    }

    /** How far ahead "the next free slot" looks. */
    static final int SEARCH_DAYS = 14;

    /**
     * Who works at the location between two local dates ({@code from} inclusive, {@code to}
     * exclusive, at most {@link #MAX_RANGE}) and when: every active practitioner with weekly hours
     * there, or only those asked for, by name; two queries whatever the range.
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    public List<Availability> availability(long locationId, Collection<Long> practitionerIds, LocalDate from,
            LocalDate to) {
        Location location = find(Location.class, locationId, "location");
        ZoneId zone = location.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new DomainException("Ask for 1 to " + MAX_RANGE.toDays() + " days of working time at once.");
        }
        List<WorkingHours> hours = em.createNamedQuery(WorkingHours.AT_LOCATION, WorkingHours.class)
                .setParameter("location", location).getResultList();
        List<ScheduleException> exceptions = em.createNamedQuery(ScheduleException.IN_RANGE_AT, ScheduleException.class)
                .setParameter("location", location).setParameter("start", start).setParameter("end", end)
                .getResultList();
        java.util.Map<Practitioner, List<WorkingHours>> byPractitioner = new java.util.LinkedHashMap<>();
        hours.stream().filter(h -> practitionerIds == null || practitionerIds.isEmpty()
                || practitionerIds.contains(h.getPractitioner().getId()))
                .forEach(h -> byPractitioner.computeIfAbsent(h.getPractitioner(), p -> new ArrayList<>()).add(h));
        List<Availability> result = new ArrayList<>();
        byPractitioner.forEach((practitioner, own) -> {
            List<ScheduleException> affecting = exceptions.stream().filter(e -> e.getPractitioner() == null
                    || e.getPractitioner().equals(practitioner)).toList();
            List<TimeSlot> spans = new ArrayList<>();
            for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
                spans.addAll(WorkingTime.workingSpans(day, zone, own, affecting));
            }
            result.add(new Availability(practitioner, spans));
        });
        return result;
    }

    /**
     * The first free slot of {@code length} from now on, in the next {@link #SEARCH_DAYS} days at the
     * location: of one of these practitioners (any who works there when none is given), earliest first.
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    public Optional<SlotProposal> nextFreeSlot(long locationId, Collection<Long> practitionerIds, Duration length) {
        Location location = find(Location.class, locationId, "location");
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, location.getZone());
        List<Availability> working = availability(locationId, practitionerIds, today, today.plusDays(SEARCH_DAYS));
        if (working.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = working.stream().map(a -> a.practitioner().getId()).toList();
        Instant end = today.plusDays(SEARCH_DAYS).atStartOfDay(location.getZone()).toInstant();
        List<CalendarEntry> booked = rangeQuery(now, end, null, ids, null).stream().filter(CalendarEntry::holdsSlot)
                .toList();
        return working.stream()
                .flatMap(a -> WorkingTime.firstFree(a.spans(), booked.stream()
                        .filter(b -> b.practitionerId() == a.practitioner().getId()).map(CalendarEntry::slot).toList(),
                        now, length, Duration.ofMinutes(15)).map(slot -> new SlotProposal(a.practitioner(), slot)).stream())
                .min(java.util.Comparator.comparing((SlotProposal p) -> p.slot().start()));
    }

    /** The location's rooms in use that nobody has taken in the slot, by name. */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public List<Room> freeRooms(long locationId, TimeSlot slot) {
        List<?> taken = em.createNamedQuery(Appointment.ROOMS_TAKEN)
                .setParameter("location", locationId).setParameter("start", slot.start())
                .setParameter("end", slot.end()).setParameter("earliest", slot.start().minus(Appointment.MAX_LENGTH))
                .setParameter("free", FREE).getResultList();
        return em.createNamedQuery(Room.ACTIVE_AT, Room.class).setParameter("location", locationId)
                .getResultStream().filter(r -> !taken.contains(r.getId())).toList();
    }

    /**
     * The appointment type to propose: the one the patient had most often in the last year, else the
     * one the practitioner saw most often in the last 90 days; empty when neither has any.
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public Optional<Long> usualType(Long patientId, Long practitionerId) {
        Instant now = clock.now();
        if (patientId != null) {
            Optional<Long> patients = firstId(em.createNamedQuery(Appointment.USUAL_TYPES_OF_PATIENT)
                    .setParameter("patient", patientId).setParameter("since", now.minus(Duration.ofDays(365))));
            if (patients.isPresent()) {
                return patients;
            }
        }
        return practitionerId == null ? Optional.empty()
                : firstId(em.createNamedQuery(Appointment.USUAL_TYPES_OF_PRACTITIONER)
                        .setParameter("practitioner", practitionerId).setParameter("since", now.minus(Duration.ofDays(90))));
    }

    private static Optional<Long> firstId(Query query) {
        return query.setMaxResults(1).getResultList().stream()
                .map(row -> ((Number) ((Object[]) row)[0]).longValue()).findFirst();
    }

    /** Why the practitioner cannot see a patient at the location in the slot; empty when they can. */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public Optional<String> workingTimeProblem(long practitionerId, long locationId, TimeSlot slot) {
        return workingTimeProblem(find(Practitioner.class, practitionerId, "practitioner"),
                find(Location.class, locationId, "location"), slot);
    }


    // ---- a day's appointments (day sheet, My day): one query per location, on the start index

    /** Appointments with their patient, practitioner, room, type and location, for a page to show. */
    private static final String DAY_QUERY = "SELECT a FROM Appointment a JOIN FETCH a.patient "
            + "JOIN FETCH a.practitioner LEFT JOIN FETCH a.room LEFT JOIN FETCH a.appointmentType "
            + "JOIN FETCH a.location WHERE a.location = :location ";

    /**
     * The first of the given locations (in the order given) with a visit that holds its slot on that
     * location's own date at {@code now}: where the day sheet opens when nothing else says where the
     * desk works. One small query per location, stopping at the first that has one.
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    public Optional<Long> firstLocationWithVisitsOn(List<Long> locationIds, Instant now) {
        for (Long id : locationIds) {
            Location location = em.find(Location.class, id);
            if (location == null) {
                continue;
            }
            LocalDate today = LocalDate.ofInstant(now, location.getZone());
            boolean any = !em.createQuery("SELECT a.id FROM Appointment a WHERE a.location = :location "
                    + "AND a.startsAt >= :start AND a.startsAt < :end AND a.status NOT IN :free", Long.class)
                    .setParameter("location", location)
                    .setParameter("start", today.atStartOfDay(location.getZone()).toInstant())
                    .setParameter("end", today.plusDays(1).atStartOfDay(location.getZone()).toInstant())
                    .setParameter("free", FREE).setMaxResults(1).getResultList().isEmpty();
            if (any) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** One day at a location, in its time zone: the front desk's day sheet (visits overlapping the day). */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    public List<CalendarEntry> day(long locationId, LocalDate day) {
        Location location = find(Location.class, locationId, "location");
        ZoneId zone = location.getZone();
        return rangeQuery(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), locationId,
                null, null);
    }

    /**
     * A practitioner's visits of today, cancelled ones left out: at each open location, those
     * starting on that location's date at {@code now} (in Denver it may still be yesterday when
     * Chicago's day has begun), earliest first. One query per open location.
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    public List<Appointment> dayOfPractitioner(long practitionerId, Instant now) {
        return dayOfPractitioner(practitionerId, now, null);
    }

    /** As {@link #dayOfPractitioner(long, Instant)}, but on {@code date} at every location when it is not null. */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    public List<Appointment> dayOfPractitioner(long practitionerId, Instant now, LocalDate date) {
        Practitioner practitioner = find(Practitioner.class, practitionerId, "practitioner");
        List<Appointment> day = new ArrayList<>();
        for (Location location : em.createNamedQuery(Location.ACTIVE, Location.class).getResultList()) {
            LocalDate today = date != null ? date : LocalDate.ofInstant(now, location.getZone());
            day.addAll(em.createQuery(DAY_QUERY + "AND a.practitioner = :practitioner AND a.status <> :cancelled "
                    + "AND a.startsAt >= :start AND a.startsAt < :end ORDER BY a.startsAt, a.id", Appointment.class)
                    .setParameter("location", location)
                    .setParameter("practitioner", practitioner)
                    .setParameter("cancelled", AppointmentStatus.CANCELLED)
                    .setParameter("start", today.atStartOfDay(location.getZone()).toInstant())
                    .setParameter("end", today.plusDays(1).atStartOfDay(location.getZone()).toInstant())
                    .getResultList());
        }
        day.sort(Comparator.comparing(Appointment::getStartsAt).thenComparing(Appointment::getId));
        return day;
    }

    /**
     * The date of the practitioner's next visit that is not cancelled, starting on or after
     * {@code from}, in its location's zone: where "My day" points when the day shown is empty (a
     * Saturday, a holiday). One row by the index on (practitioner, start).
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    public Optional<LocalDate> nextDayOfPractitioner(long practitionerId, Instant from) {
        return em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.location WHERE a.practitioner = :practitioner "
                + "AND a.status <> :cancelled AND a.startsAt >= :from ORDER BY a.startsAt, a.id", Appointment.class)
                .setParameter("practitioner", find(Practitioner.class, practitionerId, "practitioner"))
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("from", from)
                .setMaxResults(1).getResultStream().findFirst()
                .map(a -> LocalDate.ofInstant(a.getStartsAt(), a.getLocation().getZone()));
    }

    // ---- (end of a day's appointments)

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    public Appointment appointment(long id) {
        return find(Appointment.class, id, "appointment");
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public List<Appointment> ofPatient(long patientId, int first, int pageSize) {
        return em.createNamedQuery(Appointment.OF_PATIENT, Appointment.class)
                .setParameter("patient", find(Patient.class, patientId, "patient"))
                .setFirstResult(first).setMaxResults(Math.min(pageSize, 200)).getResultList();
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public long countOfPatient(long patientId) {
        return em.createNamedQuery(Appointment.COUNT_OF_PATIENT, Long.class)
                .setParameter("patient", find(Patient.class, patientId, "patient")).getSingleResult();
    }

    // ---- recurring series

    /** Every visit the series would have, each with its conflicts, without booking anything. */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public List<OccurrencePreview> preview(SeriesRequest request) {
        Practitioner practitioner = find(Practitioner.class, request.practitionerId(), "practitioner");
        Room room = request.roomId() == null ? null : find(Room.class, request.roomId(), "room");
        Patient patient = find(Patient.class, request.patientId(), "patient");
        Location location = find(Location.class, request.locationId(), "location");
        List<OccurrencePreview> previews = new ArrayList<>();
        for (TimeSlot slot : request.rule().occurrences(location.getZone())) {
            previews.add(new OccurrencePreview(slot, conflicts(-1L, practitioner, room, patient, location, slot)));
        }
        return previews;
    }

    /** Books the free visits of a series (all under the same locks as single bookings) and skips the others. */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public SeriesResult bookSeries(SeriesRequest request) {
        Practitioner practitioner = lock(Practitioner.class, request.practitionerId(), "practitioner");
        Room room = request.roomId() == null ? null : lock(Room.class, request.roomId(), "room");
        Patient patient = lock(Patient.class, request.patientId(), "patient");
        Location location = find(Location.class, request.locationId(), "location");
        AppointmentType type = request.appointmentTypeId() == null ? null
                : find(AppointmentType.class, request.appointmentTypeId(), "appointment type");
        AppointmentSeries series = new AppointmentSeries(patient, request.rule(), caller(), clock.now());
        List<Appointment> booked = new ArrayList<>();
        List<OccurrencePreview> skipped = new ArrayList<>();
        for (TimeSlot slot : request.rule().occurrences(location.getZone())) {
            List<String> conflicts = conflicts(-1L, practitioner, room, patient, location, slot);
            if (!conflicts.isEmpty()) {
                skipped.add(new OccurrencePreview(slot, conflicts));
                continue;
            }
            Appointment visit = new Appointment(patient, practitioner, location, room, type, slot, request.notes(),
                    caller(), clock.now());
            if (booked.isEmpty()) {
                em.persist(series);
            }
            series.add(visit);
            em.persist(visit);
            em.flush(); // the next occurrence's checks see this one
            booked.add(visit);
        }
        if (booked.isEmpty()) {
            throw new SchedulingConflict(List.of("No visit of this series is free: "
                    + String.join(" ", skipped.get(0).conflicts())));
        }
        return new SeriesResult(series, booked, skipped);
    }

    /** Cancels one visit of a series, it and the later ones, or all visits still to come. */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public List<Appointment> cancelSeries(long appointmentId, SeriesScope scope, String reason) {
        List<Appointment> affected = inScope(appointmentId, scope);
        Instant now = clock.now();
        List<Appointment> cancelled = new ArrayList<>();
        for (Appointment visit : affected) {
            if (visit.getStatus() == AppointmentStatus.BOOKED) {
                visit.cancel(reason, now, policy());
                cancelled.add(visit);
            }
        }
        return cancelled;
    }

    /**
     * Moves visits of a series by the same shift (e.g. one hour later, or to the next day), and
     * optionally to another practitioner or room. Either every visit in scope moves or none does:
     * a conflict on any of them refuses the whole change, naming it. A visit moved to another day on
     * which the patient already has a visit is a {@link SameDayVisit}, as a single move is.
     */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public List<Appointment> moveSeries(long appointmentId, long version, SeriesScope scope, long days, long minutes,
            Long practitionerId, Long roomId) {
        return moveSeries(appointmentId, version, scope, days, minutes, practitionerId, roomId, false);
    }

    /**
     * {@link #moveSeries(long, long, SeriesScope, long, long, Long, Long)}, the desk having confirmed
     * the second visits on the days the series lands on ({@code confirmSameDay}).
     */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public List<Appointment> moveSeries(long appointmentId, long version, SeriesScope scope, long days, long minutes,
            Long practitionerId, Long roomId, boolean confirmSameDay) {
        Appointment chosen = find(Appointment.class, appointmentId, "appointment");
        Practitioner newPractitioner = practitionerId == null ? null
                : lock(Practitioner.class, practitionerId, "practitioner");
        Room newRoom = roomId == null ? null : lock(Room.class, roomId, "room");
        lock(Patient.class, chosen.getPatient().getId(), "patient");
        lockCurrent(chosen).requireVersion(version, "this appointment");
        List<Appointment> moved = new ArrayList<>();
        List<Appointment> visits = new ArrayList<>(inScope(appointmentId, scope));
        if (days > 0 || (days == 0 && minutes > 0)) {
            // move the latest first, so that no visit collides with a later one that has yet to move
            java.util.Collections.reverse(visits);
        }
        for (Appointment visit : visits) {
            if (visit.getStatus() != AppointmentStatus.BOOKED) {
                continue;
            }
            // unless a new practitioner or room is chosen, every visit keeps its own
            Practitioner practitioner = newPractitioner != null ? newPractitioner : visit.getPractitioner();
            Room room = newRoom != null ? newRoom : visit.getRoom();
            TimeSlot slot = visit.getSlot().shiftedOnWallClock(days, minutes, visit.getLocation().getZone());
            // the same rule as a single move: a visit that stays on its day keeps the day it was booked for
            boolean otherDay = !visit.isOnDayOf(slot.start());
            visit.reschedule(practitioner, room, slot);
            requireFree(visit, practitioner, room, slot);
            if (otherDay && !confirmSameDay) {
                requireNoOtherVisitThatDay(visit.getPatient(), slot.start(), visits);
            }
            em.flush();
            moved.add(visit);
        }
        return moved;
    }

    private List<Appointment> inScope(long appointmentId, SeriesScope scope) {
        Appointment chosen = find(Appointment.class, appointmentId, "appointment");
        if (scope == SeriesScope.THIS || chosen.getSeries() == null) {
            return List.of(chosen);
        }
        List<Appointment> all = em.createNamedQuery(Appointment.OF_SERIES, Appointment.class)
                .setParameter("series", chosen.getSeries()).getResultList();
        Instant from = scope == SeriesScope.ALL ? clock.now() : chosen.getStartsAt();
        return all.stream().filter(a -> !a.getStartsAt().isBefore(from) || a.equals(chosen)).toList();
    }

    // ---- waitlist

    @RolesAllowed(Role.Names.FRONT_DESK)
    public WaitlistEntry addToWaitlist(long patientId, Collection<Long> practitionerIds, Set<DayOfWeek> days,
            LocalTime earliest, LocalTime latest, String note) {
        Patient patient = find(Patient.class, patientId, "patient");
        List<Practitioner> practitioners = practitionerIds == null ? List.of()
                : practitionerIds.stream().map(id -> find(Practitioner.class, id, "practitioner")).toList();
        WaitlistEntry entry = new WaitlistEntry(patient, practitioners, days, earliest, latest, note, clock.now());
        em.persist(entry);
        return entry;
    }

    /**
     * A page of the waitlist, longest waiting first, with each entry's patient, practitioners and
     * days (three queries whatever the page size).
     *
     * @param statuses the entries' statuses; empty for all
     * @param patientText narrows to patients found by this text as in the patient search; blank for all
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public List<WaitlistEntry> waitlist(Collection<WaitlistEntry.Status> statuses, String patientText, int first,
            int pageSize) {
        PatientCondition search = PatientCondition.of(patientText, phoneRegion);
        TypedQuery<WaitlistEntry> query = em.createQuery("SELECT w FROM WaitlistEntry w JOIN FETCH w.patient p "
                + "WHERE w.status IN :statuses AND " + search.where() + " ORDER BY w.createdAt, w.id",
                WaitlistEntry.class);
        search.bind(query).setParameter("statuses", statuses(statuses))
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.max(1, Math.min(pageSize, 200)));
        return withPreferences(query);
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public long countWaitlist(Collection<WaitlistEntry.Status> statuses, String patientText) {
        PatientCondition search = PatientCondition.of(patientText, phoneRegion);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(w) FROM WaitlistEntry w JOIN w.patient p "
                + "WHERE w.status IN :statuses AND " + search.where(), Long.class);
        return search.bind(query).setParameter("statuses", statuses(statuses)).getSingleResult();
    }

    private static Collection<WaitlistEntry.Status> statuses(Collection<WaitlistEntry.Status> statuses) {
        return statuses == null || statuses.isEmpty() ? List.of(WaitlistEntry.Status.values()) : statuses;
    }

    /** Runs the query with the entries' practitioners and days batch-fetched, and reads them before returning. */
    private static List<WaitlistEntry> withPreferences(TypedQuery<WaitlistEntry> query) {
        List<WaitlistEntry> entries = query.setHint(WaitlistEntry.BATCH, "w.practitioners")
                .setHint(WaitlistEntry.BATCH, "w.days").setHint(WaitlistEntry.BATCH_TYPE, "IN").getResultList();
        // the pages render them after the transaction: load them now (one query each for all entries)
        entries.forEach(entry -> {
            entry.getPractitioners().size();
            entry.getDays().size();
        });
        return entries;
    }

    @RolesAllowed(Role.Names.FRONT_DESK)
    public void removeFromWaitlist(long entryId) {
        find(WaitlistEntry.class, entryId, "waitlist entry").remove();
    }

    /** Books a waitlisted patient into a slot (usually one just freed) and takes them off the list. */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public Appointment bookFromWaitlist(long entryId, BookingRequest request) {
        WaitlistEntry entry = find(WaitlistEntry.class, entryId, "waitlist entry");
        if (!entry.getPatient().getId().equals(request.patientId())) {
            throw new DomainException("This waitlist entry is for another patient.");
        }
        if (request.start() != null && !request.start().isAfter(clock.now())) {
            throw new DomainException("That slot has begun, so it can no longer be offered to "
                    + entry.getPatient().getFullName() + ".");
        }
        entry.booked(); // refused unless still waiting; a failed booking below rolls it back
        // the patient asked for this slot on the phone: a second visit that day is what they want
        return book(request.confirmingSameDay());
    }

    /**
     * A page of the waiting patients who would take a cancelled appointment's slot, longest waiting
     * first: all of them, where {@link #cancel} offers only the first few. The database selects and
     * pages the candidates (waiting, this practitioner or anyone, this weekday or any day, a window
     * around the slot's local times); {@link WaitlistEntry#wants} has the last word.
     *
     * @throws DomainException when the appointment is not cancelled, so its slot is not free
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public List<WaitlistEntry> offersFor(long appointmentId, int first, int pageSize) {
        Appointment freed = freed(appointmentId);
        return offers(freed, candidates(freed, Math.max(first, 0), Math.max(1, Math.min(pageSize, 200))));
    }

    /** How many waiting patients would take a cancelled appointment's slot (see {@link #offersFor}). */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public long countOffersFor(long appointmentId) {
        return countCandidates(freed(appointmentId));
    }

    /**
     * Books a waitlisted patient into the slot a cancelled appointment freed: its practitioner,
     * location, room, appointment type and times.
     */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public Appointment bookFromWaitlistInto(long entryId, long freedAppointmentId) {
        Appointment freed = freed(freedAppointmentId);
        WaitlistEntry entry = find(WaitlistEntry.class, entryId, "waitlist entry");
        return bookFromWaitlist(entryId, new BookingRequest(entry.getPatient().getId(), freed.getPractitioner().getId(),
                freed.getLocation().getId(), freed.getRoom() == null ? null : freed.getRoom().getId(),
                freed.getAppointmentType() == null ? null : freed.getAppointmentType().getId(),
                freed.getStartsAt(), freed.getEndsAt(), null));
    }

    /**
     * The cancelled appointment whose slot is offered; refused once the slot has begun or someone
     * else was booked into it, so nobody is offered a slot that cannot be booked.
     */
    private Appointment freed(long appointmentId) {
        Appointment appointment = find(Appointment.class, appointmentId, "appointment");
        if (appointment.getStatus() != AppointmentStatus.CANCELLED) {
            throw new DomainException("The appointment of " + appointment.describe()
                    + " is not cancelled, so its slot is not free.");
        }
        if (!appointment.getStartsAt().isAfter(clock.now())) {
            throw new DomainException("The slot of the cancelled appointment of " + appointment.describe()
                    + " has begun, so it can no longer be offered.");
        }
        TimeSlot slot = appointment.getSlot();
        Optional<Appointment> taken = overlapping(Appointment.OVERLAPPING_PRACTITIONER, "practitioner",
                appointment.getPractitioner(), slot, appointment.getId());
        if (taken.isEmpty() && appointment.getRoom() != null) {
            taken = overlapping(Appointment.OVERLAPPING_ROOM, "room", appointment.getRoom(), slot, appointment.getId());
        }
        taken.ifPresent(other -> {
            throw new DomainException("The slot of the cancelled appointment of " + appointment.describe()
                    + " has been taken: " + other.describe() + ".");
        });
        return appointment;
    }

    /** The ids of a page of the entries that may want the freed slot, longest waiting first. */
    private List<Long> candidates(Appointment freed, int first, int max) {
        Query query = candidateQuery(WaitlistEntry.CANDIDATES, freed);
        if (query == null) {
            return List.of();
        }
        return ((List<?>) query.setParameter(6, max).setParameter(7, first).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    private long countCandidates(Appointment freed) {
        Query query = candidateQuery(WaitlistEntry.COUNT_CANDIDATES, freed);
        return query == null ? 0 : ((Number) query.getSingleResult()).longValue();
    }

    /** The candidates query with the freed slot's parameters; null for a slot that spans two local days. */
    private Query candidateQuery(String name, Appointment freed) {
        ZoneId zone = freed.getLocation().getZone();
        ZonedDateTime start = freed.getStartsAt().atZone(zone);
        ZonedDateTime end = freed.getEndsAt().atZone(zone);
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            return null; // a window is a span of one day's clock
        }
        return em.createNamedQuery(name)
                .setParameter(1, freed.getPatient().getId())
                .setParameter(2, freed.getPractitioner().getId())
                .setParameter(3, start.getDayOfWeek().name())
                .setParameter(4, start.toLocalTime().withNano(0).toString())
                .setParameter(5, end.toLocalTime().withNano(0).toString());
    }

    /** The entries with these ids, in their order, with patients and wishes read. */
    private List<WaitlistEntry> offers(Appointment freed, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<WaitlistEntry> entries = em.createNamedQuery(WaitlistEntry.WITH_IDS, WaitlistEntry.class)
                .setParameter("ids", ids);
        ZoneId zone = freed.getLocation().getZone();
        return withPreferences(entries).stream()
                .filter(entry -> entry.wants(freed.getPractitioner(), freed.getSlot(), zone))
                .toList();
    }

    // ---- rules

    private void requireFree(Appointment appointment, Practitioner practitioner, Room room, TimeSlot slot) {
        long self = appointment.getId() == null ? -1L : appointment.getId();
        List<String> conflicts = conflicts(self, practitioner, room, appointment.getPatient(),
                appointment.getLocation(), slot);
        if (!conflicts.isEmpty()) {
            throw new SchedulingConflict(conflicts);
        }
    }

    private List<String> conflicts(long self, Practitioner practitioner, Room room, Patient patient,
            Location location, TimeSlot slot) {
        List<String> conflicts = new ArrayList<>();
        overlapping(Appointment.OVERLAPPING_PRACTITIONER, "practitioner", practitioner, slot, self)
                .ifPresent(a -> conflicts.add(practitioner.getDisplayName() + " is already booked: " + a.describe() + "."));
        if (room != null) {
            overlapping(Appointment.OVERLAPPING_ROOM, "room", room, slot, self)
                    .ifPresent(a -> conflicts.add(room.getName() + " is already taken: " + a.describe() + "."));
        }
        overlapping(Appointment.OVERLAPPING_PATIENT, "patient", patient, slot, self)
                .ifPresent(a -> conflicts.add(patient.getFullName() + " already has an appointment: " + a.describe() + "."));
        workingTimeProblem(practitioner, location, slot).ifPresent(conflicts::add);
        return conflicts;
    }

    private Optional<Appointment> overlapping(String query, String parameter, Object who, TimeSlot slot, long self) {
        return em.createNamedQuery(query, Appointment.class)
                .setParameter(parameter, who)
                .setParameter("start", slot.start())
                .setParameter("end", slot.end())
                .setParameter("earliest", slot.start().minus(Appointment.MAX_LENGTH))
                .setParameter("free", FREE)
                .setParameter("selfId", self)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private Optional<String> workingTimeProblem(Practitioner practitioner, Location location, TimeSlot slot) {
        List<WorkingHours> hours = em.createNamedQuery(WorkingHours.OF_PRACTITIONER_AT, WorkingHours.class)
                .setParameter("practitioner", practitioner).setParameter("location", location).getResultList();
        List<ScheduleException> exceptions = em.createNamedQuery(ScheduleException.AFFECTING, ScheduleException.class)
                .setParameter("practitioner", practitioner).setParameter("location", location)
                .setParameter("start", slot.start()).setParameter("end", slot.end()).getResultList();
        return WorkingTime.problem(practitioner.getDisplayName(), location.getName(), slot, location.getZone(), hours,
                exceptions);
    }

    /** The room's location, the one asked for, or the one where the practitioner works at that time. */
    private Location location(Long locationId, Room room, Practitioner practitioner, TimeSlot slot) {
        if (room != null) {
            if (locationId != null && !room.getLocation().getId().equals(locationId)) {
                throw new DomainException(room.getName() + " is not at that location.");
            }
            return room.getLocation();
        }
        if (locationId != null) {
            return find(Location.class, locationId, "location");
        }
        List<WorkingHours> hours = em.createNamedQuery(WorkingHours.OF_PRACTITIONER, WorkingHours.class)
                .setParameter("practitioner", practitioner).getResultList();
        return hours.stream()
                .map(WorkingHours::getLocation)
                .distinct()
                .filter(l -> WorkingTime.problem("", "", slot, l.getZone(),
                        hours.stream().filter(h -> h.getLocation().equals(l)).toList(), List.of()).isEmpty())
                .findFirst()
                .orElseThrow(() -> new SchedulingConflict(List.of(practitioner.getDisplayName()
                        + " does not work at any location at that time.")));
    }

    /** The visit's slot; {@link BookingRequest#problems()} has made sure that the start and an end or type are there. */
    private static TimeSlot slot(Instant start, Instant end, AppointmentType type) {
        return new TimeSlot(start, end != null ? end : start.plus(type.getDuration()));
    }

    /** The clinic's late-cancellation policy, for pages that say beforehand whether a cancellation would be late. */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public CancellationPolicy cancellationPolicy() {
        return policy();
    }

    private CancellationPolicy policy() {
        return CancellationPolicy.ofHours(lateCancelNoticeHours);
    }

    private String caller() {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }

    /** Locks the appointment's row (after its practitioner, room and patient) and reads its current state. */
    private Appointment lockCurrent(Appointment appointment) {
        em.refresh(appointment, LockModeType.PESSIMISTIC_WRITE);
        return appointment;
    }

    private <T> T lock(Class<T> type, long id, String what) {
        T entity = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new DomainException("There is no " + what + " with id " + id + ".");
        }
        return entity;
    }

    private <T> T find(Class<T> type, long id, String what) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw new DomainException("There is no " + what + " with id " + id + ".");
        }
        return entity;
    }
}
