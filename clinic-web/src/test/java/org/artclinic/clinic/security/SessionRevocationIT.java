package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an administrator does to an account reaches the open page sessions of its user within the
 * re-check interval (60 seconds, the product default), and no session outlives 12 hours since its
 * sign-in (decision 0027). A browserless user signs in over HTTP with a cookie jar; the clinic
 * clock is moved past the interval instead of sleeping through it.
 */
@ExtendWith(ArquillianExtension.class)
class SessionRevocationIT {

    private static final String PASSWORD = "copper meadow lantern";
    private static final String DESK_PAGE = "scheduling/today.xhtml";
    private static final String MANAGER_PAGE = "billing/overview.xhtml";

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
    void deactivationEndsALiveSessionAtTheNextRecheck() throws Exception {
        String username = newUser(Role.FRONT_DESK);
        long id = idOf(username);
        WebClient desk = signedIn(username);

        asAdmin.call(() -> users.setActive(id, false));
        assertEquals(200, desk.get(DESK_PAGE).statusCode(), "re-checked once a minute, not on every request");

        later(Duration.ofSeconds(61));
        HttpResponse<String> ended = desk.get(DESK_PAGE);
        assertEquals(302, ended.statusCode());
        assertEquals("login.xhtml", desk.redirectTarget(ended));
        assertTrue(ended.headers().firstValue("Location").orElseThrow().endsWith("?ended=revoked"));
        HttpResponse<String> login = desk.get("login.xhtml?ended=revoked");
        assertTrue(login.body().contains("Your session was ended by an administrator. Sign in again."), login.body());
        assertEquals("login.xhtml", desk.redirectTarget(desk.get(DESK_PAGE)), "signed out for good");
        assertTrue(desk.login(username, PASSWORD).body().contains("The user name or password is not right"),
                "and the deactivated account cannot sign in again");
    }

    @Test
    void aRoleChangeTakesEffectOnTheOpenSession() throws Exception {
        String username = newUser(Role.FRONT_DESK);
        long id = idOf(username);
        WebClient user = signedIn(username);
        assertEquals(403, user.get(MANAGER_PAGE).statusCode());

        asAdmin.call(() -> {
            UserAccount account = users.find(id);
            return users.update(id, account.getVersion(),
                    new UserRequest(null, account.getFullName(), null, Set.of(Role.MANAGER), null));
        });
        later(Duration.ofSeconds(61));
        assertEquals(200, user.get(MANAGER_PAGE).statusCode(), "the new role opens its page");
        assertEquals(403, user.get(DESK_PAGE).statusCode(), "the role taken away no longer does");
        assertEquals(403, user.get(DESK_PAGE).statusCode(), "and the session keeps the new roles");
    }

    @Test
    void aPasswordResetEndsTheSessionAndAnAjaxRequestIsSentToTheLoginPage() throws Exception {
        String username = newUser(Role.FRONT_DESK);
        long id = idOf(username);
        WebClient desk = signedIn(username);
        String viewState = WebClient.viewState(desk.get(DESK_PAGE));

        asAdmin.call(() -> users.resetPassword(id));
        later(Duration.ofSeconds(61));
        HttpResponse<String> ajax = desk.ajax(DESK_PAGE, viewState, "headerForm", "headerForm:logout", null,
                Map.of(), "@none");
        assertEquals(200, ajax.statusCode(), ajax.body());
        assertTrue(ajax.body().contains("<partial-response><redirect url=\"") && ajax.body()
                .contains("/login.xhtml?ended=revoked\"/>"), "a redirect the page's JSF script follows: " + ajax.body());
        assertEquals("login.xhtml", desk.redirectTarget(desk.get(DESK_PAGE)), "the session is gone");
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() throws Exception {
        String username = newUser(Role.FRONT_DESK);
        WebClient desk = new WebClient(base);
        // signed in on the way to a page (login-to-continue): that session is limited too
        assertEquals("login.xhtml", desk.redirectTarget(desk.get(DESK_PAGE)));
        HttpResponse<String> login = desk.login(username, PASSWORD);
        assertEquals(DESK_PAGE, desk.redirectTarget(login));
        assertEquals(200, desk.get(DESK_PAGE).statusCode());

        later(Duration.ofHours(12).minusMinutes(1));
        assertEquals(200, desk.get(DESK_PAGE).statusCode(), "busy for almost 12 hours");
        later(Duration.ofHours(12));
        HttpResponse<String> ended = desk.get(DESK_PAGE);
        assertTrue(ended.headers().firstValue("Location").orElseThrow().endsWith("login.xhtml?ended=lifetime"),
                ended.headers().map().toString());
        assertTrue(desk.get("login.xhtml?ended=lifetime").body().contains("You were signed in for 12 hours; sign in again."));
        assertEquals(DESK_PAGE, desk.redirectTarget(desk.login(username, PASSWORD)), "a new sign-in starts anew");
        assertEquals(200, desk.get(DESK_PAGE).statusCode());
    }

    /** An account of its own for each test, signed in with a known password. */
    private String newUser(Role role) throws Exception {
        String username = "it-session-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin.call(() -> users.create(username, "Sam Session", PASSWORD, Set.of(role)));
        return username;
    }

    private long idOf(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    private WebClient signedIn(String username) throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> login = client.login(username, PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        assertEquals(200, client.get(DESK_PAGE).statusCode());
        return client;
    }

    /** The clinic clock runs {@code by} ahead of the real time from now on (until the test ends). */
    private void later(Duration by) {
        clock.useClock(Clock.offset(Clock.systemUTC(), by));
    }
}
