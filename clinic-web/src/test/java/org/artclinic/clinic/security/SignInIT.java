package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in with accounts made for the test (in the container, through the real service), then
 * over HTTP through the real login form.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String PASSPHRASE = "tension and movement";

    @ArquillianResource
    private URL base;

    @EJB
    private UserAccountService users;

    @EJB
    private AsAdmin asAdmin;

    @Test
    void someoneWithSeveralRolesStartsOnTheClinicalPageAndSeesEveryMenuOfTheirRoles() throws Exception {
        String username = unique("both");
        asAdmin.call(() -> users.create(username, "Sam Both", PASSPHRASE, Set.of(Role.ADMIN, Role.PRACTITIONER)));

        WebClient client = new WebClient(base);
        HttpResponse<String> login = client.login(username, PASSPHRASE);
        assertEquals("charting/my-day.xhtml", client.redirectTarget(login));

        String page = client.get("charting/my-day.xhtml").body();
        assertTrue(page.contains("Sam Both"));
        assertTrue(page.contains("menuMyDay") && page.contains("menuUsers"), "both roles' menu entries");
        assertFalse(page.contains("menuSchedule") || page.contains("menuBilling"), "no other role's entries");
        HttpResponse<String> users = client.get("admin/users.xhtml");
        assertEquals(200, users.statusCode(), users::body);
        assertEquals(403, client.get("scheduling/today.xhtml").statusCode());
    }

    @Test
    void aDeactivatedAccountCanNoLongerSignIn() throws Exception {
        String username = unique("leaver");
        asAdmin.call(() -> users.create(username, "Lee Leaver", PASSPHRASE, Set.of(Role.FRONT_DESK)));
        assertEquals(302, new WebClient(base).login(username, PASSPHRASE).statusCode(), "active: signs in");

        asAdmin.call(() -> {
            users.deactivate(username);
            return null;
        });

        HttpResponse<String> refused = new WebClient(base).login(username, PASSPHRASE);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("the account is inactive"), refused.body());
    }

    @Test
    void repeatedWrongPasswordsBlockTheNameEvenForTheRightPassword() throws Exception {
        String username = unique("guessed");
        asAdmin.call(() -> users.create(username, "Gus Guessed", PASSPHRASE, Set.of(Role.MANAGER)));

        for (int attempt = 1; attempt <= SignInRule.USER_NAME.freeFailures(); attempt++) {
            HttpResponse<String> wrong = new WebClient(base).login(username, "wrong guess " + attempt);
            assertTrue(wrong.body().contains("user name or password is not right"), "attempt " + attempt);
        }
        HttpResponse<String> blocked = new WebClient(base).login(username, PASSPHRASE);
        assertEquals(200, blocked.statusCode(), "not signed in");
        assertTrue(blocked.body().contains("user name or password is not right"), "the same answer: " + blocked.body());

        assertEquals(302, new WebClient(base).login("manager", "demo1234").statusCode(), "other names unaffected");
    }

    private static String unique(String stem) {
        return "it-" + stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
