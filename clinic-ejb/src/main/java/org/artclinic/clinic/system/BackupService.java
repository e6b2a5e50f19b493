package org.artclinic.clinic.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backups of the embedded H2 database (issue 15, decision 0043): a consistent copy taken while the
 * application runs (H2's {@code BACKUP TO}, a zip of the database file), every
 * {@code clinic.backup.interval-hours} into {@code clinic.backup.dir}, keeping the newest
 * {@code clinic.backup.keep}; and on an administrator's demand. On PostgreSQL there is nothing to
 * do here: the README gives {@code pg_dump}, {@code pg_restore} and continuous archiving.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DenyAll
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    /** clinic-20261204-081500.zip: the time (UTC) in the name, so that names sort as times do. */
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'clinic-'yyyyMMdd-HHmmss'.zip'")
            .withZone(ZoneOffset.UTC);

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    @EJB
    private ClinicClock clock;

    @Inject
    @ConfigProperty(name = "clinic.backup.dir")
    private String folderName;

    @Inject
    @ConfigProperty(name = "clinic.backup.keep", defaultValue = "7")
    private int keep;

    @Inject
    @ConfigProperty(name = "clinic.backup.interval-hours", defaultValue = "24")
    private int intervalHours;

    private final Object lock = new Object();

    private volatile Timer timer;

    /** A backup file: its name, when it was taken and its size. */
    public record BackupFile(String name, Instant takenAt, long bytes) implements java.io.Serializable {
    }

    /** What an administrator sees: whether this database is backed up here, where, how often, the files. */
    public record State(boolean embedded, String folder, int keep, int intervalHours, Instant next,
            List<BackupFile> files) implements java.io.Serializable {
        public Optional<BackupFile> last() {
            return files.stream().findFirst();
        }
    }

    @PostConstruct
    void schedule() {
        if (keep < 1 || intervalHours < 1) {
            throw new IllegalStateException("clinic.backup.keep and clinic.backup.interval-hours must be at least 1");
        }
        if (embedded()) {
            long interval = Duration.ofHours(intervalHours).toMillis();
            timer = timers.createIntervalTimer(interval, interval, new TimerConfig("embedded database backup", false));
            LOG.info(() -> "Backing up the embedded database every " + intervalHours + " h into " + folder()
                    + ", keeping " + keep);
        }
    }

    @Timeout
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void scheduled(Timer timer) {
        try {
            backUp();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "Scheduled backup failed", e);
        }
    }

    /**
     * Takes a backup now (an administrator's "Back up now").
     *
     * @throws DomainException on PostgreSQL, whose backups are made with its own tools
     */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BackupFile makeBackup() {
        if (!embedded()) {
            throw new DomainException("This clinic runs on PostgreSQL: back it up with pg_dump and continuous "
                    + "archiving, as the README says.");
        }
        return backUp();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public State state() {
        boolean embedded = embedded();
        Instant next = embedded && timer != null ? timer.getNextTimeout().toInstant() : null;
        return new State(embedded, folder().toString(), keep, intervalHours, next, embedded ? files() : List.of());
    }

    private BackupFile backUp() {
        synchronized (lock) {
            Path folder = folder();
            Instant now = clock.now();
            String name = NAME.format(now);
            Path target = folder.resolve(name);
            Path partial = folder.resolve(name + ".part");
            try {
                Files.createDirectories(folder);
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement()) {
                    // a consistent copy while others keep writing (H2, "BACKUP"); written under another
                    // name first, so that a half-written file is never taken for a backup
                    statement.execute("BACKUP TO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                for (String old : beyondTheNewest(names(), keep)) {
                    Files.deleteIfExists(folder.resolve(old));
                }
                BackupFile made = new BackupFile(name, now, Files.size(target));
                LOG.info(() -> "Backed up the embedded database to " + target + " (" + made.bytes() + " bytes)");
                return made;
            } catch (SQLException e) {
                throw new IllegalStateException("The backup to " + target + " failed: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("The backup to " + target + " failed", e);
            }
        }
    }

    /** The names past the newest {@code keep}, to delete. */
    static List<String> beyondTheNewest(List<String> names, int keep) {
        return names.stream().sorted(Comparator.reverseOrder()).skip(keep).toList();
    }

    private List<String> names() throws IOException {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> found = Files.list(folder)) {
            return found.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("clinic-\\d{8}-\\d{6}\\.zip")).toList();
        }
    }

    private List<BackupFile> files() {
        try {
            Path folder = folder();
            return names().stream().sorted(Comparator.reverseOrder()).map(n -> {
                try {
                    return new BackupFile(n, java.time.LocalDateTime.parse(n.substring(7, 22),
                            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")).toInstant(ZoneOffset.UTC),
                            Files.size(folder.resolve(n)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder() {
        return Path.of(folderName).toAbsolutePath().normalize();
    }

    private boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).equals("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
