package org.artclinic.clinic.admin;

import static org.artclinic.clinic.testsupport.ApiClient.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff accounts as an administrator manages them, over HTTP: on the users page and through
 * {@code /api/users}; the one-time password leads only to the password page (and is refused by the
 * API); other roles are refused and change nothing.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class UserManagementIT {

    private static final Pattern ONE_TIME = Pattern.compile("id=\"oneTimePassword\"[^>]*>([a-z2-9-]+)<");
    private static final String OWN_PASSWORD = "lavender river compass";

    @ArquillianResource
    private URL base;

    @Test
    void anAdministratorAddsAUserOnThePageWhoMustChooseTheirOwnPasswordBeforeAnythingElse() throws Exception {
        String username = unique("page");
        WebClient admin = signedIn("admin", ApiClient.PASSWORD);
        HttpResponse<String> added = admin.submit("admin/users.xhtml", "userDialogForm", Map.of("username", username,
                "fullName", "Paige Newcomer", "email", "paige@clinic.example", "roles", "FRONT_DESK"), "save");
        assertEquals(200, added.statusCode());
        assertTrue(added.body().contains("User &quot;" + username + "&quot; added.")
                || added.body().contains("User \"" + username + "\" added."), added.body());
        Matcher shown = ONE_TIME.matcher(added.body());
        assertTrue(shown.find(), "the one-time password is shown once: " + added.body());
        String oneTime = shown.group(1);
        assertFalse(admin.get("admin/users.xhtml").body().contains(oneTime), "and never again");

        WebClient newcomer = new WebClient(base);
        assertEquals("account/password.xhtml", newcomer.redirectTarget(newcomer.login(username, oneTime)));
        assertEquals("account/password.xhtml", newcomer.redirectTarget(newcomer.get("scheduling/today.xhtml")),
                "no other page before the password is changed");

        HttpResponse<String> weak = newcomer.submit("account/password.xhtml", "passwordForm",
                Map.of("current", oneTime, "chosen", "password1234", "repeated", "password1234"), "save");
        assertTrue(weak.body().contains("common or leaked"), weak.body());
        HttpResponse<String> wrongCurrent = newcomer.submit("account/password.xhtml", "passwordForm",
                Map.of("current", "not-the-one-time", "chosen", OWN_PASSWORD, "repeated", OWN_PASSWORD), "save");
        assertTrue(wrongCurrent.body().contains("The current password is not right."), wrongCurrent.body());

        HttpResponse<String> changed = newcomer.submit("account/password.xhtml", "passwordForm",
                Map.of("current", oneTime, "chosen", OWN_PASSWORD, "repeated", OWN_PASSWORD), "save");
        assertEquals("scheduling/today.xhtml", newcomer.redirectTarget(changed), "on to the front desk's start page");
        assertEquals(200, newcomer.get("scheduling/today.xhtml").statusCode());

        assertEquals(200, new WebClient(base).login(username, oneTime).statusCode(), "the one-time password is spent");
        assertEquals("scheduling/today.xhtml",
                new WebClient(base).redirectTarget(new WebClient(base).login(username, OWN_PASSWORD)));
    }

    @Test
    void badInputOnThePageIsRefusedWithTheReasonAndNothingIsAdded() throws Exception {
        String username = unique("bad");
        WebClient admin = signedIn("admin", ApiClient.PASSWORD);
        HttpResponse<String> noRole = admin.submit("admin/users.xhtml", "userDialogForm",
                Map.of("username", username, "fullName", "No Role"), "save");
        assertTrue(noRole.body().contains("Choose at least one role."), noRole.body());
        HttpResponse<String> taken = admin.submit("admin/users.xhtml", "userDialogForm",
                Map.of("username", "frontdesk", "fullName", "Second Desk", "roles", "FRONT_DESK"), "save");
        assertTrue(taken.body().contains("is already taken"), taken.body());
        assertFalse(admin.get("admin/users.xhtml").body().contains(username), "nothing added");
    }

    @Test
    void theApiCreatesChangesDeactivatesAndResetsUsersForAdministratorsOnly() throws Exception {
        ApiClient admin = new ApiClient(base, "admin");
        String username = unique("api");
        HttpResponse<String> created = admin.post("api/users", """
                {"username": "%s", "fullName": "Avery Api", "roles": ["MANAGER"]}""".formatted(username));
        assertEquals(201, created.statusCode(), created.body());
        String id = field(created.body(), "id");
        String oneTime = field(created.body(), "oneTimePassword").replace("\"", "");
        assertEquals("true", field(created.body(), "passwordChangeRequired"));

        HttpResponse<String> notYet = new ApiClient(base, username, oneTime).get("api/users");
        assertEquals(401, notYet.statusCode());
        assertTrue(notYet.body().contains("one-time password"), notYet.body());

        String version = field(admin.get("api/users/" + id).body(), "version");
        HttpResponse<String> changed = admin.patch("api/users/" + id, """
                {"version": %s, "fullName": "Avery Api-Smith", "roles": ["MANAGER", "FRONT_DESK"]}""".formatted(version));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("\"Avery Api-Smith\"", field(changed.body(), "fullName"));
        assertTrue(changed.body().contains("\"FRONT_DESK\"") && changed.body().contains("\"MANAGER\""), changed.body());

        HttpResponse<String> stale = admin.patch("api/users/" + id, """
                {"version": %s, "fullName": "Lost Edit"}""".formatted(version));
        assertEquals(400, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("Someone else changed"), stale.body());

        HttpResponse<String> deactivated = admin.patch("api/users/" + id, """
                {"version": %s, "active": false}""".formatted(field(changed.body(), "version")));
        assertEquals("false", field(deactivated.body(), "active"), deactivated.body());

        HttpResponse<String> reset = admin.post("api/users/" + id + "/password-reset", null);
        assertEquals(200, reset.statusCode(), reset.body());
        assertFalse(field(reset.body(), "oneTimePassword").contains(oneTime));

        HttpResponse<String> bad = admin.post("api/users", """
                {"username": "%s", "roles": ["RECEPTIONIST"]}""".formatted(unique("bad")));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"fullName\"") && bad.body().contains("\"roles\""), bad.body());
        assertEquals(404, admin.get("api/users/999999999").statusCode());

        for (String other : List.of("frontdesk", "practitioner", "manager")) {
            ApiClient refused = new ApiClient(base, other);
            assertEquals(403, refused.get("api/users").statusCode(), other);
            assertEquals(403, refused.post("api/users", """
                    {"username": "%s", "fullName": "Sneaky", "roles": ["ADMIN"]}""".formatted(unique("sneak")))
                    .statusCode(), other);
            assertEquals(403, refused.post("api/users/" + id + "/password-reset", null).statusCode(), other);
            assertEquals(403, refused.patch("api/users/" + id, "{\"version\": 0, \"active\": true}").statusCode(), other);
        }
        assertFalse(admin.get("api/users?max=200").body().contains("Sneaky"), "nothing was created by others");
        assertEquals("false", field(admin.get("api/users/" + id).body(), "active"), "nor changed");
    }

    @Test
    void anAdministratorUnlocksANameThatTooManyFailedSignInsLocked() throws Exception {
        // sorts before every demo user, so it is on the list's first page
        String username = "aa-lock-" + ApiClient.letters().substring(0, 6);
        HttpResponse<String> created = new ApiClient(base, "admin").post("api/users", """
                {"username": "%s", "fullName": "Lou Locked", "roles": ["MANAGER"]}""".formatted(username));
        String oneTime = field(created.body(), "oneTimePassword").replace("\"", "");
        for (int attempt = 0; attempt < 5; attempt++) {
            new WebClient(base).login(username, "a wrong guess " + attempt);
        }
        assertEquals(200, new WebClient(base).login(username, oneTime).statusCode(), "locked: even the right password");

        WebClient admin = signedIn("admin", ApiClient.PASSWORD);
        String list = admin.get("admin/users.xhtml").body();
        Matcher row = Pattern.compile("data-ri=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*>" + Pattern.quote(username) + "<",
                Pattern.DOTALL).matcher(list);
        assertTrue(row.find(), "the locked user is on the first page: " + list);
        String rowHtml = list.substring(row.start(), list.indexOf("</tr>", row.start()));
        assertTrue(rowHtml.contains("Locked after failed sign-ins"), rowHtml);

        HttpResponse<String> unlocked = admin.submit("admin/users.xhtml", "usersForm", Map.of(),
                "users:" + row.group(1) + ":unlock");
        assertTrue(unlocked.body().contains(username + "&quot; may sign in again")
                || unlocked.body().contains(username + "\" may sign in again"), unlocked.body());
        assertEquals("account/password.xhtml",
                new WebClient(base).redirectTarget(new WebClient(base).login(username, oneTime)));
    }

    @Test
    void otherRolesCannotOpenTheUsersPage() throws Exception {
        for (String other : List.of("frontdesk", "practitioner", "manager")) {
            assertEquals(403, signedIn(other, ApiClient.PASSWORD).get("admin/users.xhtml").statusCode(), other);
        }
    }

    private WebClient signedIn(String username, String password) throws Exception {
        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, password).statusCode());
        return client;
    }

    private static String unique(String stem) {
        return "it-" + stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
