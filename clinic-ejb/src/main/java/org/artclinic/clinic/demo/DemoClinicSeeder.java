package org.artclinic.clinic.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.artclinic.clinic.scheduling.CancellationPolicy;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;

/**
 * Creates the demo clinic (set-up, patients, schedule, waitlist) unless its locations exist already.
 * Everything is first built and checked in memory through the domain constructors and methods,
 * so a rule violation stops the seeding before anything is written; then it is persisted in one
 * go (EclipseLink batches the inserts). Random choices use a fixed seed: two runs on the same day
 * produce the same clinic.
 */
final class DemoClinicSeeder {

    static final long RANDOM_SEED = 20_240_611L;

    /** What was created, for the log. */
    record Result(int users, int practitioners, int patients, int policies, int appointments, int series,
            int waitlistEntries, int total, long buildMillis, long writeMillis) {
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

    /** Creates the demo clinic; nothing (an empty result) when it exists already. */
    Result seed() {
        if (alreadySeeded()) {
            return new Result(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        long started = System.nanoTime();
        Random rnd = new Random(RANDOM_SEED);
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

        DemoPatients patients = new DemoPatients(rnd);
        patients.build(chartNumbers(), today, clinic.chicago, clinic.denver);
        DemoSchedule schedule = new DemoSchedule(clinic, patients, rnd, now, policy);
        schedule.build();

        long built = System.nanoTime();
        List<Object> all = new ArrayList<>();
        all.add(clinic.chicago);
        all.add(clinic.denver);
        all.addAll(clinic.rooms);
        all.addAll(clinic.newTypes);
        all.addAll(clinic.newUsers);
        clinic.staff.forEach(s -> all.add(s.practitioner));
        clinic.staff.forEach(s -> all.addAll(s.hours));
        all.addAll(clinic.exceptions);
        all.addAll(patients.patients);
        all.addAll(patients.policies);
        all.addAll(schedule.series);
        all.addAll(schedule.appointments);
        all.addAll(schedule.waitlist);
        all.forEach(em::persist);
        em.flush();
        return new Result(clinic.newUsers.size(), clinic.staff.size(), patients.patients.size(),
                patients.policies.size(), schedule.appointments.size(), schedule.series.size(),
                schedule.waitlist.size(), all.size(), (built - started) / 1_000_000,
                (System.nanoTime() - built) / 1_000_000);
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
