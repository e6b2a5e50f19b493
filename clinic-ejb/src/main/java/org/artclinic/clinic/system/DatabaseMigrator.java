package org.artclinic.clinic.system;

import java.util.logging.Logger;

import javax.sql.DataSource;

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
        maxIdleTime = 300)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    /** JNDI name of the application's datasource; also used by the identity store. */
    public static final String DATASOURCE = "java:app/jdbc/clinic";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now, database "
                + result.database + ")");
    }
}
