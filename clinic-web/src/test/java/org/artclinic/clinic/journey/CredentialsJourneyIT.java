package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Properties;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator sees on the practitioners page which credentials run out (Dr. Raman's Upper
 * Extremity certification, in words), records a new practitioner's licence and a certification that
 * runs out within 60 days in the credentials dialog and sees its warning; Dr. Raman sees her own
 * warning on My day. Every page passes axe; screenshots at 1366 px and tablet width are saved.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class CredentialsJourneyIT {

    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension TABLET = new Dimension(768, 1024);

    @ArquillianResource
    private URL base;

    @Test
    void anAdministratorRecordsCredentialsAndThePractitionerSeesWhatRunsOut(WebDriver browser) throws Exception {
        Properties seeded = ClinicScreens.seed(base, "credentials-journey");
        String practitioner = seeded.getProperty("practitioner");
        LocalDate today = LocalDate.parse(seeded.getProperty("today"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL);
        browser.manage().window().setSize(DESKTOP);

        ClinicScreens screens = new ClinicScreens(browser, base).openApplication().signIn("admin", "demo1234");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menuForm:menuPractitioners"))).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Practitioners"));
        WebElement raman = row(wait, "Dr. Priya Raman");
        assertTrue(raman.getText().contains("Upper Extremity certification"), raman.getText());
        Accessibility.assertNoSeriousViolations(browser, "Practitioners with credential warnings");
        Browser.screenshot(browser, "credentials-practitioners");

        // the new practitioner's licence and a Spine certification that runs out in 20 days
        row(wait, practitioner).findElement(By.xpath(".//button[normalize-space()='Credentials']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credentialsDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("credentialsDialogTitle"), practitioner));
        ClinicScreens.type(wait, "credentialsDialogForm:licenceNumber", "045.077777");
        ClinicScreens.choose(browser, wait, "credentialsDialogForm:licenceState", "IL");
        ClinicScreens.type(wait, "credentialsDialogForm:licenceExpires_input", today.plusYears(2).toString());
        click(wait, "credentialsDialogForm:addCertification");
        ClinicScreens.type(wait, "credentialsDialogForm:certifications:0:certifiedOn_input", today.minusYears(1).toString());
        ClinicScreens.type(wait, "credentialsDialogForm:certifications:0:expiresOn_input", today.plusDays(20).toString());
        click(wait, "credentialsDialogForm:addCertification");
        ClinicScreens.type(wait, "credentialsDialogForm:certifications:1:certifiedOn_input", today.minusMonths(2).toString());
        ClinicScreens.type(wait, "credentialsDialogForm:certifications:1:expiresOn_input", today.plusYears(3).toString());
        browser.findElement(By.id("credentialsDialogTitle")).click(); // closes an open date picker
        Accessibility.assertNoSeriousViolations(browser, "Credentials dialog");
        Browser.screenshot(browser, "credentials-dialog");
        click(wait, "credentialsDialogForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("credentialsDialog")));
        wait.until(d -> row(wait, practitioner).getText().contains("Spine certification expires in 20 days"));

        browser.manage().window().setSize(TABLET);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Practitioners"));
        Accessibility.assertNoSeriousViolations(browser, "Practitioners at tablet width");
        Browser.screenshot(browser, "credentials-practitioners-tablet");

        // Dr. Raman's own warning on My day
        browser.manage().window().setSize(DESKTOP);
        screens.signOut().signIn("practitioner", "demo1234");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "My day"));
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("myDayForm:credentialBanner")));
        assertTrue(banner.getText().contains("Upper Extremity certification"), banner.getText());
        Accessibility.assertNoSeriousViolations(browser, "My day with a credential warning");
        Browser.screenshot(browser, "credentials-my-day");
        browser.manage().window().setSize(TABLET);
        Accessibility.assertNoSeriousViolations(browser, "My day at tablet width");
        Browser.screenshot(browser, "credentials-my-day-tablet");
        browser.manage().window().setSize(DESKTOP);
    }

    private static WebElement row(WebDriverWait wait, String name) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='practitionersForm:practitioners_data']/tr[" + ClinicScreens.cellShowing(name) + "]")));
    }

    private static void click(WebDriverWait wait, String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        ClinicScreens.ajaxIdle(wait);
    }
}
