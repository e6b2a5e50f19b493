package org.artclinic.clinic.security;

import static org.artclinic.clinic.testsupport.ApiClient.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ejb.EJB;

import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two-factor sign-in over HTTP (decision 0028): a user turns it on on the page and then signs in
 * with the password and a code; wrong and replayed codes are refused, and so is HTTP Basic on the
 * API; an administrator's reset turns it off; while the clinic requires it of administrators, one
 * without it is sent to set it up. Codes are computed from the secret shown on the page, with the
 * library the application uses and the clinic's clock.
 */
@ExtendWith(ArquillianExtension.class)
class TwoFactorIT {

    private static final String PASSPHRASE = "second factor lighthouse";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");

    @ArquillianResource
    private URL base;

    @EJB
    private UserAccountService users;

    @EJB
    private TwoFactorService twoFactor;

    @EJB
    private ClinicClock clock;

    @EJB
    private SignInLimits limits;

    @EJB
    private AsAdmin asAdmin;

    @Test
    void aUserTurnsItOnAndThenSignsInWithPasswordAndACodeUsedOnlyOnce() throws Exception {
        String username = create("code", Role.FRONT_DESK);
        WebClient setUp = signedIn(username);
        String secret = turnOn(setUp);

        WebClient client = new WebClient(base);
        HttpResponse<String> password = client.login(username, PASSPHRASE);
        assertEquals(200, password.statusCode(), "the password alone does not sign in");
        assertTrue(password.body().contains("codeForm") && password.body().contains("one-time-code"), password.body());
        assertEquals("login.xhtml", client.redirectTarget(client.get("scheduling/today.xhtml")), "not signed in yet");

        HttpResponse<String> wrong = enterCode(client, wrongCode(secret));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("That code is not right"), wrong.body());

        String code = code(secret, 1); // the next step's code: accepted (one step of clock drift)
        HttpResponse<String> signedIn = enterCode(client, code);
        assertEquals("scheduling/today.xhtml", client.redirectTarget(signedIn), signedIn.body());
        assertEquals(200, client.get("scheduling/today.xhtml").statusCode());

        WebClient replay = new WebClient(base);
        replay.login(username, PASSPHRASE);
        HttpResponse<String> replayed = enterCode(replay, code);
        assertTrue(replayed.body().contains("That code is not right"), "a code is used once: " + replayed.body());
        assertEquals("login.xhtml", replay.redirectTarget(replay.get("scheduling/today.xhtml")));

