package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.artclinic.clinic.journey.ClinicScreens.fill;
import static org.artclinic.clinic.journey.ClinicScreens.press;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.artclinic.clinic.testsupport.ApiClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator gives a new receptionist a sign-in: adds the user on the Users page and reads
 * the one-time password off the screen; the receptionist signs in with it, must choose their own
 * password first, and then lands on Today's schedule. A manager makes an API token for a program
 * from the Account menu, copies it from the screen once, and revokes it.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class AccountsJourneyIT {

    private static final String DEMO_PASSWORD = "demo1234";
    private static final String OWN_PASSWORD = "harbour lights at seven";

    @ArquillianResource
    private URL base;

    @Test
    void anAdministratorAddsAFrontDeskUserWhoChoosesTheirOwnPasswordAndStartsTheirDay(WebDriver browser)
            throws IOException {
        WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        String username = "robin." + ApiClient.letters().substring(0, 6);
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();

        screens.signIn("admin", DEMO_PASSWORD);
        assertEquals("Users", screens.pageTitle());
        press(wait, "usersForm:addUser");
        fill(wait, "userDialogForm:username", username);
        fill(wait, "userDialogForm:fullName", "Robin Reception");
        fill(wait, "userDialogForm:email", "robin@clinic.example");
        press(wait, By.cssSelector("label[for='userDialogForm:roles:1']")); // Front desk
        Accessibility.assertNoSeriousViolations(browser, "users page with the new-user dialog");
        press(wait, "userDialogForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("userDialog")));

        String oneTime = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oneTimePassword"))).getText();
        assertTrue(oneTime.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"), oneTime);
        assertTrue(browser.findElement(By.id("messages")).getText().contains("User \"" + username + "\" added."),
                browser.findElement(By.id("messages")).getText());
        // however many users there are, "Find a user" brings the new one up
        WebElement find = browser.findElement(By.id("usersForm:users:globalFilter"));
        find.sendKeys("reception");
        By row = By.xpath("//tbody[@id='usersForm:users_data']/tr[contains(., '" + username + "')]");
        // one filter request per key: wait until the last has answered and every row shown matches
        String shown = wait.until(d -> {
            ClinicScreens.ajaxIdle(wait);
            List<WebElement> rows = d.findElements(By.cssSelector("tbody[id='usersForm:users_data'] > tr"));
            boolean filtered = !rows.isEmpty()
                    && rows.stream().allMatch(r -> r.getText().toLowerCase(Locale.ROOT).contains("reception"));
            return filtered && !d.findElements(row).isEmpty() ? d.findElement(row).getText() : null;
        });
        assertTrue(shown.contains("Robin Reception"), shown);
        Accessibility.assertNoSeriousViolations(browser, "users page showing a one-time password");
        screenshot(browser, "one-time-password");

        // deactivating asks first; "No" changes nothing
        press(wait, new ByChained(row, By.cssSelector("button[id$=':deactivate']")));
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertTrue(confirm.getText().contains("Deactivate: Robin Reception"), confirm.getText());
        Accessibility.assertNoSeriousViolations(browser, "users page asking before a deactivation");
        press(wait, "confirmNo");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm")));
        assertTrue(browser.findElement(row).getText().contains("Active"), browser.findElement(row).getText());
        screens.signOut();

        screens.signIn(username, oneTime);
        assertEquals("account/password.xhtml", screens.pathAfterContext(), "the password comes first");
        assertTrue(browser.findElement(By.id("required")).getText().contains("one-time password"));
        Accessibility.assertNoSeriousViolations(browser, "change password page");
        browser.get(base.toExternalForm() + "scheduling/today.xhtml");
        assertEquals("account/password.xhtml", screens.pathAfterContext(), "no way around it");

        fill(wait, "passwordForm:current", oneTime);
        fill(wait, "passwordForm:chosen", OWN_PASSWORD);
        fill(wait, "passwordForm:repeated", OWN_PASSWORD);
        WebElement save = browser.findElement(By.id("passwordForm:save"));
        save.click();
        wait.until(d -> ClinicScreens.isGone(save));

        assertEquals("scheduling/today.xhtml", screens.pathAfterContext());
        assertEquals("Today's schedule", screens.pageTitle());
        assertEquals("Robin Reception", screens.signedInName());
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Your password has been changed."));
        assertFalse(screens.menuEntries().contains("Users"), "a receptionist's menu");
    }

    @Test
    void aManagerCreatesAnApiTokenFromTheAccountMenuCopiesItOnceAndRevokesIt(WebDriver browser) throws Exception {
        WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        String name = "Reminders " + ApiClient.letters().substring(0, 6);
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        screens.signIn("manager", DEMO_PASSWORD);

        press(wait, "headerForm:accountMenu_button");
        press(wait, "headerForm:apiTokens");
        wait.until(d -> "account/tokens.xhtml".equals(screens.pathAfterContext()));
        assertEquals("API tokens", screens.pageTitle());
        fill(wait, "tokensForm:name", name);
        Accessibility.assertNoSeriousViolations(browser, "API tokens page");
        press(wait, "tokensForm:create");

        String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newToken"))).getText();
        assertTrue(token.matches("artc_[A-Za-z0-9_-]{43}"), token);
        assertTrue(browser.findElement(By.id("tokensForm:shownPanel")).getText().contains("shown only this once"));
        By row = By.xpath("//tbody[@id='tokensForm:tokens_data']/tr[contains(., '" + name + "')]");
        String listed = wait.until(ExpectedConditions.visibilityOfElementLocated(row)).getText();
        assertTrue(listed.contains("Manager") && listed.contains("Never"), listed);
        Accessibility.assertNoSeriousViolations(browser, "API tokens page showing a new token");
        browser.findElement(By.id("copyToken")).click();
        wait.until(ExpectedConditions.textToBe(By.id("copyToken"), "Copied"));
        screenshot(browser, "api-token");
        assertEquals(200, ApiClient.withToken(base, token).get("api/practitioners").statusCode(), "the token works");

        press(wait, "tokensForm:shownDone");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("newToken")));
        press(wait, new ByChained(row, By.cssSelector("button[id$=':revoke']")));
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertTrue(confirm.getText().contains("Revoke: " + name), confirm.getText());
        Accessibility.assertNoSeriousViolations(browser, "API tokens page asking before a revocation");
        press(wait, "confirmYes");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Token \"" + name + "\" revoked."),
                browser.findElement(By.id("messages")).getText());
        assertEquals(401, ApiClient.withToken(base, token).get("api/practitioners").statusCode(), "and stops at once");
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Browser.screenshot(browser, "AccountsJourneyIT-" + name);
    }
}
