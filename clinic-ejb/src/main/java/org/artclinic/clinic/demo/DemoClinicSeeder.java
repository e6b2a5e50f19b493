package org.artclinic.clinic.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.artclinic.clinic.billing.BillingSetUp;
import org.artclinic.clinic.billing.ChargeSheet;
import org.artclinic.clinic.billing.Charging;
import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.credential.PractitionerCredentials;
import org.artclinic.clinic.intake.ConsentText;
import org.artclinic.clinic.intake.IntakeAssessment;
import org.artclinic.clinic.intake.PatientConsent;
import org.artclinic.clinic.intake.TreatmentClearance;
import org.artclinic.clinic.outcome.Instrument;
import org.artclinic.clinic.outcome.OutcomeMeasure;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.plan.TreatmentPlan;
import org.artclinic.clinic.protocol.Protocol;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.CancellationPolicy;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;

/**
 * Creates the demo clinic (set-up, patients, schedule, waitlist, the clinical records: intakes,
 * consents, a clearance, outcome measures, and the notes of the past visits) unless its locations
 * exist already; a demo clinic created before its clinical records or its notes were seeded gets them.
 * Everything is first built and checked in memory through the domain constructors and methods,
 * so a rule violation stops the seeding before anything is written; then it is persisted in one
 * go (EclipseLink batches the inserts). Random choices use a fixed seed: two runs on the same day
 * produce the same clinic.
 */
final class DemoClinicSeeder {

    static final long RANDOM_SEED = 20_240_611L;

    /** The ids of the patients with an appointment at a demo location, for the queries below. */
    private static final String DEMO_PATIENTS = "(SELECT a.patient.id FROM Appointment a "
            + "WHERE a.location.name = :chicago OR a.location.name = :denver)";

