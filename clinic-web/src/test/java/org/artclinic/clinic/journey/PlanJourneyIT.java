package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.artclinic.clinic.testsupport.ApiClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A treatment plan from the practitioner's pen to the front desk's calendar (decision 0032): the
 * practitioner opens the patient's Charting tab, writes a plan (a diagnosis, a range goal, a goal
 * in words, two exercises from the suggestions for the neck), saves it and sees "Visit 0 of 6";
 * the handout is a PDF. Then the front desk opens the same patient, reads "Treatment plan with Dr.
 * Priya Raman: 2 visits a week, 6 visits left", presses "Book the plan", finds the series booking
 * prefilled (patient, practitioner, two weekdays, three weeks), previews and books it. Each page
 * passes the accessibility check; screenshots are saved.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class PlanJourneyIT {

    @ArquillianResource
    private URL base;

    @Test
    void aPractitionerWritesAPlanAndTheFrontDeskBooksIt(WebDriver browser) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
        ApiClient practitioner = new ApiClient(base, "practitioner");
        String family = "Planjourney" + ClinicRest.uniqueLetters().toLowerCase();
        String patient = practitioner.patient(family);

        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        screens.signIn("practitioner", ApiClient.PASSWORD);
        browser.get(base.toExternalForm() + "patient/patient.xhtml?id=" + patient + "&tab=charting");
        WebElement write = wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:openPlan")));
        assertTrue(browser.findElement(By.id("planBox")).getText().contains("No active treatment plan."));
        write.click();

        // the new plan: the article's course is there already; a diagnosis, two goals, two exercises
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:save")));
        assertEquals("2", browser.findElement(By.id("planForm:visitsPerWeek_input")).getAttribute("value"));
        assertEquals("6", browser.findElement(By.id("planForm:plannedVisits_input")).getAttribute("value"));
        List<WebElement> diagnoses = browser.findElements(By.cssSelector("input[id$=':diagnosis']"));
        assertEquals(4, diagnoses.size());
        diagnoses.get(0).sendKeys("M54.2");
        WebElement goalText = browser.findElements(By.cssSelector("input[id$=':goalText']")).get(0);
        goalText.sendKeys("Reverse the car without neck pain");
        click(browser, wait, By.id("planForm:addRangeGoal"));
        wait.until(d -> d.findElements(By.cssSelector("input[id$=':goalText']")).size() == 2);
        click(browser, wait, By.xpath("//button[contains(@id, ':suggest') and normalize-space()='Neck rotation to each side']"));
        wait.until(d -> d.findElements(By.cssSelector("input[id$=':exerciseName']")).size() == 1);
        click(browser, wait, By.xpath("//button[contains(@id, ':suggest') and normalize-space()='Symptom and activity diary']"));
        wait.until(d -> d.findElements(By.cssSelector("input[id$=':exerciseName']")).size() == 2);
        Accessibility.assertNoSeriousViolations(browser, "new treatment plan");
        click(browser, wait, By.id("planForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved the plan"));
        String status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:status"))).getText();
        assertTrue(status.contains("Visit 0 of 6") && status.contains("2 visits a week for 3 weeks")
                && status.contains("Re-evaluation after visit 6"), status);
        assertTrue(browser.findElement(By.id("planForm:handout")).isDisplayed());
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "PlanJourneyIT-1-plan");

        String plans = practitioner.get("api/patients/" + patient + "/plans").body();
        String planId = ApiClient.field(plans, "id");
        assertTrue(plans.contains("\"diagnoses\":[\"M54.2\"]") && plans.contains("Reverse the car without neck pain")
                && plans.contains("\"name\":\"Neck rotation to each side\""), plans);
        HttpResponse<byte[]> handout = practitioner.bytes("api/plans/" + planId + "/handout", "application/pdf");
        assertEquals(200, handout.statusCode());
        assertTrue(new String(handout.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));

        // the progress under the plan: its visits used of planned and its period
        click(browser, wait, By.id("planForm:progress"));
        String onProgress = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planBox"))).getText();
        assertTrue(onProgress.contains("Visit 0 of 6") && onProgress.contains("Re-evaluation after visit 6"), onProgress);
        assertTrue(browser.getCurrentUrl().contains("from="), "the plan's period: " + browser.getCurrentUrl());
        Accessibility.assertNoSeriousViolations(browser, "progress under a plan");

        // the Charting tab shows it
        browser.get(base.toExternalForm() + "patient/patient.xhtml?id=" + patient + "&tab=charting");
        String box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planBox"))).getText();
        assertTrue(box.contains("Visit 0 of 6") && box.contains("Open the plan"), box);
        screens.signOut();

        // the front desk books it
        screens.signIn("frontdesk", ApiClient.PASSWORD);
        browser.get(base.toExternalForm() + "patient/patient.xhtml?id=" + patient);
        String line = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:appointmentsForm:planBooking")))
                .getText();
        assertTrue(line.contains("Treatment plan with Dr. Priya Raman: 2 visits a week, 6 visits left."), line);
        click(browser, wait, By.id("tabs:appointmentsForm:bookPlan"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookDialog")));
        wait.until(d -> d.findElement(By.id("bookForm:patient_input")).getAttribute("value").contains("Planjourney"));
        assertTrue(browser.findElement(By.id("bookForm:repeat_input")).isSelected(), "a series");
        assertEquals(2, browser.findElements(By.cssSelector("[id='bookForm:days'] input:checked")).size(), "two weekdays");
        assertEquals("3", browser.findElement(By.id("bookForm:weeks_input")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("bookForm:notes")).getAttribute("value").contains("6 visits left"));
        Accessibility.assertNoSeriousViolations(browser, "booking dialog for a plan");
        click(browser, wait, By.id("bookForm:preview"));
        String summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookForm:previewTable")))
                .getText();
        Matcher counts = Pattern.compile("(\\d+) of (\\d+) visits are free").matcher(summary);
        assertTrue(counts.find(), summary);
        int free = Integer.parseInt(counts.group(1));
        int planned = Integer.parseInt(counts.group(2));
        assertTrue(planned >= 5 && planned <= 6, "the plan's six visits, or five when this week's first day has gone: "
                + summary);
        Browser.screenshot(browser, "PlanJourneyIT-2-book-the-plan");
        click(browser, wait, By.id("bookForm:bookFree"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bookDialog")));

        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
        String appointments = new ApiClient(base, "frontdesk").get("api/appointments?from=" + now.minusDays(1)
                + "&to=" + now.plusDays(40)).body();
        long booked = ApiClient.objects(appointments).stream()
                .filter(a -> a.contains("\"patientId\":" + patient + ",") || a.contains("\"patientId\":" + patient + "}"))
                .count();
        assertEquals(free, booked, "every free visit of the preview is booked");
    }

    private static void click(WebDriver browser, WebDriverWait wait, By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
