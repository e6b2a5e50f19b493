package org.artclinic.clinic.security;

import static org.artclinic.clinic.testsupport.ApiClient.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal access tokens as an API client uses them: created with the password and shown once,
 * then {@code Authorization: Bearer} instead of the password, with the owner's current roles or
 * fewer, until the token expires or is revoked; every refused token gets the same 401.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokenIT {

    private static final String OWN_PASSWORD = "lavender river compass";

    @ArquillianResource
    private URL base;

    @Inject
    private ClinicClock clock;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private UserAccountService users;

    @AfterEach
    void realTime() {
        if (clock != null) {
            clock.useClock(null);
        }
    }

    @Test
    @RunAsClient
    void aUserCreatesATokenSeesItOnceCallsWithItAndRevokesIt() throws Exception {
        ApiClient desk = new ApiClient(base, "frontdesk");
        String name = unique("Booking site");
        HttpResponse<String> created = create(desk, "{\"name\": \"" + name + "\"}");
        String token = text(created.body(), "token");
        assertTrue(token.matches("artc_[A-Za-z0-9_-]{43}"), token);
        String id = field(created.body(), "id");
        OffsetDateTime expires = OffsetDateTime.parse(text(created.body(), "expiresAt"));
        OffsetDateTime in90Days = OffsetDateTime.now(ZoneOffset.UTC).plusDays(90);
        assertTrue(Duration.between(expires, in90Days).abs().toMinutes() < 5, "90 days by default: " + expires);

        ApiClient program = ApiClient.withToken(base, token);
        String total = field(desk.get("api/tokens").body(), "total");
        assertEquals(200, program.get("api/patients?q=smi").statusCode(), "calls as the front desk");
        assertEquals(403, program.get("api/users").statusCode(), "with the front desk's roles only");
        HttpResponse<String> tokenMakesToken = program.post("api/tokens", "{\"name\": \"" + unique("Copy") + "\"}");
        assertEquals(403, tokenMakesToken.statusCode(), tokenMakesToken.body());
        assertTrue(tokenMakesToken.body().contains("cannot create tokens"), tokenMakesToken.body());

        String listed = item(desk.get("api/tokens?max=100").body(), name).orElseThrow();
        assertEquals(id, field(listed, "id"));
        assertFalse(field(listed, "lastUsedAt").equals("null"), "the use shows: " + listed);
        assertEquals("[]", listed.replaceAll(".*\"roles\":(\\[[^]]*]).*", "$1"), "all of the owner's roles");
        String list = desk.get("api/tokens?max=100").body();
        assertFalse(list.contains(token) || list.contains(token.substring(5)), "never shown again: " + list);
        assertEquals(total, field(list, "total"), "the token made no token");

        assertEquals(204, desk.delete("api/tokens/" + id).statusCode());
        HttpResponse<String> revoked = program.get("api/patients?q=smi");
        HttpResponse<String> madeUp = ApiClient.withToken(base, "artc_" + "x".repeat(43)).get("api/patients?q=smi");
        assertEquals(401, revoked.statusCode());
        assertEquals(madeUp.body(), revoked.body(), "no hint that the token once existed");
        assertTrue(revoked.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(item(desk.get("api/tokens?max=100").body(), name).isEmpty(), "gone from the list");
        assertEquals(404, desk.delete("api/tokens/" + id).statusCode());

        HttpResponse<String> anonymous = new ApiClient(base, null).get("api/tokens");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().allValues("WWW-Authenticate").stream().anyMatch(c -> c.startsWith("Bearer")),
                anonymous.headers().map().toString());
    }

    @Test
    @RunAsClient
    void badInputIsRefusedNamingTheFieldAndCreatesNothing() throws Exception {
        ApiClient desk = new ApiClient(base, "frontdesk");
        String total = field(desk.get("api/tokens").body(), "total");
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();

        assertRefused(desk.post("api/tokens", "{\"expiresAt\": \"2099-01-01T00:00:00Z\"}"), "name", "required");
        assertRefused(desk.post("api/tokens", "{\"name\": \"Old\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}"),
                "expiresAt", "in the future");
        assertRefused(desk.post("api/tokens", "{\"name\": \"Forever\", \"expiresAt\": \""
                + OffsetDateTime.now(ZoneOffset.UTC).plusYears(2) + "\"}"), "expiresAt", "at most a year");
        assertRefused(desk.post("api/tokens", "{\"name\": \"Soon\", \"expiresAt\": \"tomorrow\"}"),
                "expiresAt", "ISO-8601");
        assertRefused(desk.post("api/tokens", "{\"name\": \"Boss\", \"roles\": [\"ADMIN\"]}"), "roles",
                "roles its owner has");
        assertRefused(desk.post("api/tokens", "{\"name\": \"Typo\", \"roles\": [\"RECEPTION\"]}"), "roles",
                "Choose one of");

        assertEquals(total, field(desk.get("api/tokens").body(), "total"), "nothing created since " + now);
    }

    @Test
    @RunAsClient
    void aUserNeitherSeesNorRevokesAnotherUsersToken() throws Exception {
        ApiClient practitioner = new ApiClient(base, "practitioner");
        String name = unique("Home program app");
        HttpResponse<String> created = create(practitioner, "{\"name\": \"" + name + "\"}");
        String id = field(created.body(), "id");

        ApiClient desk = new ApiClient(base, "frontdesk");
        assertTrue(item(desk.get("api/tokens?max=100").body(), name).isEmpty());
        HttpResponse<String> notTheirs = desk.delete("api/tokens/" + id);
        assertEquals(404, notTheirs.statusCode(), notTheirs.body());
        assertEquals(200, ApiClient.withToken(base, text(created.body(), "token")).get("api/patients?q=smi")
                .statusCode(), "still works");
        assertEquals(204, practitioner.delete("api/tokens/" + id).statusCode());
    }

    @Test
    void aTokenStopsAtItsExpiry() throws Exception {
        ApiClient desk = new ApiClient(base, "frontdesk");
        HttpResponse<String> created = create(desk, "{\"name\": \"" + unique("Reminders")
                + "\", \"expiresAt\": \"" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(1) + "\"}");
        ApiClient program = ApiClient.withToken(base, text(created.body(), "token"));
        assertEquals(200, program.get("api/patients?q=smi").statusCode());

        clock.useClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(1).plusMinutes(1)));
        HttpResponse<String> expired = program.get("api/patients?q=smi");
        assertEquals(401, expired.statusCode());
        assertEquals(refusedBody(), expired.body(), "the same answer as for a made-up token");
        String listed = item(desk.get("api/tokens?max=100").body(), field(created.body(), "name").replace("\"", ""))
                .orElseThrow();
        assertEquals("true", field(listed, "expired"), listed);
    }

    @Test
    void aTokenHasItsOwnersCurrentRolesOrFewerAndStopsWhenTheOwnerMayNotSignIn() throws Exception {
        String username = "it-token-" + UUID.randomUUID().toString().substring(0, 8);
        long id = asAdmin.call(() -> users.create(username, "Terry Token", OWN_PASSWORD,
                Set.of(Role.FRONT_DESK, Role.ADMIN)).getId());
        ApiClient owner = new ApiClient(base, username, OWN_PASSWORD);
        ApiClient all = ApiClient.withToken(base, text(create(owner, "{\"name\": \"Everything\"}").body(), "token"));
        HttpResponse<String> narrowCreated = create(owner, "{\"name\": \"Desk only\", \"roles\": [\"front_desk\"]}");
        assertTrue(narrowCreated.body().contains("\"roles\":[\"FRONT_DESK\"]"), narrowCreated.body());
        ApiClient deskOnly = ApiClient.withToken(base, text(narrowCreated.body(), "token"));

        assertEquals(200, all.get("api/users").statusCode());
        assertEquals(403, deskOnly.get("api/users").statusCode(), "narrowed to the front desk");
        assertEquals(200, deskOnly.get("api/patients?q=smi").statusCode());

        asAdmin.call(() -> {
            UserAccount account = users.find(id);
            return users.update(id, account.getVersion(),
                    new UserRequest(null, account.getFullName(), null, Set.of(Role.ADMIN), null));
        });
        assertEquals(403, all.get("api/patients?q=smi").statusCode(), "the owner's roles as they are now");
        assertEquals(200, all.get("api/users").statusCode());
        assertEquals(401, deskOnly.get("api/patients?q=smi").statusCode(), "no role left: refused");

        asAdmin.call(() -> users.setActive(id, false));
        assertEquals(refusedBody(), all.get("api/users").body(), "deactivated owner");
        asAdmin.call(() -> users.setActive(id, true));
        assertEquals(200, all.get("api/users").statusCode());
        asAdmin.call(() -> users.resetPassword(id));
        HttpResponse<String> oneTime = all.get("api/users");
        assertEquals(401, oneTime.statusCode(), "the owner must choose a password first");
        assertEquals(refusedBody(), oneTime.body());
    }

    /** POSTs a new token with the owner's password and expects it made. */
    private static HttpResponse<String> create(ApiClient owner, String json) throws Exception {
        HttpResponse<String> created = owner.post("api/tokens", json);
        assertEquals(201, created.statusCode(), created.body());
        return created;
    }

    private String refusedBody() throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        HttpResponse<String> madeUp = ApiClient.withToken(base, "artc_" + java.util.Base64.getUrlEncoder()
                .withoutPadding().encodeToString(random)).get("api/patients?q=smi");
        assertEquals(401, madeUp.statusCode());
        return madeUp.body();
    }

    private static void assertRefused(HttpResponse<String> response, String field, String words) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"" + field + "\"") && response.body().contains(words),
                response.body());
    }

    /** The listed token with this name, if the page holds it. */
    private static Optional<String> item(String page, String name) {
        return ApiClient.objects(page).stream().filter(o -> o.contains("\"name\":\"" + name + "\"")).findFirst();
    }

    private static String text(String json, String name) {
        String value = field(json, name);
        return value.substring(1, value.length() - 1);
    }

    private static String unique(String stem) {
        return stem + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
