package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in limits over HTTP (decision 0026): parallel guesses are counted one by one, user names
 * and addresses are limited, a lock-out is logged with the address, locked, unknown and wrong
 * answer alike, and an unknown user name takes as long to refuse as a real one. The tests connect
 * from the server's own machine, which is trusted as a proxy, so each test sends its guesses
 * "forwarded for" an address of its own (IPv6 documentation range, random per run: the PostgreSQL
 * test database outlives a run); without the header a request has no address limit.
 */
@ExtendWith(ArquillianExtension.class)
class SignInLimitsIT {

    private static final String PASSPHRASE = "stretch the long head";
    private static final int GUESSES = 30;

    @ArquillianResource
    private URL base;

    @EJB
    private UserAccountService users;

    @EJB
    private SignInLimits limits;

    @EJB
    private AsAdmin asAdmin;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void thirtyWrongPasswordsAtTheSameMomentGetNoMoreGuessesThroughThanThirtyInARow() throws Exception {
        String parallel = user("parallel");
        String inARow = user("in-a-row");

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        String address = address();
        for (int i = 0; i < GUESSES; i++) {
            String guess = "wrong guess number " + i;
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return api(parallel, guess, address);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<HttpResponse<String>> parallelAnswers = answers.stream().map(CompletableFuture::join).toList();

        String otherAddress = address();
        List<HttpResponse<String>> inARowAnswers = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            inARowAnswers.add(api(inARow, "wrong guess number " + i, otherAddress));
        }

        int checkedInParallel = asAdmin.call(() -> limits.failuresOf(parallel));
        int checkedInARow = asAdmin.call(() -> limits.failuresOf(inARow));
        assertEquals(SignInRule.USER_NAME.freeFailures(), checkedInARow, "in a row: five guesses, then locked");
        assertEquals(checkedInARow, checkedInParallel, "at the same moment: no more guesses checked");
        assertEquals(Set.of(401), parallelAnswers.stream().map(HttpResponse::statusCode).collect(Collectors.toSet()));
        assertEquals(1, parallelAnswers.stream().map(HttpResponse::body).distinct().count(), "one answer for all");
        assertEquals(401, api(parallel, PASSPHRASE, address()).statusCode(), "locked: even the right password");
    }

    @Test
    void lockedUnknownAndWrongAnswerAlikeOnTheSignInPageAndTheApi() throws Exception {
        String locked = user("locked");
        String wrong = user("wrong");
        String address = address();
        for (int i = 0; i < SignInRule.USER_NAME.freeFailures(); i++) {
            api(locked, "not it " + i, address);
        }
        String unknown = "it-nobody-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> lockedApi = api(locked, PASSPHRASE, address);
        HttpResponse<String> unknownApi = api(unknown, PASSPHRASE, address);
        HttpResponse<String> wrongApi = api(wrong, "not the passphrase", address);
        for (HttpResponse<String> answer : List.of(lockedApi, unknownApi, wrongApi)) {
            assertEquals(401, answer.statusCode());
            assertEquals(wrongApi.body(), answer.body());
            assertEquals(wrongApi.headers().allValues("WWW-Authenticate"), answer.headers().allValues("WWW-Authenticate"));
        }

        String lockedPage = message(new WebClient(base).forwardedFor(address).login(locked, PASSPHRASE));
        String unknownPage = message(new WebClient(base).forwardedFor(address).login(unknown, PASSPHRASE));
        String wrongPage = message(new WebClient(base).forwardedFor(address).login(wrong, "not the passphrase"));
        assertTrue(wrongPage.contains("user name or password is not right"), wrongPage);
        assertEquals(wrongPage, lockedPage);
        assertEquals(wrongPage, unknownPage);
    }

