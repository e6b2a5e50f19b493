package org.artclinic.clinic.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.artclinic.clinic.demo.DemoDataSeeder;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.WebClient;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema is created by the migrations at start-up, on H2 and on PostgreSQL alike. */
@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationIT {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private DatabaseStatus databaseStatus;

    @EJB
    private DemoDataSeeder seeder;

    @EJB
    private AsAdmin asAdmin;

    @Test
    void everyMigrationWasAppliedAtStartUpAndNoneIsPending() {
        MigrationInfoService info = DatabaseMigrator.flyway(dataSource).info();
        assertEquals(0, info.pending().length, () -> "pending: " + describe(info.pending()));
        assertTrue(info.applied().length >= 1);
        for (MigrationInfo applied : info.applied()) {
            assertTrue(applied.getState().isApplied() && !applied.getState().isFailed(), applied::getScript);
        }
        MigrationInfo current = info.current();
        assertNotNull(current);
        assertEquals(current.getVersion().getVersion(), databaseStatus.schemaVersion().orElseThrow(),
                "the readiness check reports the schema version Flyway applied last");
    }

    @Test
    void demoUsersAreSeededOnceAndSeedingAgainChangesNothing() throws Exception {
        long before = countUsers("frontdesk", "practitioner", "manager", "admin");
        assertEquals(4, before, "each demo role has its user");

        assertEquals(0, asAdmin.call(seeder::seedDemoUsers), "a second run creates nothing");
        assertEquals(before, countUsers("frontdesk", "practitioner", "manager", "admin"));
    }

    @Test
    @RunAsClient
    void theReadinessCheckReportsTheDatabaseUp(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> ready = new WebClient(base).get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
        assertTrue(ready.body().contains("schemaVersion"), ready.body());
    }

    private long countUsers(String... usernames) throws Exception {
        String list = Arrays.stream(usernames).map(u -> "'" + u + "'").collect(Collectors.joining(","));
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM user_account WHERE username IN (" + list + ")")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String describe(MigrationInfo[] migrations) {
        return Arrays.stream(migrations).map(MigrationInfo::getScript).collect(Collectors.joining(", "));
    }
}
