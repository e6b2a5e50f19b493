package org.artclinic.clinic.journey;

import static org.artclinic.clinic.testsupport.ApiClient.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.artclinic.clinic.journey.ClinicScreens.fill;
import static org.artclinic.clinic.journey.ClinicScreens.press;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.artclinic.clinic.security.Totp;
import org.artclinic.clinic.testsupport.ApiClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A practitioner turns on two-factor sign-in on a tablet: Account menu, "Two-factor sign-in", scans
 * the QR code (here: reads the key under it, as someone typing it into their app would) and
 * confirms with a code; signs out, and signs in again with the password and then a code. The
 * administrator sees "On" on the Users page and resets it for a lost phone.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class TwoFactorJourneyIT {

    private static final String OWN_PASSWORD = "quiet harbour at dawn";
    private static final Dimension TABLET = new Dimension(768, 1024);
    private static final Dimension DESKTOP = new Dimension(1366, 900); // the other journeys' size (Browser)

    @ArquillianResource
    private URL base;

    /** The step of the last code typed, so that the next one is a later step (a code works once). */
    private long lastStep = Long.MIN_VALUE;

    @Test
    void aPractitionerTurnsOnTwoFactorSignInAndSignsInWithPasswordAndCode(WebDriver browser) throws Exception {
        WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        String username = "tess." + ApiClient.letters().substring(0, 6);
        HttpResponse<String> created = new ApiClient(base, "admin").post("api/users", """
                {"username": "%s", "fullName": "Tess Tablet", "roles": ["PRACTITIONER"]}""".formatted(username));
        assertEquals(201, created.statusCode(), created.body());
        String oneTime = field(created.body(), "oneTimePassword").replace("\"", "");

        browser.manage().window().setSize(TABLET);
        try {
            ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
            screens.signIn(username, oneTime);
            fill(wait, "passwordForm:current", oneTime);
            fill(wait, "passwordForm:chosen", OWN_PASSWORD);
            fill(wait, "passwordForm:repeated", OWN_PASSWORD);
            pressAndWait(wait, "passwordForm:save");

            // the menu button shows the account menu on a tablet as on a desktop
            press(wait, "headerForm:accountMenu_button");
            press(wait, "headerForm:twoFactor");
            wait.until(d -> "account/two-factor.xhtml".equals(screens.pathAfterContext()));
            assertEquals("Two-factor sign-in", screens.pageTitle());
            assertTrue(browser.findElement(By.id("twoFactorStatusOff")).isDisplayed());
            pressAndWait(wait, "twoFactorForm:begin");

            WebElement qr = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.two-factor-qr")));
            assertTrue(qr.getSize().getWidth() >= 150, "a QR code a phone can read: " + qr.getSize());
            String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
            assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
            WebElement code = browser.findElement(By.id("twoFactorForm:code"));
            assertEquals("one-time-code", code.getDomAttribute("autocomplete"));
            assertEquals("numeric", code.getDomAttribute("inputmode"));
            Accessibility.assertNoSeriousViolations(browser, "two-factor set-up page");
            assertEquals(Boolean.FALSE, ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth"),
                    "the set-up page does not scroll sideways on a tablet");
            screenshot(browser, "set-up-tablet");

            code.sendKeys(nextCode(secret));
            pressAndWait(wait, "twoFactorForm:confirm");
            assertTrue(browser.findElement(By.id("twoFactorStatus")).getText().contains("Two-factor sign-in is on"));
            assertTrue(browser.findElement(By.id("messages")).getText().contains("From your next sign-in, enter a code"),
                    browser.findElement(By.id("messages")).getText());
            Accessibility.assertNoSeriousViolations(browser, "two-factor page, on");
            screenshot(browser, "on-tablet");
            screens.signOut();

            // the password, then the code step on the same page
            screens.enterPassword(username, OWN_PASSWORD);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codeForm:code")));
            assertTrue(browser.findElement(By.id("codeForm")).getText().contains("Your password is right."));
            Accessibility.assertNoSeriousViolations(browser, "sign-in code step");
            screenshot(browser, "code-step-tablet");
            browser.findElement(By.id("codeForm:code")).sendKeys(nextCode(secret));
            pressAndWait(wait, "codeForm:verify");
            assertEquals("charting/my-day.xhtml", screens.pathAfterContext());
            assertEquals("Tess Tablet", screens.signedInName());
            screens.signOut();
        } finally {
            browser.manage().window().setSize(DESKTOP);
        }

        // the administrator sees it on and resets it (a lost phone); the password alone signs in again
        ClinicScreens admin = new ClinicScreens(browser, base).openApplication().signIn("admin", ApiClient.PASSWORD);
        WebElement find = browser.findElement(By.id("usersForm:users:globalFilter"));
        find.sendKeys(username);
        By row = By.xpath("//tbody[@id='usersForm:users_data']/tr[contains(., '" + username + "')]");
        String shown = wait.until(d -> {
            ClinicScreens.ajaxIdle(wait);
            return d.findElements(By.cssSelector("tbody[id='usersForm:users_data'] > tr")).size() == 1
                    && !d.findElements(row).isEmpty() ? d.findElement(row).getText() : null;
        });
        assertTrue(shown.contains("On"), shown);
        press(wait, new ByChained(row, By.cssSelector("button[id$=':resetTwoFactor']")));
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertTrue(confirm.getText().contains("Reset two-factor: Tess Tablet"), confirm.getText());
        Accessibility.assertNoSeriousViolations(browser, "users page asking before a two-factor reset");
        screenshot(browser, "reset-confirm");
        press(wait, "confirmYes");
        wait.until(d -> d.findElement(By.id("messages")).getText().contains("Two-factor sign-in of \"" + username));
        wait.until(d -> d.findElements(By.cssSelector("button[id$=':resetTwoFactor']")).isEmpty());
        assertTrue(browser.findElement(row).getText().contains("Off"), browser.findElement(row).getText());
        admin.signOut();

        admin.signIn(username, OWN_PASSWORD);
        assertEquals("charting/my-day.xhtml", admin.pathAfterContext(), "the password alone, after the reset");
    }

    /** A code of a later step than the last one typed: the current step's, or the next one's (one step of drift). */
    private String nextCode(String secret) throws InterruptedException {
        long now = Totp.stepAt(Instant.now());
        if (lastStep > now) {
            Thread.sleep(Totp.STEP.toMillis()); // the next step's code was used already: wait for it to be current
            now = Totp.stepAt(Instant.now());
        }
        long step = Math.max(now, lastStep + 1);
        lastStep = step;
        return Totp.codeAt(secret, step);
    }

    /** Presses a button that submits the whole page and waits until the next page has replaced it. */
    private static void pressAndWait(WebDriverWait wait, String id) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        button.click();
        wait.until(d -> ClinicScreens.isGone(button));
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Browser.screenshot(browser, "TwoFactorJourneyIT-" + name);
    }
}
