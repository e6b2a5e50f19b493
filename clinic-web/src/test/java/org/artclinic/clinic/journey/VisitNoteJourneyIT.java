package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

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
 * A practitioner writes up an earlier visit (a late entry) from My day: opens its note, writes the
 * SOAP with today's pain, adds a timed service on the low back (a physical performance test, which
 * the screening gate does not hold: the gate itself is VisitNoteIT's), signs with the password, adds
 * an addendum, and finds the signed note on the patient's Charting tab. Screenshots of the draft and
 * the signed note are saved; each page passes the accessibility check. The patient gets no intake:
 * the demo clinic's checks (DemoClinicIT) expect every intake at its locations to be taken during a
 * visit, and this one is written up afterwards.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class VisitNoteJourneyIT {

    @ArquillianResource
    private URL base;

    @Test
    void aPractitionerChartsSignsAndAmendsAVisitNoteFromMyDay(WebDriver browser) throws Exception {
        // PrimeFaces replaces what an ajax answer updates: an element may go stale while it is read
        WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        ApiClient practitioner = new ApiClient(base, "practitioner");
        String family = "Notejourney" + ClinicRest.uniqueLetters().toLowerCase();
        String patient = practitioner.patient(family);
        ZonedDateTime visit = bookAnEarlierVisit(patient);
        String patientName = ApiClient.field(practitioner.get("api/patients/" + patient).body(), "familyName")
                .replace("\"", "");

        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        screens.signIn("practitioner", ApiClient.PASSWORD);
        browser.get(base.toExternalForm() + "charting/my-day.xhtml?day=" + visit.toLocalDate());
        By row = By.xpath("//tbody[@id='myDayForm:appointments_data']/tr[contains(., '" + patientName + "')]");
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(row))
                .findElement(By.cssSelector("button[id$=':note']"));
        note.click();

        // the draft: SOAP, pain today, a timed service
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Visit note"));
        assertTrue(browser.findElement(By.cssSelector(".visit-when")).getText().contains("Draft"));
        type(browser, "noteForm:subjective", "Low back stiff after a weekend of gardening");
        ClinicScreens.pickRadio(browser, wait, "noteForm:painToday", "4");
        type(browser, "noteForm:objective", "Lumbar flexion 60 degrees, guarded");
        type(browser, "noteForm:assessment", "Improving; erector spinae tone down since last visit");
        type(browser, "noteForm:plan", "Two more visits, then home program");
        browser.findElement(By.id("noteForm:saveSoap")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Note saved."));

        // an ART entry: the screening holds treatment of this patient (no intake yet), and the note says why
        ClinicScreens.pickSuggestion(browser, wait, "noteForm:protocol", "levator", "Levator scapulae");
        wait.until(ExpectedConditions.attributeToBe(By.id("noteForm:passes_input"), "value", "3"));
        ClinicScreens.choose(browser, wait, "noteForm:side", "right");
        type(browser, "noteForm:painBefore_input", "6");
        type(browser, "noteForm:painAfter_input", "3");
        browser.findElement(By.id("noteForm:addEntry")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "No intake assessment"));
        assertTrue(browser.findElement(By.id("noteForm:entries")).getText().contains("No protocols charted yet."));

        ClinicScreens.choose(browser, wait, "noteForm:serviceCode",
                "97750 Physical performance test or measurement, with a written report");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("noteForm:minutes_input")));
        type(browser, "noteForm:minutes_input", "23");
        String lowBack = browser.findElement(By.xpath("//*[@id='noteForm:regions']//label[normalize-space(text())='Low back']"))
                .getAttribute("for");
        browser.findElement(By.xpath("//input[@id='" + lowBack + "']/ancestor::div[contains(@class,'ui-chkbox')][1]"
                + "/div[contains(@class,'ui-chkbox-box')]")).click();
        type(browser, "noteForm:diagnoses", "M54.50");
        browser.findElement(By.id("noteForm:addService")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("noteForm:services"), "97750"));
        String services = browser.findElement(By.id("noteForm:services")).getText();
        assertTrue(services.contains("23") && services.contains("Low back") && services.contains("M54.50"), services);
        Accessibility.assertNoSeriousViolations(browser, "visit note draft");
        screenshot(browser, "1-draft");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('entriesTitle').scrollIntoView()");
        Browser.screenshot(browser, "VisitNoteJourneyIT-1b-entries-and-services");

        // signing with the password fixes the note
        browser.findElement(By.id("noteForm:openSign")).click();
        WebElement password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signForm:password")));
        password.sendKeys(ApiClient.PASSWORD);
        browser.findElement(By.id("signForm:sign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".visit-when"), "Signed"));
        String when = browser.findElement(By.cssSelector(".visit-when")).getText();
        assertTrue(when.contains("late"), "written up days after the visit: " + when);
        assertTrue(browser.findElements(By.id("noteForm:subjective")).isEmpty(), "no longer editable");
        assertTrue(browser.findElement(By.cssSelector(".visit-read")).getText()
                .contains("Low back stiff after a weekend of gardening"));

        // a correction is an addendum; the note stays as signed
        type(browser, "addendaForm:addendum", "Pain today was 5 on reflection, not 4.");
        browser.findElement(By.id("addendaForm:amend")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("addendaForm:addenda"),
                "Pain today was 5 on reflection, not 4."));
        assertTrue(browser.findElement(By.cssSelector(".visit-read")).getText().contains("4 / 10"));
        Accessibility.assertNoSeriousViolations(browser, "signed visit note with an addendum");
        screenshot(browser, "2-signed");

        // the patient's Charting tab lists it
        browser.get(base.toExternalForm() + "patient/patient.xhtml?id=" + patient + "&tab=charting");
        WebElement tab = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)='Charting']")));
        tab.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:chartingForm:notes"), "Signed"));
        String listed = browser.findElement(By.id("tabs:chartingForm:notes")).getText();
        assertTrue(listed.contains("late") && listed.contains("Improving"), listed);
        screenshot(browser, "3-charting-tab");
    }

    /**
     * Books a 30-minute visit with Dr. Raman at Chicago on an earlier weekday, in the first slot that
     * is free and in her working time: the demo schedule fills many, so the booking tries a few.
     */
    private ZonedDateTime bookAnEarlierVisit(String patient) throws Exception {
        ClinicRest rest = new ClinicRest(base, "frontdesk");
        String raman = rest.practitionerId(ClinicRest.RAMAN);
        String room = rest.room(ClinicRest.CHICAGO, "Treatment room 1").get("id");
        ApiClient desk = new ApiClient(base, "frontdesk");
        LocalDate day = LocalDate.now(ClinicRest.CHICAGO_ZONE).minusDays(2);
        for (int days = 0; days < 21; days++, day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (LocalTime time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(17, 0)); time = time.plusMinutes(30)) {
                ZonedDateTime start = day.atTime(time).atZone(ClinicRest.CHICAGO_ZONE);
                HttpResponse<String> booked = desk.post("api/appointments", """
                        {"patientId": %s, "practitionerId": %s, "roomId": %s, "start": "%s", "end": "%s"}"""
                        .formatted(patient, raman, room, start.toOffsetDateTime(),
                                start.plusMinutes(30).toOffsetDateTime()));
                if (booked.statusCode() == 201) {
                    return start;
                }
            }
        }
        throw new AssertionError("no free slot with " + ClinicRest.RAMAN + " in three weeks back");
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void screenshot(WebDriver browser, String stage) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path folder = Path.of(System.getProperty("clinic.it.dir", "target"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("VisitNoteJourneyIT-" + stage + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
