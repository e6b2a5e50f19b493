package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.artclinic.clinic.testsupport.ApiClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A practitioner opens a patient whose intake names the neck, is offered the Neck Disability
 * Index, answers it item by item and sees the score; a second NDI a while later (one item left
 * unanswered) shows the improvement flagged against the MCID, and the patient's Outcome measures
 * tab lists both with the change and a chart.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class OutcomeJourneyIT {

    @ArquillianResource
    private URL base;

    @Test
    void aPractitionerScoresTwoNeckDisabilityIndexesAndSeesTheImprovementFlagged(WebDriver browser) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
        ApiClient api = new ApiClient(base, "practitioner");
        String patient = api.patient("Nadia");
        HttpResponse<String> intake = api.post("api/patients/" + patient + "/intakes", """
                {"chiefComplaint": "Stiff, aching neck after long days at the laptop",
                 "regions": [{"region": "NECK", "side": "RIGHT"}],
                 "redFlags": {"recentTrauma": false, "unexplainedWeightLossFeverNightPain": false,
                              "progressiveNeurologicalDeficit": false, "bleedingDisorderOrAnticoagulants": false,
                              "pregnancy": false},
                 "localContraindications": []}""");
        assertEquals(201, intake.statusCode(), intake.body());

        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        screens.signIn("practitioner", ApiClient.PASSWORD);
        openOutcomesTab(browser, wait, patient);
        String suggestion = browser.findElement(By.cssSelector(".outcome-suggest")).getText();
        assertTrue(suggestion.contains("neck"), suggestion);
        assertTrue(browser.findElement(By.cssSelector(".outcome-tab")).getText()
                .contains("No outcome measure has been recorded for this patient yet."));
        WebElement suggested = browser.findElement(By.id("tabs:outcomesForm:suggested:0:administer"));
        assertEquals("Neck Disability Index (NDI)", suggested.getText());
        suggested.click();

        // first NDI: 3+2+1+0+4+2+1+3+2+2 = 20 of 50 = 20 / (5 x 10) x 100 = 40.0 %
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Administer Neck Disability Index"));
        Accessibility.assertNoSeriousViolations(browser, "administer an outcome measure");
        assertTrue(browser.findElement(By.id("anchors")).getText().contains("0 = no problem with this"));
        answer(browser, wait, 3, 2, 1, 0, 4, 2, 1, 3, 2, 2);
        wait.until(ExpectedConditions.textToBe(By.id("administerForm:previewText"), "40.0 %"));
        browser.findElement(By.id("administerForm:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("administerForm:score")));
        assertEquals("40.0 %", browser.findElement(By.id("administerForm:score")).getText());
        assertTrue(browser.findElements(By.id("administerForm:sincePrevious")).isEmpty(), "nothing to compare yet");
        assertEquals("This is the patient's first scored NDI; later ones will be compared with it.",
                browser.findElement(By.id("administerForm:firstTime")).getText());
        screenshot(browser, "first-ndi-scored", "administerForm:result");

        // a second NDI with item 10 (Recreation) unanswered: prorated over 9 items,
        // 1+1+1+0+2+1+0+1+1 = 8 of 45 = 8 / (5 x 9) x 100 = 17.77.. = 17.8 %;
        // 40.0 - 17.8 = 22.2 percentage points better, at least the NDI's MCID of 20
        browser.findElement(By.id("administerForm:again")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("administerForm:save")));
        answer(browser, wait, 1, 1, 1, 0, 2, 1, 0, 1, 1, null);
        wait.until(ExpectedConditions.textToBe(By.id("administerForm:previewText"), "17.8 %"));
        browser.findElement(By.id("administerForm:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("administerForm:score")));
        assertEquals("17.8 %", browser.findElement(By.id("administerForm:score")).getText());
        assertEquals("Better by 22.2 percentage points: improved by at least the MCID of 20 percentage points",
                browser.findElement(By.id("administerForm:sincePrevious")).getText());
        screenshot(browser, "second-ndi-improved", "administerForm:result");

        // the patient's tab: both, newest first, with the change and the chart of the two scores
        browser.findElement(By.id("administerForm:back")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));
        openOutcomesTab(browser, wait, null);
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("tabs:outcomesForm:history")));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertEquals(2, rows.size(), table.getText());
        assertTrue(rows.get(0).getText().contains("17.8 %") && rows.get(0).getText().contains("Dr. Priya Raman"),
                rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("improved by at least the MCID of 20 percentage points"),
                rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains("40.0 %"), rows.get(1).getText());
        assertTrue(browser.findElement(By.id("tabs:outcomesForm:instrument")).getText().contains("NDI (2)"));
        assertFalse(browser.findElements(By.cssSelector(".outcome-chart canvas")).isEmpty(), "a chart of the scores");
        screenshot(browser, "history", "tabs:outcomesForm:history");
    }

    private void openOutcomesTab(WebDriver browser, WebDriverWait wait, String patient) {
        if (patient != null) {
            browser.get(base.toExternalForm() + "patient/patient.xhtml?id=" + patient);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));
        }
        browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Outcome measures']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".outcome-suggest")));
    }

    /** Marks one answer per item, in order; null marks "Not answered". */
    private static void answer(WebDriver browser, WebDriverWait wait, Integer... answers) {
        List<Integer> given = Arrays.asList(answers);
        for (int i = 0; i < given.size(); i++) {
            String group = "administerForm:items:" + i + ":answer";
            String value = given.get(i) == null ? "-1" : String.valueOf(given.get(i)); // "Not answered"
            ClinicScreens.pickRadio(browser, wait, group, value);
        }
    }

    /** Saves the screen at a step of the journey next to the one the Browser extension saves at the end. */
    private static void screenshot(WebDriver browser, String step, String showId) throws IOException {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                browser.findElement(By.id(showId)));
        Path folder = Path.of(System.getProperty("clinic.it.dir", "target"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("OutcomeJourneyIT-" + step + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