        HttpResponse<String> basic = new ApiClient(base, username, PASSPHRASE).get("api/practitioners");
        assertEquals(401, basic.statusCode(), "HTTP Basic cannot give a code: " + basic.body());
    }

    @Test
    void anAdministratorResetsItForALostPhoneAndThePasswordAloneSignsInAgain() throws Exception {
        String username = create("lost", Role.PRACTITIONER);
        WebClient user = signedIn(username);
        turnOn(user);
        HttpResponse<String> guess = user.submit("account/two-factor.xhtml", "twoFactorForm",
                Map.of("proof", "not my password"), "turnOff");
        assertTrue(guess.body().contains("neither your password nor a current code"), guess.body());
        assertEquals(1, (int) asAdmin.call(() -> limits.failuresOf(username)), "counted like a wrong sign-in");

        long id = users.findByUsername(username).orElseThrow().getId();
        ApiClient admin = new ApiClient(base, "admin");
        assertEquals("true", field(admin.get("api/users/" + id).body(), "twoFactorEnabled"));

        assertEquals(403, new ApiClient(base, "manager").post("api/users/" + id + "/two-factor-reset", null).statusCode());
        HttpResponse<String> reset = admin.post("api/users/" + id + "/two-factor-reset", null);
        assertEquals(200, reset.statusCode(), reset.body());
        assertEquals("false", field(reset.body(), "twoFactorEnabled"), reset.body());

        WebClient client = new WebClient(base);
        assertEquals("charting/my-day.xhtml", client.redirectTarget(client.login(username, PASSPHRASE)));
        assertTrue(client.get("account/two-factor.xhtml").body().contains("Two-factor sign-in is off."));
    }

    @Test
    void whileTheClinicRequiresItAnAdministratorWithoutItCanOnlySetItUp() throws Exception {
        String username = create("boss", Role.ADMIN);
        asAdmin.call(() -> {
            twoFactor.requireForAdministrators(true);
            return null;
        });
        try {
            WebClient client = signedIn(username);
            assertEquals("account/two-factor.xhtml", client.redirectTarget(client.get("admin/users.xhtml")),
                    "no other page before two-factor sign-in is on");
            HttpResponse<String> page = client.get("account/two-factor.xhtml");
            assertTrue(page.body().contains("The clinic requires administrators to use two-factor sign-in"),
                    page.body());
            WebClient desk = new WebClient(base);
            desk.login("frontdesk", ApiClient.PASSWORD);
            assertEquals(200, desk.get("scheduling/today.xhtml").statusCode(), "other roles are not asked");

            HttpResponse<String> begun = client.submit("account/two-factor.xhtml", "twoFactorForm", Map.of(), "begin");
            String secret = secretOn(begun);
            HttpResponse<String> confirmed = client.submit("account/two-factor.xhtml", "twoFactorForm",
                    Map.of("code", code(secret, 0)), "confirm");
            assertEquals("admin/users.xhtml", client.redirectTarget(confirmed), "on to the start page");
            assertEquals(200, client.get("admin/users.xhtml").statusCode());

            HttpResponse<String> turnOff = client.submit("account/two-factor.xhtml", "twoFactorForm",
                    Map.of("proof", PASSPHRASE), "turnOff");
            assertTrue(turnOff.body().contains("it cannot be turned off"), turnOff.body());
        } finally {
            asAdmin.call(() -> {
                twoFactor.requireForAdministrators(false);
                return null;
            });
        }
    }

    /** Turns two-factor sign-in on on the page for a signed-in client; returns the secret it showed. */
    private String turnOn(WebClient client) throws Exception {
        HttpResponse<String> off = client.get("account/two-factor.xhtml");
        assertTrue(off.body().contains("Two-factor sign-in is off."), off.body());
        HttpResponse<String> begun = client.submit("account/two-factor.xhtml", "twoFactorForm", Map.of(), "begin");
        assertTrue(begun.body().contains("<svg") && begun.body().contains("two-factor-qr"), "a QR code: " + begun.body());
        String secret = secretOn(begun);

        HttpResponse<String> wrong = client.submit("account/two-factor.xhtml", "twoFactorForm",
                Map.of("code", "12345"), "confirm");
        assertTrue(wrong.body().contains("That code is not right."), wrong.body());
        HttpResponse<String> on = client.submit("account/two-factor.xhtml", "twoFactorForm",
                Map.of("code", code(secret, 0)), "confirm");
        assertTrue(on.body().contains("Two-factor sign-in is on"), on.body());
        return secret;
    }

    private static String secretOn(HttpResponse<String> page) {
        Matcher shown = SECRET.matcher(page.body());
        assertTrue(shown.find(), "the secret as text: " + page.body());
        String grouped = shown.group(1).strip();
        assertTrue(grouped.matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}"), grouped);
        return grouped.replace(" ", "");
    }

    /** The code of the current step plus {@code ahead}, by the clinic's clock. */
    private String code(String secret, int ahead) {
        return Totp.codeAt(secret, Totp.stepAt(clock.now()) + ahead);
    }

    /** Six digits that are none of the codes accepted now. */
    private String wrongCode(String secret) {
        Set<String> accepted = Set.of(code(secret, -1), code(secret, 0), code(secret, 1), code(secret, 2));
        return Stream.of("000000", "111111", "222222").filter(c -> !accepted.contains(c)).findFirst().orElseThrow();
    }

    private HttpResponse<String> enterCode(WebClient client, String code) throws Exception {
        return client.submit("login.xhtml", "codeForm", Map.of("code", code), "verify");
    }

    private WebClient signedIn(String username) throws Exception {
        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, PASSPHRASE).statusCode());
        return client;
    }

    private String create(String stem, Role role) throws Exception {
        String username = "it-2fa-" + stem + "-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin.call(() -> users.create(username, "Tess Twofactor", PASSPHRASE, Set.of(role)));
        return username;
    }
}
