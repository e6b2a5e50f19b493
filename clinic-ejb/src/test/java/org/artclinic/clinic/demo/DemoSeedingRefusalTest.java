package org.artclinic.clinic.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Demo users have a published password: they are seeded into the embedded H2 database only. */
class DemoSeedingRefusalTest {

    private static final String POSTGRES = "jdbc:postgresql://db.clinic.example:5432/clinic?user=clinic&password=secret";

    @Test
    void seedingAPostgreSqlDatabaseIsRefusedWithTheReasonAndTheWayOut() {
        String refusal = DemoDataSeeder.refusal(true, POSTGRES, false).orElseThrow();
        assertTrue(refusal.contains("not the embedded H2"), refusal);
        assertTrue(refusal.contains("published password"), refusal);
        assertTrue(refusal.contains("CLINIC_DEMO_SEED_ANY_DATABASE=true"), refusal);
        assertTrue(!refusal.contains("secret"), "the URL's parameters stay out of the log: " + refusal);
    }

    @Test
    void theEmbeddedDatabaseAForcedRunAndNoSeedingAtAllAreNotRefused() {
        assertTrue(DemoDataSeeder.refusal(true, "jdbc:h2:file:/data/clinic;MODE=PostgreSQL", false).isEmpty());
        assertTrue(DemoDataSeeder.refusal(true, POSTGRES, true).isEmpty());
        assertTrue(DemoDataSeeder.refusal(false, POSTGRES, false).isEmpty());
    }
}
