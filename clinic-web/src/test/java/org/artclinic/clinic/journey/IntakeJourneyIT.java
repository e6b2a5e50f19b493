package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.artclinic.clinic.testsupport.ApiClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A practitioner records an intake that finds a red flag (recent trauma) and an open wound on the
 * shoulder: treatment is held, with the referral's reason on the patient header and the intake
 * tab. The patient signs the consent, the practitioner records the physician's clearance, and
 * treatment may go ahead everywhere except the shoulder. A screenshot of each stage is saved.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class IntakeJourneyIT {

    @ArquillianResource
    private URL base;

    @Test
    void aRedFlagHoldsTreatmentUntilAClearanceAndALocalContraindicationKeepsItsRegionBlocked(WebDriver browser)
            throws Exception {
        String patient = new ApiClient(base, "frontdesk").patient("Journeyintake");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
        new ClinicScreens(browser, base).openApplication().signIn("practitioner", ApiClient.PASSWORD);

        // the patient's page: no intake yet, so treatment waits
        browser.get(base.toExternalForm() + "patient/patient.xhtml?id=" + patient);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));
        assertTrue(browser.findElements(By.cssSelector(".patient-header-referral")).isEmpty(), "nothing to refer yet");
        openIntakeTab(browser, wait);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:intakeTabForm:newIntake"))).click();

        // the intake: red flags first
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intakeForm:chiefComplaint")));
        Accessibility.assertNoSeriousViolations(browser, "intake form");
        ClinicScreens.pickRadio(browser, wait, "intakeForm:recentTrauma", "true");
        ClinicScreens.pickRadio(browser, wait, "intakeForm:weightLossFeverNightPain", "false");
        ClinicScreens.pickRadio(browser, wait, "intakeForm:progressiveNeurologicalDeficit", "false");
        ClinicScreens.pickRadio(browser, wait, "intakeForm:localPresent", "true");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intakeForm:locals:0:localRegion")));
        ClinicScreens.choose(browser, wait, "intakeForm:locals:0:localRegion", "Shoulder");
        ClinicScreens.choose(browser, wait, "intakeForm:locals:0:localReason", "Open wound");
        type(browser, "intakeForm:chiefComplaint", "Knee pain since falling off a bike last week");
        ClinicScreens.choose(browser, wait, "intakeForm:regions:0:region", "Knee");
        ClinicScreens.choose(browser, wait, "intakeForm:regions:0:side", "Left");
        ClinicScreens.choose(browser, wait, "intakeForm:onsetType", "Acute injury (pull, strain or tear)");
        type(browser, "intakeForm:painNow", "5");
        type(browser, "intakeForm:painBest", "3");
        type(browser, "intakeForm:painWorst", "8");
        browser.findElement(By.id("intakeForm:addRom")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intakeForm:rom:0:movement")));
        ClinicScreens.choose(browser, wait, "intakeForm:rom:0:movement", "Knee flexion");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intakeForm:rom:0:normal"), "135°"));
        ClinicScreens.choose(browser, wait, "intakeForm:rom:0:romSide", "Left");
        type(browser, "intakeForm:rom:0:degrees", "110");
        assertTrue(text(browser, "#intakeForm\\:guidance").contains("The self-check has not been answered."),
                "nobody entered the self-check for this patient, and the form says so rather than guessing");
        ClinicScreens.pickRadio(browser, wait, "intakeForm:bleedingRisk", "false");

        // pregnancy left unanswered: refused beside the question, never taken as "no"
        browser.findElement(By.id("intakeForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".clinic-yes-no:has([id='intakeForm:pregnancy'])"),
                "Answer yes or no: an unanswered question is not taken as \"no\"."));
        assertEquals("Shoulder", browser.findElement(By.id("intakeForm:locals:0:localRegion_label")).getText(),
                "what was typed is kept");
        ClinicScreens.pickRadio(browser, wait, "intakeForm:pregnancy", "false");
        screenshot(browser, "1-intake-form");
        browser.findElement(By.id("intakeForm:save")).click();

        // back on the patient page: held, with the reason on the header and the tab
        WebElement referral = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".patient-header-referral")));
        assertTrue(referral.getText().contains("recent trauma (a fall, a collision or a suspected fracture)"),
                referral.getText());
        assertTrue(text(browser, ".patient-header-blocked").contains("shoulder"), text(browser, ".patient-header-blocked"));
        WebElement tab = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:intakeTabForm")));
        assertTrue(tab.getText().contains("Treatment is on hold."), tab.getText());
        assertTrue(tab.getText().contains("Referred for a medical evaluation"), tab.getText());
        assertTrue(tab.getText().contains("Knee pain since falling off a bike"), "the intake is listed");
        screenshot(browser, "2-treatment-held");

        // the patient signs the consent
        browser.findElement(By.id("tabs:intakeTabForm:recordConsent")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:consentForm:witnessedBy")));
        assertTrue(text(browser, ".intake-consent-text").length() > 20, "the consent text is shown");
        browser.findElement(By.id("tabs:consentForm:saveConsent")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tabs:consentDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:intakeTabForm"), "Current: version"));

        // the physician's letter clears the referral
        browser.findElement(By.id("tabs:intakeTabForm:recordClearance")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:clearanceForm:evidence")));
        ClinicScreens.choose(browser, wait, "tabs:clearanceForm:evidenceKind", "Letter from the patient's physician");
        type(browser, "tabs:clearanceForm:evidence", "Dr. Lee: X-ray shows no fracture; soft-tissue work is fine");
        browser.findElement(By.id("tabs:clearanceForm:saveClearance")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tabs:clearanceDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:intakeTabForm"),
                "Treatment may go ahead, except in these regions:"));
        String cleared = text(browser, "#tabs\\:intakeTabForm");
        assertTrue(cleared.contains("Shoulder"), cleared);
        assertTrue(cleared.contains("Referral cleared: Cleared by"), cleared);
        assertTrue(browser.findElements(By.cssSelector(".patient-header-referral")).isEmpty(), "no referral banner");
        assertTrue(text(browser, ".patient-header-blocked").contains("shoulder"), "the shoulder stays blocked");
        assertFalse(browser.findElements(By.id("tabs:intakeTabForm:recordClearance")).stream()
                .anyMatch(WebElement::isDisplayed), "nothing left to clear");
        screenshot(browser, "3-cleared-except-shoulder");
    }

    private static void openIntakeTab(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Intake & screening']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:intakeTabForm")));
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
    }

    private static String text(WebDriver browser, String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void screenshot(WebDriver browser, String stage) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path folder = Path.of(System.getProperty("clinic.it.dir", "target"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("IntakeJourneyIT-" + stage + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
