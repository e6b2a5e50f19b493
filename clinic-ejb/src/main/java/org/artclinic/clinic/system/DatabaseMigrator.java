package org.artclinic.clinic.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else touches it.
 *
 * <p>The datasource is defined here, by the application, so that a deployment needs no server
 * configuration: every attribute is a MicroProfile Config placeholder whose default (in
 * {@code META-INF/microprofile-config.properties}) is the embedded H2 database, and whose
 * environment variables ({@code CLINIC_DB_URL}, {@code CLINIC_DB_USER}, {@code CLINIC_DB_PASSWORD},
 * {@code CLINIC_DB_DATASOURCE}) switch it to PostgreSQL without a rebuild.
 *
 * <p>Other start-up beans declare {@code @DependsOn("DatabaseMigrator")}.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATASOURCE,
        className = "${MPCONFIG=clinic.db.datasource}",
        url = "${MPCONFIG=clinic.db.url}",
        user = "${MPCONFIG=clinic.db.user}",
        password = "${MPCONFIG=clinic.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        // A database restart must be invisible once it is over (issue 15, decision 0042): each
        // connection is checked with a one-row query as it is handed out, and one found dead makes
        // the pool drop all the others at once instead of handing them out one failure at a time.
        // The check is Payara's "table" method on a catalogue view both databases have before any
        // migration: the "custom-validation" method (Connection.isValid) loads its class through the
        // application's class loader on every borrow, and that loader's lock serialised every request
        // under load (decision 0053). The view is the SQL standard's one-row catalogue name, which
        // PostgreSQL answers without reading a table (0.09 ms a check against 0.25 for SCHEMATA,
        // whose view joins the schemas with their privileges; decision 0061).
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=table",
            "fish.payara.validation-table-name=INFORMATION_SCHEMA.INFORMATION_SCHEMA_CATALOG_NAME",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DenyAll
public class DatabaseMigrator {

    /**
     * Flyway for this application's migrations: {@code db/migration} on every database, plus
     * {@code db/vendor/postgresql} on PostgreSQL for what only PostgreSQL needs (pattern-ops
     * indexes for prefix searches, PL/pgSQL triggers) and {@code db/vendor/h2} on H2 for its own
     * form of the same (Java triggers); versions like 3.1 slot in after the common ones.
     */
    public static Flyway flyway(DataSource dataSource) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        String product = databaseProduct(dataSource);
        if (product.contains("postgresql")) {
            locations.add("classpath:db/vendor/postgresql");
        } else if (product.equals("h2")) {
            locations.add("classpath:db/vendor/h2");
        }
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .load();
    }

    private static String databaseProduct(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }

    /** JNDI name of the application's datasource. */
    public static final String DATASOURCE = "java:app/jdbc/clinic";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now, database "
                + result.database + ")");
    }
}
