package org.artclinic.clinic.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.artclinic.clinic.setup.SetupPagesIT.assertPageSays;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;

import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccountService;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Linking a sign-in account to a practitioner on the practitioners page: the administrator types
 * the user name in the practitioner's dialog; from then on the account is that practitioner's
 * ({@code ClinicSetupService.practitionerOfUser}), the list shows it, no second practitioner can
 * claim it, and the practitioner's start page (My day) shows their own schedule instead of "not
 * linked". The account is created in the container; the pages are used over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class PractitionerAccountIT {

    private static final String PASSWORD = "linked practitioner 2026";

    @EJB
    private UserAccountService users;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private AsAdmin asAdmin;

    @ArquillianResource
    private URL base;

    @Test
    void anAdministratorLinksAnAccountAndThePractitionerSignsInToTheirOwnDay() throws Exception {
        String username = SetupRulesIT.unique("robin").toLowerCase().replaceAll("[^a-z0-9]", "");
        String name = SetupRulesIT.unique("Dr. Robin Linked");
        asAdmin.call(() -> users.create(username, "Robin Linked", PASSWORD, Set.of(Role.PRACTITIONER)));
        WebClient before = new WebClient(base);
        assertEquals(302, before.login(username, PASSWORD).statusCode());
        assertTrue(before.get("charting/my-day.xhtml").body().contains("is not linked to a practitioner"),
                "before linking there is no schedule to show");

        WebClient admin = signedIn("admin", "demo1234");
        HttpResponse<String> saved = admin.submit("admin/practitioners.xhtml", "practitionerDialogForm",
                Map.of("name", name, "discipline_input", "MASSAGE_THERAPIST", "colour", "#884422",
                        "username", " " + username.toUpperCase() + " "), "save");
        assertPageSays(saved, "Practitioner \"" + name + "\" added.");

        Practitioner linked = asAdmin.call(() -> setup.practitionerOfUser(username)).orElseThrow(
                () -> new AssertionError(username + " is linked to no practitioner"));
        assertEquals(name, linked.getDisplayName(), "the account is this practitioner's");
        String list = admin.get("admin/practitioners.xhtml").body();
        String row = list.substring(list.indexOf(name));
        assertTrue(row.substring(0, row.indexOf("</tr>")).contains(">" + username + "<"),
                "the list shows the linked user name in the practitioner's row: " + row);

        String other = SetupRulesIT.unique("Dr. Second Claim");
        HttpResponse<String> claimed = admin.submit("admin/practitioners.xhtml", "practitionerDialogForm",
                Map.of("name", other, "discipline_input", "CHIROPRACTOR", "colour", "#884422", "username", username),
                "save");
        assertPageSays(claimed, "User \"" + username + "\" is already linked to " + name + ".");
        assertFalse(admin.get("admin/practitioners.xhtml").body().contains(other), "nothing saved");
        assertPageSays(admin.submit("admin/practitioners.xhtml", "practitionerDialogForm",
                Map.of("name", other, "discipline_input", "CHIROPRACTOR", "colour", "#884422",
                        "username", username + "x"), "save"),
                "There is no user \"" + username + "x\".");

        WebClient practitioner = new WebClient(base);
        HttpResponse<String> login = practitioner.login(username, PASSWORD);
        assertEquals(302, login.statusCode(), "the linked practitioner signs in");
        assertEquals("charting/my-day.xhtml", practitioner.redirectTarget(login));
        HttpResponse<String> myDay = practitioner.get("charting/my-day.xhtml");
        assertEquals(200, myDay.statusCode());
        assertTrue(myDay.body().contains(name + ": your appointments for"), "their own day: " + myDay.body());
        assertFalse(myDay.body().contains("is not linked to a practitioner"), myDay.body());
        assertEquals(403, practitioner.get("admin/practitioners.xhtml").statusCode(),
                "being linked gives no set-up rights");
    }

    private WebClient signedIn(String username, String password) throws Exception {
        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, password).statusCode(), username + " signs in");
        return client;
    }
}
