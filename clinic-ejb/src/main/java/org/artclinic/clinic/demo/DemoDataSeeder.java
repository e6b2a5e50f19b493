package org.artclinic.clinic.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.intake.ConsentText;
import org.artclinic.clinic.scheduling.CancellationPolicy;
import org.artclinic.clinic.security.PasswordHasher;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.setup.ClinicClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the demo users documented in the README when they do not exist yet, and the demo clinic
 * (two locations, six practitioners, 300 patients, weeks of appointments around today, intakes,
 * consents, outcome measures and the notes of the past visits) when its locations do not exist yet. Existing accounts (including
 * a demo account whose password someone changed) and existing data are left alone.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "ProtocolLibrarySeeder", "BillingSetUp"}) // notes chart protocols; charges need the code sets
@DenyAll
public class DemoDataSeeder {

    /** The documented demo password of every demo user. */
    static final String DEMO_PASSWORD = "demo1234";

    /** The front desk's demo login, who records the demo patients' consents. */
    static final String FRONT_DESK = "frontdesk";
    /** The front desk's name, who witnesses the demo patients' consents. */
    static final String FRONT_DESK_NAME = "Fran Desmond";

    /**
     * How long before the quick start the demo consent text was published: before the demo
     * schedule's first visits, so that the demo patients could sign it at their first visit.
     */
    static final Duration CONSENT_TEXT_AGE = Duration.ofDays(DemoSchedule.PAST_DAYS + 14L);

