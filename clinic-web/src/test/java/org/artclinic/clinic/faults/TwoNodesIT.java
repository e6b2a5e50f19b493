package org.artclinic.clinic.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.OptionalTool;
import org.artclinic.clinic.testsupport.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the clinic behind HAProxy on one PostgreSQL (issue 14, decision 0047): two Payara
 * Micro processes that form one cluster over TCP/IP on the loopback, on a database of the test's own
 * on the machine's PostgreSQL (127.0.0.1:5432, dropped at the end), with HAProxy in front. A signed-in
 * user keeps their session, and the page they had open, when the node serving them stops; concurrent
 * bookings of one slot sent to both nodes store exactly one; set-up lists and protocols changed
 * through one node are seen at once through the other. The failover runs last: it stops a node.
 * Skipped where HAProxy or PostgreSQL is missing, unless {@code -Dclinic.postgres.required=true} (CI).
 */
@Tag("faults")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final String TEST = "TwoNodesIT";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String REQUIRED = "clinic.postgres.required";
    /** Bookings of one slot sent at once, half to each node. */
    private static final int RACERS = 16;
    /** Front-desk sessions signed in besides the one whose node is stopped. */
    private static final int DESKS = 6;
    /** A Wednesday on which the demo practitioners work, far from anything else in the database. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2032, 1, 7);

    private final String run = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    private final String database = "two_nodes_it_" + run;
    private boolean created;
    private ClinicProcess node1;
    private ClinicProcess node2;
    private LoadBalancer balancer;

    @BeforeAll
    void startTwoNodesBehindHaproxy() throws Exception {
        Optional<Path> haproxy = LoadBalancer.program();
        OptionalTool tool = new OptionalTool("two-node test", REQUIRED, "apt-get install -y haproxy",
                List.of(haproxy.orElse(Path.of("haproxy (not on the PATH nor in /usr/sbin)"))));
        Optional<String> skip = tool.reasonToSkip();
        if (skip.isPresent()) {
            tool.recordSkip(TEST, skip.get());
            Assumptions.abort(skip.get() + "; " + tool.install());
        }
        if (haproxy.isEmpty()) {
            fail(tool.missingMessage());
        }
        try (Connection probe = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            probe.isValid(5);
        } catch (SQLException e) {
            if (Boolean.getBoolean(REQUIRED)) {
                throw e;
            }
            new OptionalTool(tool.name(), REQUIRED, "PostgreSQL on 127.0.0.1:5432 trusting the postgres user",
                    List.of()).recordSkip(TEST, "no PostgreSQL on 127.0.0.1:5432");
            Assumptions.abort("no PostgreSQL on 127.0.0.1:5432 trusting the postgres user (" + e.getMessage()
                    + "); -D" + REQUIRED + "=true makes this a failure");
        }
        sql("postgres", "CREATE DATABASE " + database);
        created = true;

        Path dir = Path.of(System.getProperty("clinic.it.dir", "target"), "faults", "two-nodes-" + run);
        Map<String, String> environment = Map.of("CLINIC_DB_URL", SERVER + database,
                "CLINIC_DB_USER", "postgres", "CLINIC_DB_PASSWORD", "unused-trust-auth",
                "CLINIC_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
        String cluster = "clinic-it-" + run;
        int grid1 = ClinicProcess.freePort();
        int grid2 = ClinicProcess.freePort();
        long starting = System.nanoTime();
        // one after the other: the first migrates the database and seeds the demo clinic, the second finds it done
        node1 = ClinicProcess.clusterMember(dir.resolve("node1"), environment, "node1", cluster, grid1,
                List.of(grid1, grid2)).start();
        node2 = ClinicProcess.clusterMember(dir.resolve("node2"), environment, "node2", cluster, grid2,
                List.of(grid1, grid2)).start();
        Figures.note(TEST, "two clustered nodes ready in " + Figures.since(starting) + " ms (one after the other)");
        // Payara logs the data grid's members as they join: both nodes are in one cluster, not two of one each
        String log = Files.readString(node2.consoleLog());
        assertTrue(log.contains("DG Name: " + cluster + " DG Size: 2"), "node 2 joined node 1's cluster; see "
                + node2.consoleLog());
        balancer = LoadBalancer.start(dir.resolve("haproxy"), haproxy.get(), List.of(node1, node2));
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {balancer, node1, node2}) {
            if (running != null) {
                running.close();
            }
        }
        if (created) {
            sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    @Order(1)
    void concurrentBookingsOfOneSlotOnBothNodesStoreExactlyOne() throws Exception {
        // a token (decision 0025), not Basic: with Basic every call would first queue on the user name's row of
        // the sign-in limits (0026) and hash the password, spreading the race out; a token reaches the booking at once
        HttpResponse<String> token = ApiClient.overHttp11(node1.base(), "frontdesk")
                .post("api/tokens", "{\"name\": \"TwoNodesIT\"}");
        assertEquals(201, token.statusCode(), token.body());
        String secret = ApiClient.field(token.body(), "token").replace("\"", "");
        ApiClient desk1 = ApiClient.withTokenOverHttp11(node1.base(), secret);
        ApiClient desk2 = ApiClient.withTokenOverHttp11(node2.base(), secret);
        Bookings bookings = Bookings.prepare(desk1, RACERS + 1, FIRST_DAY);

        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> booked = new ConcurrentLinkedQueue<>();
        AtomicReference<String> refusal = new AtomicReference<>();
        List<Thread> racers = new ArrayList<>();
        for (int i = 1; i <= RACERS; i++) {
            int patient = i;
            ApiClient desk = i % 2 == 0 ? desk2 : desk1;
            String node = i % 2 == 0 ? "node2" : "node1";
            Thread racer = new Thread(() -> {
                try {
                    go.await();
                    // every patient of its own into the same slot: the practitioner is what they compete for
                    HttpResponse<String> answer = bookings.bookAgain(desk, patient, 0);
                    answers.add(node + " " + answer.statusCode() + (answer.statusCode() == 409 ? "" : " " + answer.body()));
                    if (answer.statusCode() == 409) {
                        refusal.compareAndSet(null, answer.body());
                    }
                    if (answer.statusCode() == 201) {
                        booked.add(ApiClient.field(answer.body(), "id"));
                    }
                } catch (Exception e) {
                    answers.add(node + " " + e);
                }
            }, "racer-" + i);
            racer.start();
            racers.add(racer);
        }
        long sent = System.nanoTime();
        go.countDown();
        for (Thread racer : racers) {
            racer.join();
        }
        long took = Figures.since(sent);
        List<String> all = List.copyOf(answers);
        long conflicts = all.stream().filter(a -> a.endsWith(" 409")).count();
        Figures.note(TEST, RACERS + " bookings of one slot at once, half to each node: " + booked.size()
                + " stored (201), " + conflicts + " refused (409), " + (all.size() - booked.size() - conflicts)
                + " other, in " + took + " ms");
        assertEquals(1, booked.size(), "exactly one booking of the slot is stored: " + all);
        assertEquals(RACERS - 1, conflicts, "every other one is told the slot is taken (409): " + all);
        assertTrue(ApiClient.field(refusal.get(), "message").length() > 2, "a 409 says what is in the way: " + refusal);

        String id = booked.peek();
        assertEquals(200, desk2.get("api/appointments/" + id).statusCode(), "node 2 finds the booking");
        assertEquals(200, desk1.get("api/appointments/" + id).statusCode(), "node 1 finds the booking");
        List<String> patients = bookings.patients().subList(1, RACERS + 1);
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id FROM appointment WHERE patient_id IN ("
                        + String.join(",", patients) + ")")) {
            List<String> stored = new ArrayList<>();
            while (rows.next()) {
                stored.add(String.valueOf(rows.getLong(1)));
            }
            assertEquals(List.of(id), stored, "the database holds the one booking answered 201, and no other");
        }
    }

    @Test
    @Order(2)
    void setUpListsAndProtocolsChangedThroughOneNodeAreSeenThroughTheOther() throws Exception {
        ApiClient admin2 = ApiClient.overHttp11(node2.base(), "admin");
        ApiClient practitioner2 = ApiClient.overHttp11(node2.base(), "practitioner");
        ApiClient admin1 = ApiClient.overHttp11(node1.base(), "admin");

        // a set-up list: a new appointment type, added on node 1's page, after node 2 has read the list
        String type = "Two nodes " + ApiClient.letters();
        assertFalse(admin2.get("api/appointment-types").body().contains(type));
        WebClient page1 = new WebClient(node1.base(), HttpClient.Version.HTTP_1_1);
        assertEquals(302, page1.login("admin", ApiClient.PASSWORD).statusCode());
        HttpResponse<String> added = page1.submit("admin/appointment-types.xhtml", "typeDialogForm",
                Map.of("name", type, "minutes", "30", "colour", "#2a9d8f"), "save");
        assertEquals(200, added.statusCode());
        assertTrue(added.body().contains(type), "node 1 shows the new type in its list");
        assertTrue(admin2.get("api/appointment-types").body().contains(type), "node 2's API lists it at once");
        WebClient page2 = new WebClient(node2.base(), HttpClient.Version.HTTP_1_1);
        assertEquals(302, page2.login("admin", ApiClient.PASSWORD).statusCode());
        assertTrue(page2.get("admin/appointment-types.xhtml").body().contains(type), "node 2's page lists it at once");

        // a protocol: added and then changed on node 1, read on node 2 before and after the change
        String name = "Two nodes rhomboid " + ApiClient.letters();
        HttpResponse<String> protocol = admin1.post("api/protocols", protocol(name, null, 3, "As added"));
        assertEquals(201, protocol.statusCode(), protocol.body());
        String id = ApiClient.field(protocol.body(), "id");
        HttpResponse<String> before = practitioner2.get("api/protocols/" + id);
        assertEquals(200, before.statusCode(), "node 2 reads the new protocol at once: " + before.body());
        assertEquals("3", ApiClient.field(before.body(), "typicalPasses"));
        long version = Long.parseLong(ApiClient.field(before.body(), "version"));
        HttpResponse<String> changed = admin1.put("api/protocols/" + id, protocol(name, version, 5, "Changed on node 1"));
        assertEquals(200, changed.statusCode(), changed.body());
        HttpResponse<String> after = practitioner2.get("api/protocols/" + id);
        assertEquals("5", ApiClient.field(after.body(), "typicalPasses"), "node 2 reads the change at once: " + after.body());
        assertEquals("\"Changed on node 1\"", ApiClient.field(after.body(), "notes"));
        assertNotEquals(String.valueOf(version), ApiClient.field(after.body(), "version"));
        String found = practitioner2.get("api/protocols?q=" + name.split(" ")[3]).body();
        assertTrue(found.contains("\"typicalPasses\":5"), "node 2's search finds the changed protocol: " + found);
    }

    @Test
    @Order(3)
    void aSignedInUserKeepsTheSessionAndThePageWhenTheNodeServingThemStops() throws Exception {
        WebClient browser = new WebClient(balancer.base(), HttpClient.Version.HTTP_1_1);
        assertEquals(302, browser.login("admin", ApiClient.PASSWORD).statusCode());
        // HAProxy's cookie keeps the session on one node while it is up: note which
        HttpResponse<String> open = null;
        String served = null;
        for (int i = 0; i < 3; i++) {
            open = browser.get("admin/appointment-types.xhtml");
            assertEquals(200, open.statusCode());
            String node = node(open);
            assertTrue(served == null || served.equals(node), "one node serves the session while it is up");
            served = node;
        }
        ClinicProcess serving = "node1".equals(served) ? node1 : node2;
        String other = "node1".equals(served) ? "node2" : "node1";
        // more people signed in, spread over both nodes by the round robin: whichever node the data grid
        // happened to keep each session's first copy on, every one of them must survive
        List<WebClient> desks = new ArrayList<>();
        int onStopped = 0;
        for (int i = 0; i < DESKS; i++) {
            WebClient desk = new WebClient(balancer.base(), HttpClient.Version.HTTP_1_1);
            assertEquals(302, desk.login("frontdesk", ApiClient.PASSWORD).statusCode());
            HttpResponse<String> today = desk.get("scheduling/today.xhtml");
            assertEquals(200, today.statusCode());
            onStopped += served.equals(node(today)) ? 1 : 0;
            desks.add(desk);
        }

        long stopping = System.nanoTime();
        serving.terminate(); // SIGTERM, as a service manager stops it; returns once the process has ended
        long stopped = Figures.since(stopping);

        // the form of the page they had open, posted after its node is gone: the session and the page's
        // view state are on the other node too
        String type = "After failover " + ApiClient.letters();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("typeDialogForm", "typeDialogForm");
        form.put("typeDialogForm:name", type);
        form.put("typeDialogForm:minutes", "45");
        form.put("typeDialogForm:colour", "#e76f51");
        form.put("typeDialogForm:save", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(open));
        long asked = System.nanoTime();
        HttpResponse<String> saved = browser.postForm("admin/appointment-types.xhtml", form);
        long failover = Figures.since(asked);
        Figures.note(TEST, served + " stopped (SIGTERM, ended in " + stopped + " ms); the signed-in user's next "
                + "request through HAProxy, a post of the page they had open, was answered " + saved.statusCode()
                + " by " + node(saved) + " in " + failover + " ms");
        assertEquals(200, saved.statusCode(), "still signed in, the page's view state found: " + saved.headers());
        assertEquals(other, node(saved), "the other node served it");
        assertTrue(saved.body().contains(type), "the type was added on the other node");

        HttpResponse<String> next = browser.get("admin/appointment-types.xhtml");
        assertEquals(200, next.statusCode(), "the next page: signed in, not sent to the sign-in page");
        assertFalse(next.body().contains("loginForm"), "the page, not the sign-in form");
        assertTrue(next.body().contains(type));
        assertEquals(other, node(next));
        assertTrue(ApiClient.overHttp11(balancer.base(), "admin").get("api/appointment-types").body().contains(type));

        List<Integer> after = new ArrayList<>();
        for (WebClient desk : desks) {
            HttpResponse<String> today = desk.get("scheduling/today.xhtml");
            after.add(today.statusCode() == 200 && !today.body().contains("loginForm") ? 200 : today.statusCode());
        }
        Figures.note(TEST, "of " + DESKS + " more sessions signed in through HAProxy, " + onStopped + " were served by "
                + served + " before it stopped; afterwards " + after.stream().filter(c -> c == 200).count()
                + " showed their page");
        assertEquals(java.util.Collections.nCopies(DESKS, 200), after, "every session survives the stop, signed in");
    }

    private static String node(HttpResponse<?> answer) {
        return answer.headers().firstValue(LoadBalancer.NODE_HEADER)
                .orElseThrow(() -> new AssertionError("HAProxy names no node: " + answer.headers()));
    }

    private static String protocol(String name, Long version, int passes, String notes) {
        return """
                {%s"name": "%s", "regionGroup": "SPINE", "region": "UPPER_BACK", "structure": "Rhomboid major",
                 "tissue": "MUSCLE", "sides": ["LEFT", "RIGHT"], "startPosition": "Prone.", "contactPoint": "Thumb.",
                 "tensionDirection": "Toward the spine.", "movement": "Reach across.", "typicalPasses": %d,
                 "indications": ["M54.6"], "linkIds": [], "notes": "%s"}""".formatted(
                version == null ? "" : "\"version\": " + version + ", ", name, passes, notes);
    }

    private static void sql(String db, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + db, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