    /** What was created, for the log. */
    record Result(int users, int practitioners, int patients, int policies, int appointments, int series,
            int waitlistEntries, int intakes, int consents, int clearances, int outcomeMeasures, int visitNotes,
            int total, long buildMillis, long writeMillis) {

        static final Result NOTHING = new Result(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** This result with {@code records} more records written (e.g. credentials added to an existing demo). */
        Result withMore(int records) {
            return new Result(users, practitioners, patients, policies, appointments, series, waitlistEntries,
                    intakes, consents, clearances, outcomeMeasures, visitNotes, total + records, buildMillis,
                    writeMillis);
        }

        /** This result with {@code notes} visit notes (and {@code records} records in all) more. */
        Result withNotes(int notes, int records) {
            return new Result(users, practitioners, patients, policies, appointments, series, waitlistEntries,
                    intakes, consents, clearances, outcomeMeasures, visitNotes + notes, total + records, buildMillis,
                    writeMillis);
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
        int payers = DemoBilling.ensurePayers(em);
        Result result = seedClinic();
        BillingSetUp.run(em);
        int charges = seedCharges();
        return payers + charges == 0 ? result : result.withMore(payers + charges);
    }

    /**
     * The charges of the demo's signed notes, in the order of their visits (so that the year's
     * therapy charges add up for KX), made as signing makes them, unless the demo has charges already.
     */
    private int seedCharges() {
        if (demoQuery("SELECT COUNT(s) FROM ChargeSheet s WHERE s.patient.id IN " + DEMO_PATIENTS, Long.class)
                .get(0) > 0) {
            return 0;
        }
        Charging charging = new Charging(em);
        List<VisitNote> signed = demoQuery("SELECT n FROM VisitNote n WHERE n.patient.id IN " + DEMO_PATIENTS
                + " AND n.status = org.artclinic.clinic.charting.NoteStatus.SIGNED ORDER BY n.visitStartsAt",
                VisitNote.class);
        List<ChargeSheet> sheets = new ArrayList<>();
        signed.forEach(note -> sheets.add(charging.charge(note, note.getSignedAt())));
        em.flush();
        List<Appointment> paidAtDesk = demoQuery("SELECT a FROM Appointment a WHERE a.patient.id IN " + DEMO_PATIENTS
                + " AND a.copayCollected.amount IS NOT NULL", Appointment.class);
        return signed.size() + DemoBilling.history(em, sheets, paidAtDesk, now,
                now.atZone(ZoneId.of("America/Chicago")).toLocalDate());
    }

    private Result seedClinic() {
        if (alreadySeeded()) {
            int credentials = seedMissingCredentials();
            Result records = hasClinicalRecords() ? Result.NOTHING : seedClinicalRecords();
            records = credentials == 0 ? records : records.withMore(credentials);
            if (hasVisitNotes()) {
                int plans = hasPlans() ? 0 : writePlans(demoQuery("SELECT n FROM VisitNote n WHERE n.patient.id IN "
                        + DEMO_PATIENTS, VisitNote.class));
                return plans == 0 ? records : records.withMore(plans);
            }
            DemoVisitNotes notes = storedVisitNotes();
            return notes.notes.isEmpty() ? records : records.withNotes(notes.notes.size(), write(notes));
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
        List<PractitionerCredentials> credentials = DemoCredentials.of(
                clinic.staff.stream().map(s -> s.practitioner).toList(), today);
        Map<Practitioner, String> usernames = new IdentityHashMap<>();
        clinic.staff.forEach(s -> usernames.put(s.practitioner, s.username));
        DemoVisitNotes notes = visitNotes(schedule.appointments, a -> usernames.get(a.getPractitioner()), credentials,
                new DemoVisitNotes.Records(records.intakes, records.consents, records.clearances,
                        records.outcomeMeasures()));

        long builtAt = System.nanoTime();
        List<Object> all = new ArrayList<>();
        all.add(clinic.chicago);
        all.add(clinic.denver);
        all.addAll(clinic.rooms);
        all.addAll(clinic.newTypes);
        all.addAll(clinic.newUsers);
        clinic.staff.forEach(s -> all.add(s.practitioner));
        clinic.staff.forEach(s -> all.addAll(s.hours));
        all.addAll(credentials);
        all.addAll(clinic.exceptions);
        all.addAll(patients.patients);
        all.addAll(patients.policies);
        all.addAll(schedule.series);
        all.addAll(schedule.appointments);
        all.addAll(schedule.waitlist);
        all.addAll(records.all());
        all.forEach(em::persist);
        em.flush();
        int noteRecords = write(notes);
        return new Result(clinic.newUsers.size(), clinic.staff.size(), patients.patients.size(),
                patients.policies.size(), schedule.appointments.size(), schedule.series.size(),
                schedule.waitlist.size(), records.intakes.size(), records.consents.size(), records.clearances.size(),
                records.outcomeMeasures().size(), notes.notes.size(), all.size() + noteRecords,
                (builtAt - started) / 1_000_000, (System.nanoTime() - builtAt) / 1_000_000);
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

    /**
     * The visit notes of the demo's past visits, built and checked in memory (nothing written), with a
     * random sequence of their own: the same notes for the same records, however they were loaded.
     */
    private DemoVisitNotes visitNotes(List<Appointment> appointments, Function<Appointment, String> username,
            List<PractitionerCredentials> credentials, DemoVisitNotes.Records records) {
        Map<Practitioner, PractitionerCredentials> held = new IdentityHashMap<>();
        credentials.forEach(c -> held.put(c.getPractitioner(), c));
        List<Protocol> library = em.createQuery("SELECT DISTINCT p FROM Protocol p LEFT JOIN FETCH p.links",
                Protocol.class).getResultList();
        DemoVisitNotes notes = new DemoVisitNotes(new Random(RANDOM_SEED), now, library);
        notes.build(appointments, username, held::get, records);
        return notes;
    }

    /**
     * Writes the notes as drafts with their entries and services, then signs them and adds their
     * addenda: the database refuses entries and services under a signed note (decision 0031).
     *
     * @return how many records were written (notes, entries, services, addenda)
     */
    private int write(DemoVisitNotes notes) {
        notes.notes.forEach(em::persist);
        em.flush();
        notes.sign();
        notes.addenda.forEach(em::persist);
        em.flush();
        int plans = writePlans(notes.notes);
        return notes.notes.size() + notes.entryCount() + notes.serviceCount() + notes.addenda.size() + plans;
    }

    /** Writes the treatment plans of the patients in care (DemoPlans), from their notes and first intakes. */
    private int writePlans(List<VisitNote> notes) {
        Map<Patient, IntakeAssessment> first = new IdentityHashMap<>();
        demoQuery("SELECT i FROM IntakeAssessment i WHERE i.patient.id IN " + DEMO_PATIENTS
                + " ORDER BY i.assessedAt", IntakeAssessment.class).forEach(i -> first.putIfAbsent(i.getPatient(), i));
        List<TreatmentPlan> plans = DemoPlans.of(notes, first, now);
        plans.forEach(em::persist);
        em.flush();
        return plans.size();
    }

    /** Whether a patient of the demo clinic has a treatment plan. */
    private boolean hasPlans() {
        return demoQuery("SELECT COUNT(p) FROM TreatmentPlan p WHERE p.patient.id IN " + DEMO_PATIENTS, Long.class)
                .get(0) > 0;
    }

    /** Whether a patient of the demo clinic has a note (then the demo's notes were seeded, or written). */
    private boolean hasVisitNotes() {
        return demoQuery("SELECT COUNT(n) FROM VisitNote n WHERE n.patient.id IN " + DEMO_PATIENTS, Long.class)
                .get(0) > 0;
    }

    /**
     * The visit notes of a demo clinic created before notes were seeded, built from its stored
     * appointments and clinical records as they stand.
     */
    private DemoVisitNotes storedVisitNotes() {
        List<Appointment> appointments = demoAppointments();
        String patients = " IN " + DEMO_PATIENTS;
        List<IntakeAssessment> intakes = demoQuery("SELECT i FROM IntakeAssessment i WHERE i.patient.id" + patients,
                IntakeAssessment.class);
        List<PatientConsent> consents = demoQuery("SELECT c FROM PatientConsent c WHERE c.patient.id" + patients,
                PatientConsent.class);
        List<TreatmentClearance> clearances = demoQuery("SELECT c FROM TreatmentClearance c WHERE c.patient.id"
                + patients, TreatmentClearance.class);
        List<OutcomeMeasure> measures = demoQuery("SELECT m FROM OutcomeMeasure m WHERE m.patient.id" + patients,
                OutcomeMeasure.class).stream().filter(m -> m.getInstrument() == Instrument.NPRS).toList();
        List<PractitionerCredentials> credentials = em.createQuery("SELECT c FROM PractitionerCredentials c",
                PractitionerCredentials.class).getResultList();
        return visitNotes(appointments, this::username, credentials,
                new DemoVisitNotes.Records(intakes, consents, clearances, measures));
    }

    private <T> List<T> demoQuery(String jpql, Class<T> type) {
        return em.createQuery(jpql, type).setParameter("chicago", DemoClinic.CHICAGO)
                .setParameter("denver", DemoClinic.DENVER).getResultList();
    }

    /** The appointments of the demo clinic, with their patients, practitioners and locations (one query). */
    private List<Appointment> demoAppointments() {
        return em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient "
                + "JOIN FETCH a.practitioner JOIN FETCH a.location l LEFT JOIN FETCH a.appointmentType "
                + "WHERE l.name = :chicago OR l.name = :denver", Appointment.class)
                .setParameter("chicago", DemoClinic.CHICAGO).setParameter("denver", DemoClinic.DENVER)
                .getResultList();
    }

    /** The login of a stored appointment's practitioner (the demo's own name for one without an account). */
    private String username(Appointment appointment) {
        Practitioner practitioner = appointment.getPractitioner();
        if (practitioner.getUserAccount() != null) {
            return practitioner.getUserAccount().getUsername();
        }
        return DemoClinic.STAFF.stream().filter(spec -> spec.displayName().equals(practitioner.getDisplayName()))
                .map(DemoClinic.StaffSpec::username).findFirst().orElse(practitioner.getDisplayName());
    }

    /** Whether a patient of the demo clinic has an intake (then its clinical records were seeded, or entered). */
    private boolean hasClinicalRecords() {
        return demoQuery("SELECT COUNT(i) FROM IntakeAssessment i WHERE i.patient.id IN " + DEMO_PATIENTS, Long.class)
                .get(0) > 0;
    }

    /**
     * The clinical records of a demo clinic created before they were seeded, built from its stored
     * appointments as they stand (one query with their patients, practitioners and locations).
     */
    private Result seedClinicalRecords() {
        long started = System.nanoTime();
        List<Appointment> appointments = demoAppointments();
        DemoClinicalRecords records = new DemoClinicalRecords(new Random(RANDOM_SEED), now, consentText());
        records.build(DemoClinicalRecords.visits(appointments, this::username));
        long builtAt = System.nanoTime();
        List<Object> all = records.all();
        all.forEach(em::persist);
        em.flush();
        return new Result(0, 0, 0, 0, 0, 0, 0, records.intakes.size(), records.consents.size(),
                records.clearances.size(), records.outcomeMeasures().size(), 0, all.size(),
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
