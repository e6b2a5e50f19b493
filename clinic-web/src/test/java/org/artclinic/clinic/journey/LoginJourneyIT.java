package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Each demo user signs in from the application's address, lands on their own start page, sees
 * only the menu entries of their role, and signs out again.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class LoginJourneyIT {

    private static final String DEMO_PASSWORD = "demo1234";

    @ArquillianResource
    private URL base;

    @ParameterizedTest(name = "{0} signs in and out")
    @CsvSource(delimiter = '|', value = {
            "frontdesk    | Fran Desmond    | Front desk    | scheduling/today.xhtml  | Today's schedule | Today's schedule; Calendar; Waitlist; Patients",
            "practitioner | Dr. Priya Raman | Practitioner  | charting/my-day.xhtml   | My day           | My day; Patients; Protocols",
            "manager      | Morgan Ellis    | Manager       | billing/overview.xhtml  | Billing overview | Billing overview; Charge review; Claims; Reports; Payers and fees; Code sets",
            "admin        | Alex Admin      | Administrator | admin/users.xhtml       | Users            | Users; Locations and rooms; Practitioners; Consent text; Appointment types; Audit trail; Backups; Protocols"})
    void eachDemoUserReachesTheirStartPageWithOnlyTheirMenu(String username, String fullName, String role,
            String startPage, String title, String menu, WebDriver browser) {
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();

        screens.signIn(username, DEMO_PASSWORD);

        assertEquals(startPage, screens.pathAfterContext());
        assertEquals(title, screens.pageTitle());
        assertEquals(fullName, screens.signedInName());
        assertEquals(role, screens.signedInRole());
        assertEquals(List.of(menu.split("; ")), screens.menuEntries(), "exactly the role's menu, in order");
        Accessibility.assertNoSeriousViolations(browser, title);

        screens.signOut();
        assertTrue(screens.loginMessages().contains("You have been signed out"), screens.loginMessages());

        browser.get(base.toExternalForm() + startPage);
        assertTrue(screens.onLoginPage(), "after signing out the start page asks for a login again");
    }

    @Test
    void aWrongPasswordShowsAClearMessageAndTheRightOneThenWorks(WebDriver browser) {
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();

        screens.signIn("frontdesk", "demo12345");
        assertTrue(screens.onLoginPage());
        assertTrue(screens.loginMessages().contains("The user name or password is not right"), screens.loginMessages());
        Accessibility.assertNoSeriousViolations(browser, "login page with a refusal");

        screens.signIn("frontdesk", DEMO_PASSWORD);
        assertEquals("Today's schedule", screens.pageTitle());
    }

    @Test
    void theAdministratorSeesTheUserListInUserNameOrder(WebDriver browser) {
        new ClinicScreens(browser, base).openApplication().signIn("admin", DEMO_PASSWORD);
        String table = browser.findElement(By.id("usersForm:users")).getText();
        // other tests add users, so only the first rows of the ordered list are certain
        assertTrue(table.indexOf("admin") < table.indexOf("frontdesk"), table);
        assertTrue(table.contains("Alex Admin") && table.contains("Fran Desmond"), table);
        assertTrue(table.contains("Administrator") && table.contains("Front desk"), table);
    }
}
