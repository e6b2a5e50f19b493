package org.artclinic.clinic.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.artclinic.clinic.intake.ConsentText;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.CancellationPolicy;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;

/**
 * Creates the demo clinic (set-up, patients, schedule, waitlist, and the clinical records: intakes,
 * consents, a clearance, outcome measures) unless its locations exist already.
 * Everything is first built and checked in memory through the domain constructors and methods,
 * so a rule violation stops the seeding before anything is written; then it is persisted in one
 * go (EclipseLink batches the inserts). Random choices use a fixed seed: two runs on the same day
 * produce the same clinic.
 */
final class DemoClinicSeeder {

    static final long RANDOM_SEED = 20_240_611L;

    /** What was created, for the log. */
    record Result(int users, int practitioners, int patients, int policies, int appointments, int series,
            int waitlistEntries, int intakes, int consents, int clearances, int outcomeMeasures, int total,
            long buildMillis, long writeMillis) {

        static final Result NOTHING = new Result(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** This result with {@code records} more records written (e.g. credentials added to an existing demo). */
        Result withMore(int records) {
            return new Result(users, practitioners, patients, policies, appointments, series, waitlistEntries,
                    intakes, consents, clearances, outcomeMeasures, total + records, buildMillis, writeMillis);
        }
    }

    private final EntityManager em;
    private final Instant now;
    private final CancellationPolicy policy;
    private final Supplier<String> demoPasswordHash;

    /**
     * @param demoPasswordHash hashes the demo password for the practitioners' new accounts (called
     *        at most once: hashing is deliberately slow)
     */
    DemoClinicSeeder(EntityManager em, Instant now, CancellationPolicy policy, Supplier<String> demoPasswordHash) {
        this.em = em;
        this.now = now;
        this.policy = policy;
        this.demoPasswordHash = demoPasswordHash;
    }

    boolean alreadySeeded() {
        return em.createNamedQuery(Location.ALL, Location.class).getResultStream()
                .anyMatch(l -> l.getName().equals(DemoClinic.CHICAGO) || l.getName().equals(DemoClinic.DENVER));
    }

    /**
     * Creates the demo clinic; when it exists already, only its clinical records if it has none
     * (a demo clinic created before they were seeded); otherwise nothing (an empty result).
     */
    Result seed() {
        if (alreadySeeded()) {
            int credentials = seedMissingCredentials();
            Result records = hasClinicalRecords() ? Result.NOTHING : seedClinicalRecords();
            return credentials == 0 ? records : records.withMore(credentials);
        }
        long started = System.nanoTime();
        DemoClinic clinic = new DemoClinic();
        LocalDate today = now.atZone(ZoneId.of("America/Chicago")).toLocalDate();
        List<AppointmentType> types = em.createNamedQuery(AppointmentType.ALL, AppointmentType.class).getResultList();
        Set<String> npis = Set.copyOf(em.createQuery(
                "SELECT p.npi FROM Practitioner p WHERE p.npi IS NOT NULL", String.class).getResultList());
        String[] hash = new String[1];
        clinic.build(today,
                name -> types.stream().filter(t -> t.getName().equals(name)).findFirst().orElse(null),
                username -> em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                        .setParameter("username", username).getResultStream().findFirst().orElse(null),
                account -> em.createNamedQuery(Practitioner.BY_USERNAME, Practitioner.class)
                        .setParameter("username", account.getUsername()).getResultList().isEmpty(),
                spec -> {
                    if (hash[0] == null) {
                        hash[0] = demoPasswordHash.get();
                    }
                    return new UserAccount(spec.username(), spec.fullName(), hash[0], Set.of(Role.PRACTITIONER), now);
                },
                npi -> !npis.contains(npi));

        Built built = build(clinic, chartNumbers(), now, policy, consentText());
        DemoPatients patients = built.patients();
        DemoSchedule schedule = built.schedule();
        DemoClinicalRecords records = built.records();

        long builtAt = System.nanoTime();
        List<Object> all = new ArrayList<>();
        all.add(clinic.chicago);
        all.add(clinic.denver);
        all.addAll(clinic.rooms);
        all.addAll(clinic.newTypes);
        all.addAll(clinic.newUsers);
        clinic.staff.forEach(s -> all.add(s.practitioner));
        clinic.staff.forEach(s -> all.addAll(s.hours));
        all.addAll(DemoCredentials.of(clinic.staff.stream().map(s -> s.practitioner).toList(), today));
        all.addAll(clinic.exceptions);
        all.addAll(patients.patients);
        all.addAll(patients.policies);
        all.addAll(schedule.series);
        all.addAll(schedule.appointments);
        all.addAll(schedule.waitlist);
        all.addAll(records.all());
        all.forEach(em::persist);
        em.flush();
        return new Result(clinic.newUsers.size(), clinic.staff.size(), patients.patients.size(),
                patients.policies.size(), schedule.appointments.size(), schedule.series.size(),
                schedule.waitlist.size(), records.intakes.size(), records.consents.size(), records.clearances.size(),
                records.outcomeMeasures().size(), all.size(), (builtAt - started) / 1_000_000,
                (System.nanoTime() - builtAt) / 1_000_000);
    }

    /** The patients, schedule and clinical records of a demo clinic, built and checked in memory. */
    record Built(DemoPatients patients, DemoSchedule schedule, DemoClinicalRecords records) {
    }

    /**
     * Builds the patients, the schedule and the clinical records of the set-up clinic in memory,
     * nothing written: the same clinic for the same {@code now}.
     *
     * @param chartNumbers one free chart number per patient
     * @param consentText the consent text the patients sign; null for none
     */
    static Built build(DemoClinic clinic, List<String> chartNumbers, Instant now, CancellationPolicy policy,
            ConsentText consentText) {
        Random rnd = new Random(RANDOM_SEED);
        LocalDate today = now.atZone(clinic.chicago.getZone()).toLocalDate();
        DemoPatients patients = new DemoPatients(rnd);
        patients.build(chartNumbers, today, clinic.chicago, clinic.denver);
        DemoSchedule schedule = new DemoSchedule(clinic, patients, rnd, now, policy);
        schedule.build();
        Map<Practitioner, String> usernames = new IdentityHashMap<>();
        clinic.staff.forEach(s -> usernames.put(s.practitioner, s.username));
        DemoClinicalRecords records = new DemoClinicalRecords(rnd, now, consentText);
        records.build(DemoClinicalRecords.visits(schedule.appointments, a -> usernames.get(a.getPractitioner())));
        return new Built(patients, schedule, records);
    }

    /** Whether a patient of the demo clinic has an intake (then its clinical records were seeded, or entered). */
    private boolean hasClinicalRecords() {
        return em.createQuery("SELECT COUNT(i) FROM IntakeAssessment i WHERE i.patient.id IN (SELECT a.patient.id "
                + "FROM Appointment a WHERE a.location.name = :chicago OR a.location.name = :denver)", Long.class)
                .setParameter("chicago", DemoClinic.CHICAGO).setParameter("denver", DemoClinic.DENVER)
                .getSingleResult() > 0;
    }

    /**
     * The clinical records of a demo clinic created before they were seeded, built from its stored
     * appointments as they stand (one query with their patients, practitioners and locations).
     */
    private Result seedClinicalRecords() {
        long started = System.nanoTime();
        List<Appointment> appointments = em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient "
                + "JOIN FETCH a.practitioner JOIN FETCH a.location l LEFT JOIN FETCH a.appointmentType "
                + "WHERE l.name = :chicago OR l.name = :denver", Appointment.class)
                .setParameter("chicago", DemoClinic.CHICAGO).setParameter("denver", DemoClinic.DENVER)
                .getResultList();
        Map<String, String> usernames = new HashMap<>();
        DemoClinic.STAFF.forEach(spec -> usernames.put(spec.displayName(), spec.username()));
        DemoClinicalRecords records = new DemoClinicalRecords(new Random(RANDOM_SEED), now, consentText());
        records.build(DemoClinicalRecords.visits(appointments, a -> {
            Practitioner practitioner = a.getPractitioner();
            return practitioner.getUserAccount() != null ? practitioner.getUserAccount().getUsername()
                    : usernames.getOrDefault(practitioner.getDisplayName(), practitioner.getDisplayName());
        }));
        long builtAt = System.nanoTime();
        List<Object> all = records.all();
        all.forEach(em::persist);
        em.flush();
        return new Result(0, 0, 0, 0, 0, 0, 0, records.intakes.size(), records.consents.size(),
                records.clearances.size(), records.outcomeMeasures().size(), all.size(),
                (builtAt - started) / 1_000_000, (System.nanoTime() - builtAt) / 1_000_000);
    }