    @Test
    void oneAddressGuessingManyUserNamesIsLockedWithBackOffAndTheLockOutIsLoggedWithTheAddress() throws Exception {
        String real = user("bystander");
        String attacker = address();
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    logged.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(SignInLimits.class.getName());
        logger.addHandler(capture);
        try {
            for (int i = 0; i < SignInRule.ADDRESS.freeFailures(); i++) {
                api("it-spray-" + i + "-" + UUID.randomUUID().toString().substring(0, 6), "Summer2026!", attacker);
            }
        } finally {
            logger.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("address:" + attacker) && line.contains(attacker)
                && line.contains("for 1 min")), "lock-out logged with the address: " + logged);

        assertEquals(401, api(real, PASSPHRASE, attacker).statusCode(), "the address is locked for everyone");
        assertEquals(200, api(real, PASSPHRASE, address()).statusCode(), "from elsewhere the user signs in");
        assertEquals(0, asAdmin.call(() -> limits.failuresOf(real)), "a refused address costs the user nothing");
    }

    @Test
    void anAdministratorSeesTheLockInTheApiAndLiftsItForEveryServer() throws Exception {
        String username = user("unlock-me");
        String address = address();
        for (int i = 0; i < SignInRule.USER_NAME.freeFailures(); i++) {
            api(username, "nope " + i, address);
        }
        ApiClient admin = new ApiClient(base, "admin");
        String found = admin.get("api/users?q=" + username).body();
        String id = ApiClient.field(found, "id");
        assertTrue(found.contains("\"locked\":true"), found);

        HttpResponse<String> unlocked = admin.post("api/users/" + id + "/unlock", null);
        assertEquals(200, unlocked.statusCode(), unlocked::body);
        assertTrue(unlocked.body().contains("\"locked\":false"), unlocked.body());
        assertEquals(200, api(username, PASSPHRASE, address).statusCode(), "signs in again at once");
        assertEquals(403, new ApiClient(base, "manager").post("api/users/" + id + "/unlock", null).statusCode());
    }

    @Test
    void anUnknownUserNameTakesAsLongToRefuseAsAWrongPassword() throws Exception {
        // several real users, a few wrong passwords each (below their limit); loopback: no address limit
        List<String> known = List.of(user("timing-a"), user("timing-b"), user("timing-c"));
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            api("it-warm-" + warmUp, "x", null);
        }
        List<Long> unknownNanos = new ArrayList<>();
        List<Long> knownNanos = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String name : known) {
                knownNanos.add(timed(name, "wrong " + round));
                unknownNanos.add(timed("it-ghost-" + UUID.randomUUID().toString().substring(0, 8), "wrong " + round));
            }
        }
        double knownMedian = median(knownNanos);
        double unknownMedian = median(unknownNanos);
        double ratio = unknownMedian / knownMedian;
        // without the dummy hash an unknown name is refused in a small fraction of the time (no PBKDF2 at all)
        assertTrue(ratio > 0.6 && ratio < 1.6, "unknown " + unknownMedian / 1e6 + " ms, known "
                + knownMedian / 1e6 + " ms: ratio " + ratio);
    }

    private long timed(String username, String password) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = api(username, password, null);
        long elapsed = System.nanoTime() - start;
        assertEquals(401, answer.statusCode());
        return elapsed;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** A new front-desk user with {@link #PASSPHRASE}. */
    private String user(String stem) throws Exception {
        String username = "it-" + stem + "-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin.call(() -> users.create(username, "Test " + stem, PASSPHRASE, Set.of(Role.FRONT_DESK)));
        return username;
    }

    /** A random IPv6 documentation address (2001:db8::/32). */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:%x:%x::%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000),
                1 + random.nextInt(0xfffe));
    }

    /** GET /api/patients with HTTP Basic, forwarded for {@code address} (null: from this machine, no address limit). */
    private HttpResponse<String> api(String username, String password, String address) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/patients?q=zz"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The error message of a sign-in page answer. */
    private static String message(HttpResponse<String> page) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("ui-messages-error-summary\">([^<]*)<").matcher(page.body());
        assertTrue(matcher.find(), "an error message on the sign-in page: " + page.body());
        return matcher.group(1);
    }
}
