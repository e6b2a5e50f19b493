package org.artclinic.clinic.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.WebClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The application on a PostgreSQL server of the test's own (issue 15): a booking answered 201 is
 * there after the application is killed with {@code kill -9}; while the database is down the API
 * answers 503 with Retry-After and a message, pages say "temporarily unavailable", health says
 * DOWN and nothing answers 500; and after a restart of PostgreSQL under load the first request
 * succeeds: the pool checks each connection and drops the dead ones at once (decision 0042).
 */
@Tag("faults")
class DatabaseRestartIT {

    @Test
    void onPostgresNothingAnsweredIsLostAndARestartOfTheDatabaseIsInvisibleOnceOver() throws Exception {
        Path dir = Path.of(System.getProperty("clinic.it.dir", "target"), "faults", "pg-" + System.nanoTime());
        try (PrivatePostgres postgres = PrivatePostgres.start(dir.resolve("postgres"));
                ClinicProcess app = ClinicProcess.of(dir.resolve("app"), postgres.environment()).start()) {
            // one round: CrashIT's three find a lost write of the application's own making; here PostgreSQL's
            // synchronous commit is what keeps each answered booking
            CrashIT.crashWhileBooking(app, LocalDate.of(2032, 1, 7), 1, "DatabaseRestartIT (PostgreSQL)");

            ApiClient desk = new ApiClient(app.base(), "frontdesk");
            WebClient page = new WebClient(app.base());
            assertEquals(302, page.login("frontdesk", ApiClient.PASSWORD).statusCode());
            HttpClient http = HttpClient.newHttpClient();

            // down: 503 with a message and Retry-After, a friendly page, health DOWN
            postgres.stop();
            long asked = System.nanoTime();
            HttpResponse<String> api = desk.get("api/patients?q=crash");
            Figures.note("DatabaseRestartIT", "database stopped: the API answered " + api.statusCode() + " in "
                    + Figures.since(asked) + " ms");
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(api.headers().firstValue("Retry-After").isPresent(), api.headers().toString());
            assertTrue(ApiClient.field(api.body(), "message").contains("cannot be reached"), api.body());
            HttpResponse<String> schedule = page.get("scheduling/today.xhtml");
            assertEquals(503, schedule.statusCode());
            assertTrue(schedule.body().contains("Temporarily unavailable"), schedule.body());
            assertEquals(503, http.send(HttpRequest.newBuilder(app.health()).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "health says DOWN");
            postgres.startServer();
            asked = System.nanoTime();
            assertEquals(200, desk.get("api/patients?q=crash").statusCode(), "the first request once it is back");
            Figures.note("DatabaseRestartIT", "database back: the first request answered 200 in " + Figures.since(asked) + " ms");
            assertEquals(200, page.get("scheduling/today.xhtml").statusCode(), "still signed in");

            // a restart under load: nothing answers 500, and the first request after it succeeds
            ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            Thread load = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        statuses.add(desk.get("api/patients?q=crash").statusCode());
                    } catch (Exception e) {
                        statuses.add(-1);
                    }
                }
            });
            load.start();
            // the load is running before the restart, whatever the machine's speed (on a busy CI machine a
            // search can take half a second)
            awaitAnswers(statuses, 5);
            int beforeRestart = statuses.size();
            long restarting = System.nanoTime();
            postgres.restart();
            long restart = Figures.since(restarting);
            asked = System.nanoTime();
            HttpResponse<String> first = desk.get("api/patients?q=crash");
            long firstAnswer = Figures.since(asked);
            awaitAnswers(statuses, beforeRestart + 5); // and it goes on after it
            stop.set(true);
            load.join();
            assertEquals(200, first.statusCode(), "the first request after the restart: " + first.body());
            List<Integer> seen = List.copyOf(statuses);
            Figures.note("DatabaseRestartIT", "restart under load (pg_ctl restart -m fast, " + restart + " ms): "
                    + seen.stream().filter(s -> s == 200).count() + " answered 200, "
                    + seen.stream().filter(s -> s == 503).count() + " answered 503, "
                    + seen.stream().filter(s -> s != 200 && s != 503).count() + " other; the first request after it "
                    + first.statusCode() + " in " + firstAnswer + " ms");
            assertTrue(seen.stream().noneMatch(s -> s == 500 || s == -1), "only 200 or 503 during the restart: " + seen);
            assertTrue(seen.size() >= beforeRestart + 5 && seen.get(seen.size() - 1) == 200,
                    "the load ran on across the restart (" + beforeRestart + " answers before it): " + seen);
        }
    }

    /** Waits, up to 30 seconds, until the load has had this many answers; a load that stalls fails the test. */
    private static void awaitAnswers(ConcurrentLinkedQueue<Integer> statuses, int answers) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (statuses.size() < answers && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }
}