    /**
     * Credentials for the demo practitioners who have none (a demo clinic created before credentials
     * were recorded), dated from today as for a new demo; what an administrator entered is kept.
     *
     * @return how many were created
     */
    private int seedMissingCredentials() {
        LocalDate today = now.atZone(ZoneId.of("America/Chicago")).toLocalDate();
        int created = 0;
        for (int i = 0; i < DemoClinic.STAFF.size(); i++) {
            List<Practitioner> found = em.createQuery("SELECT p FROM Practitioner p WHERE p.displayName = :name "
                    + "AND NOT EXISTS (SELECT c FROM PractitionerCredentials c WHERE c.practitioner = p)",
                    Practitioner.class).setParameter("name", DemoClinic.STAFF.get(i).displayName()).getResultList();
            if (found.size() == 1) {
                em.persist(DemoCredentials.of(found.get(0), i, today));
                created++;
            }
        }
        em.flush();
        return created;
    }

    /** The consent text patients sign now (the latest version); null when none is published. */
    private ConsentText consentText() {
        return em.createNamedQuery(ConsentText.LATEST, ConsentText.class).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
    }

    /** Chart numbers from the registry's own sequence, as the patient service assigns them ("P1001"). */
    private List<String> chartNumbers() {
        List<String> numbers = new ArrayList<>(DemoPatients.COUNT);
        for (int i = 0; i < DemoPatients.COUNT; i++) {
            Number next = (Number) em.createNativeQuery("SELECT nextval('patient_chart_seq')").getSingleResult();
            numbers.add("P" + next.longValue());
        }
        return numbers;
    }
}