    /**
     * The demo password's hash at the default iterations, made once with a random salt and kept
     * here: the password is published, so a salt shared by every quick start protects nothing secret.
     * Hashing it again at each start took 2.3 s of the quick start's 27 on two cores with the client
     * compiler (issue 14). Used only when the server's iterations are these (tests lower them);
     * {@code DemoPasswordHashTest} checks that it is the hash of {@link #DEMO_PASSWORD}.
     */
    static final String DEMO_PASSWORD_HASH = "PBKDF2WithHmacSHA256:600000:"
            + "v3da6GWeazyq0NTFDqGhuivfkVUZT5AEdL+6vHSrHq0=:U3QlMUewd7QsawoJSSWw6WqaVyD+G1NQnTmg/R5DdEA=";

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    private record DemoUser(String username, String fullName, Role role) {
    }

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser(FRONT_DESK, FRONT_DESK_NAME, Role.FRONT_DESK),
            new DemoUser("practitioner", "Dr. Priya Raman", Role.PRACTITIONER),
            new DemoUser("manager", "Morgan Ellis", Role.MANAGER),
            new DemoUser("admin", "Alex Admin", Role.ADMIN));

    /** The longest the application's start waits for the demo clinic (it takes seconds). */
    private static final long DEMO_CLINIC_WAIT_MINUTES = 5;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The demo clinic being created at start-up, or null when there is none to wait for. */
    private volatile Future<Integer> demoClinic;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private ClinicClock clock;

    @Inject
    @ConfigProperty(name = "clinic.demo.seed", defaultValue = "false")
    private boolean seed;

    /** Seeds even a database that is not the embedded H2 (the tests on PostgreSQL); never in production. */
    @Inject
    @ConfigProperty(name = "clinic.demo.seed-any-database", defaultValue = "false")
    private boolean seedAnyDatabase;

    @Inject
    @ConfigProperty(name = "clinic.db.url", defaultValue = "")
    private String databaseUrl;

    /** Set by the quick start so that the log says where to open the application. */
    @Inject
    @ConfigProperty(name = "clinic.public.url")
    private Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "clinic.scheduling.late-cancel-notice-hours", defaultValue = "24")
    private int lateCancelNoticeHours;

    /**
     * The demo accounts' password hash for this run ({@link #demoPasswordHash()}), the same for every
     * demo account: hashing is deliberately slow and the salt protects nothing for a published password.
     */
    private String demoPasswordHash;

    @PostConstruct
    void onStartup() {
        Optional<String> refusal = refusal(seed, databaseUrl, seedAnyDatabase);
        if (refusal.isPresent()) {
            LOG.severe(refusal.get());
        } else if (seed) {
            seedDemoUsers();
            seedConsentText(); // the demo patients' consents name it
            // on a container thread while the web module starts; its start waits for it (awaitDemoClinic)
            demoClinic = context.getBusinessObject(DemoDataSeeder.class).seedDemoClinicMeanwhile();
        } else {
            LOG.info("Demo data seeding is switched off (clinic.demo.seed=false).");
        }
    }

    /**
     * Why demo data must not be seeded into this database, if it must not: demo users have a
     * published password, so they belong in the embedded H2 database of a trial or a test, never
     * in a real clinic's PostgreSQL unless someone explicitly forces it.
     */
    static Optional<String> refusal(boolean seed, String databaseUrl, boolean seedAnyDatabase) {
        if (!seed || seedAnyDatabase || databaseUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        return Optional.of("Demo data seeding refused: the database is not the embedded H2 database ("
                + databaseUrl.replaceAll("[?;].*", "") + "). Demo users have a published password and must never "
                + "reach a real clinic's database. Remove CLINIC_DEMO_SEED, or set CLINIC_DEMO_SEED_ANY_DATABASE=true "
                + "if this database is a throwaway one for tests.");
    }

    /**
     * Creates the demo users that are missing and returns how many were created (0 when they all
     * exist already).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int seedDemoUsers() {
        int created = 0;
        for (DemoUser demo : DEMO_USERS) {
            boolean exists = !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                    .setParameter("username", demo.username())
                    .getResultList().isEmpty();
            if (!exists) {
                em.persist(new UserAccount(demo.username(), demo.fullName(), demoPasswordHash(), Set.of(demo.role()),
                        clock.now()));
                created++;
            }
        }
        int total = created;
        LOG.info(() -> "Demo users: " + total + " created, " + (DEMO_USERS.size() - total) + " already present. "
                + "Sign in" + publicUrl.map(url -> " at " + url).orElse("") + " as "
                + DEMO_USERS.stream().map(d -> d.username() + " (" + d.role() + ")").toList()
                + " with the password " + DEMO_PASSWORD + ".");
        return created;
    }

    /** The demo accounts' password hash: the kept one, or one slow hash made for all of them. */
    private String demoPasswordHash() {
        if (demoPasswordHash == null) {
            demoPasswordHash = passwordHasher.isCurrent(DEMO_PASSWORD_HASH) ? DEMO_PASSWORD_HASH
                    : passwordHasher.hashAsIs(DEMO_PASSWORD);
        }
        return demoPasswordHash;
    }

    /**
     * Publishes a first informed-consent text when none exists, so that demo patients can sign one;
     * a real clinic's administrator writes its own. It is dated {@link #CONSENT_TEXT_AGE} ago, before
     * the demo patients' first visits, where they signed it. Returns 1 when created, 0 otherwise.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int seedConsentText() {
        if (!em.createNamedQuery(ConsentText.LATEST, ConsentText.class).setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        em.persist(new ConsentText(null, DEMO_CONSENT_TEXT, true, "system", clock.now().minus(CONSENT_TEXT_AGE)));
        LOG.info("Demo consent text published as version 1.");
        return 1;
    }

    /** A demo text in our own words; not legal advice, and not meant for a real clinic as it stands. */
    static final String DEMO_CONSENT_TEXT = """
            Consent to manual therapy (demo text)

            Your practitioner has explained Active Release Technique (ART) and the other soft-tissue and \
            movement treatments they propose. ART uses firm, precise pressure while you move the body part; \
            it can be uncomfortable for a moment, and soreness or light bruising for a day or two is common. \
            Rarely, symptoms flare up for longer.

            You can ask questions at any time, ask for less pressure, stop a technique, or withdraw this \
            consent altogether. Tell your practitioner about any change in your health, new medicines \
            (especially blood thinners), pregnancy, or new or worsening symptoms before each visit.

            By signing, you confirm that you have read this text, that your questions were answered, and that \
            you agree to be treated.
            """;

    private static String clinicalRecords(DemoClinicSeeder.Result result) {
        return result.intakes() + " intake assessments, " + result.consents() + " consents, " + result.clearances()
                + " clearances, " + result.outcomeMeasures() + " outcome measures, " + result.visitNotes()
                + " visit notes";
    }

    /**
     * Creates the demo clinic at start-up, in its own transaction on a container thread, while the
     * web module starts: each takes two to three seconds of the quick start's, and on two cores they
     * run side by side (issue 14, decision 0063). Only {@link #onStartup} calls it.
     */
    @Asynchronous
    @PermitAll
    @Lock(LockType.READ)
    public Future<Integer> seedDemoClinicMeanwhile() {
        return new AsyncResult<>(seedDemoClinic());
    }

    /**
     * Waits until the demo clinic begun at start-up is written; at once when there is none. The web
     * module's start waits here ({@code DemoClinicWait}), so the application is not deployed, and
     * {@code /health/ready} does not answer, before its demo data is there: a trial user or a test
     * finds it at the first request, as before.
     *
     * @throws IllegalStateException when creating it failed or took over five minutes, which fails the
     *         deployment as a failure in start-up did before
     */
    @PermitAll
    @Lock(LockType.READ)
    public void awaitDemoClinic() {
        Future<Integer> pending = demoClinic;
        if (pending == null) {
            return;
        }
        try {
            pending.get(DEMO_CLINIC_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the demo clinic was being created", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The demo clinic could not be created", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The demo clinic was not created within " + DEMO_CLINIC_WAIT_MINUTES
                    + " minutes", e);
        }
    }

    /**
     * Creates the demo clinic unless its locations exist already, and returns how many records were
     * created (0 on every run after the first).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int seedDemoClinic() {
        long started = System.nanoTime();
        DemoClinicSeeder seeder = new DemoClinicSeeder(em, clock.now(),
                CancellationPolicy.ofHours(lateCancelNoticeHours),
                this::demoPasswordHash);
        DemoClinicSeeder.Result result = seeder.seed();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (result.total() == 0) {
            LOG.info(() -> "Demo clinic already present; nothing created (" + millis + " ms).");
        } else if (result.patients() == 0) {
            LOG.info(() -> "Demo clinic already present; its clinical records created in " + millis + " ms: "
                    + clinicalRecords(result) + ".");
        } else {
            LOG.info(() -> "Demo clinic created in " + millis + " ms (" + result.buildMillis() + " ms to build and check, "
                    + result.writeMillis() + " ms to write): " + result.practitioners() + " practitioners ("
                    + result.users() + " new practitioner logins " + DemoClinic.STAFF.stream().skip(1)
                            .map(DemoClinic.StaffSpec::username).toList() + " with the password " + DEMO_PASSWORD
                    + "), " + result.patients() + " patients, " + result.policies() + " insurance policies, "
                    + result.appointments() + " appointments, " + result.series() + " recurring series, "
                    + result.waitlistEntries() + " waitlist entries, " + clinicalRecords(result) + ".");
        }
        return result.total();
    }
}
