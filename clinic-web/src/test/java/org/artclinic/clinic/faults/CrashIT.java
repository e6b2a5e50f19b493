package org.artclinic.clinic.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.artclinic.clinic.testsupport.ApiClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No acknowledged write is lost when the application dies (issue 15): bookings are sent from four
 * threads while the application, on its embedded H2 database, is killed with {@code kill -9}; after
 * each restart every booking that was answered 201 is there. H2 commits to its file before it
 * answers ({@code WRITE_DELAY=0}, decision 0042); with H2's default delay of half a second this test
 * lost bookings.
 */
@Tag("faults")
class CrashIT {

    private static final int ROUNDS = 3;

    @Test
    void everyBookingAnsweredBeforeAKillNineIsThereAfterTheRestartOnH2() throws Exception {
        Path dir = Path.of(System.getProperty("clinic.it.dir", "target"), "faults", "h2-crash-" + System.nanoTime());
        try (ClinicProcess app = ClinicProcess.of(dir, Map.of()).start()) {
            crashWhileBooking(app, LocalDate.of(2031, 1, 1), ROUNDS, "CrashIT (H2)");
        }
    }

    /** Kills the application {@code rounds} times while bookings go in; checks each time after the restart. */
    static void crashWhileBooking(ClinicProcess app, LocalDate firstDay, int rounds, String test) throws Exception {
        ApiClient desk = new ApiClient(app.base(), "frontdesk");
        Bookings bookings = Bookings.prepare(desk, 4, firstDay);
        for (int round = 1; round <= rounds; round++) {
            Instant killAt = Instant.now().plusMillis(1_500 + ThreadLocalRandom.current().nextInt(1_500));
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(Math.max(0, killAt.toEpochMilli() - System.currentTimeMillis()));
                    app.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            int before = bookings.acknowledged().size();
            bookings.bookUntil(desk, () -> false); // until the server is gone
            killer.join();
            long restarting = System.nanoTime();
            app.start();
            long restart = Figures.since(restarting);
            List<String> missing = bookings.missing(desk);
            Figures.note(test, "round " + round + ": " + (bookings.acknowledged().size() - before)
                    + " bookings answered 201 before kill -9, " + missing.size() + " of all "
                    + bookings.acknowledged().size() + " missing after the restart (ready in " + restart + " ms)");
            assertEquals(List.of(), missing, "round " + round + ": of " + bookings.acknowledged().size()
                    + " bookings answered 201, these are gone after the restart");
        }
        assertEquals(0, bookings.answered5xx(), "no booking answered a server error: " + bookings.firstRefusal());
        assertTrue(bookings.acknowledged().size() >= 10 * rounds, "enough bookings went in to mean something: "
                + bookings.acknowledged().size() + "; the first refusal: " + bookings.firstRefusal());
    }
}
