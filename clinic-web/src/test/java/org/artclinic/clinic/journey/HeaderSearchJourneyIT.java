package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Finding a patient and keeping one's place (issue 9): the front desk presses "/" on any page,
 * types part of a name and lands on the chart; the day sheet shows each visit's status as a
 * worded chip and the day's counts, and another day can be picked; a practitioner opens a chart
 * from My day and "Back" returns to My day; after a questionnaire the chart opens on Outcome
 * measures, and items passed over are marked only after a click on Save.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class HeaderSearchJourneyIT {

    private static final Set<String> STATUSES = Set.of("Booked", "Arrived", "In treatment", "Completed", "No-show",
            "Cancelled");

    @ArquillianResource
    private URL base;

    @Test
    void theFrontDeskFindsAPatientFromTheHeaderWithTheKeyboard(WebDriver browser) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
        ApiClient desk = new ApiClient(base, "frontdesk");
        String id = desk.patient("Henrike");
        String family = desk.get("api/patients/" + id).body().replaceAll("(?s).*\"familyName\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        screens.signIn("frontdesk", ApiClient.PASSWORD);
        WebElement search = browser.findElement(By.id("patientSearchForm:patientSearch_input"));
        assertEquals("/ Control+K", search.getAttribute("aria-keyshortcuts"));
        assertTrue(search.getAttribute("title").contains("Ctrl+K"), search.getAttribute("title"));

        // "/" anywhere outside a field puts the cursor in the search
        browser.findElement(By.tagName("body")).click();
        new Actions(browser).sendKeys("/").perform();
        wait.until(d -> search.equals(d.switchTo().activeElement()));
        assertEquals("", search.getAttribute("value"), "the slash is not typed into the field");

        // part of the name: matches show as one types, with what tells namesakes apart
        search.sendKeys(family.substring(0, family.length() - 1).toLowerCase());
        WebElement match = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'clinic-header-search-panel')]//*[contains(@class,'ui-autocomplete-item')]"
                        + "[contains(normalize-space(.),'Henrike " + family + "')]")));
        assertTrue(match.getText().contains("born 1980-06-15"), match.getText());
        screenshot(browser, "matches");
        search.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("patient/patient.xhtml?id=" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".patient-header"),
                "Henrike " + family));

        // Ctrl+K works inside another field as well
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        wait.until(d -> "patientSearchForm:patientSearch_input".equals(d.switchTo().activeElement().getAttribute("id")));
    }

    @Test
    void theDaySheetShowsWordedStatusChipsTheDaysCountsAndAnyDayCanBePicked(WebDriver browser) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        screens.signIn("frontdesk", ApiClient.PASSWORD);
        browser.get(base.toExternalForm() + "scheduling/today.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayForm:day")));
        // the demo clinic's Chicago location, whatever other journeys set up in this database
        String chicago = browser.findElement(By.xpath("//select[@id='dayForm:location_input']"
                + "/option[normalize-space()='Chicago West Loop']")).getAttribute("value");
        browser.get(base.toExternalForm() + "scheduling/today.xhtml?location=" + chicago);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayForm:day")));

        // a day picked on the calendar of the picker
        String before = browser.findElement(By.id("dayForm:day")).getText();
        LocalDate shown = LocalDate.parse(browser.findElement(By.id("dayForm:dayPicker_input")).getAttribute("value"));
        // a week back (or ahead early in the month), within the demo clinic's weeks of visits
        int pick = shown.getDayOfMonth() >= 8 ? shown.getDayOfMonth() - 7 : shown.getDayOfMonth() + 7;
        browser.findElement(By.cssSelector("[id='dayForm:dayPicker'] button")).click();
        WebElement day = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'ui-datepicker-calendar')]//td[not(contains(@class,'ui-datepicker-other-month'))]"
                        + "/*[normalize-space(text())='" + pick + "']")));
        day.click();
        LocalDate picked = shown.withDayOfMonth(pick);
        wait.until(ExpectedConditions.textToBe(By.id("dayForm:day"),
                picked.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH))));
        assertFalse(before.equals(browser.findElement(By.id("dayForm:day")).getText()));

        // a day with visits (the demo clinic has some on most weekdays), found with "next day"
        for (int i = 0; i < 10 && browser.findElements(By.id("dayForm:summary")).isEmpty(); i++) {
            String label = browser.findElement(By.id("dayForm:day")).getText();
            browser.findElement(By.id("dayForm:next")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("dayForm:day"), label)));
        }
        String summary = browser.findElement(By.id("dayForm:summary")).getText();
        assertTrue(summary.matches("\\d+ visits?( · \\d+ (arrived|in treatment|completed|no-shows?|cancelled))*"), summary);
        int visits = Integer.parseInt(summary.split(" ")[0]);
        List<WebElement> chips = browser.findElements(By.cssSelector("#dayForm .clinic-chip"));
        assertFalse(chips.isEmpty());
        for (WebElement chip : chips) {
            assertTrue(STATUSES.contains(chip.getText()), "the status in words, not colour alone: " + chip.getText());
        }
        long notCancelled = chips.stream().filter(c -> !"Cancelled".equals(c.getText())).count();
        assertEquals(notCancelled, visits, "the count is of the visits listed, cancelled ones aside");

        // every row is one line at desktop width
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        for (WebElement row : browser.findElements(By.cssSelector("#dayForm tbody tr[class*='clinic-row-']"))) {
            int height = row.getSize().getHeight();
            assertTrue(height < 72, "one line, not " + height + " px: " + row.getText());
            // the visit's time is never the text cut short with "…"
            WebElement time = row.findElement(By.cssSelector("td"));
            assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return arguments[0].scrollWidth <= arguments[0].clientWidth;", time),
                    "the whole time shows: " + time.getText());
        }
        // a patient's name opens the chart, whose Back returns to that day
        String label = browser.findElement(By.id("dayForm:day")).getText();
        screenshot(browser, "day-sheet");
        WebElement name = browser.findElement(By.cssSelector("#dayForm a.clinic-patient-link"));
        name.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));
        WebElement back = browser.findElement(By.id("back"));
        assertEquals("Back to the day sheet", back.getText());
        back.click();
        wait.until(ExpectedConditions.textToBe(By.id("dayForm:day"), label));
    }

    @Test
    void aPractitionerGoesBackToMyDayAndAQuestionnaireReturnsToOutcomeMeasures(WebDriver browser) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        screens.signIn("practitioner", ApiClient.PASSWORD);
        browser.get(base.toExternalForm() + "charting/my-day.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("myDayForm:intro")));

        // Dr. Raman's next day with patients (today in the demo clinic, unless it is her day off)
        for (int i = 0; i < 7 && browser.findElements(By.cssSelector("#myDayForm a[id$=':patient']")).isEmpty(); i++) {
            String intro = browser.findElement(By.id("myDayForm:intro")).getText();
            browser.findElement(By.id("myDayForm:next")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("myDayForm:intro"), intro)));
        }
        String intro = browser.findElement(By.id("myDayForm:intro")).getText();
        String summary = browser.findElement(By.id("myDayForm:summary")).getText();
        assertTrue(summary.matches("\\d+ visits?.*"), summary);
        screenshot(browser, "my-day");

        WebElement name = browser.findElement(By.cssSelector("#myDayForm a[id$=':patient']"));
        String patient = name.getText();
        name.click();
        WebElement header = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));
        assertTrue(header.getText().contains(patient), header.getText());
        // the practitioner's header is clinical: may treatment go ahead, no copay or balance
        assertFalse(browser.findElements(By.cssSelector(".patient-header-treatment")).isEmpty(), header.getText());
        assertTrue(browser.findElements(By.cssSelector(".patient-header-copay, .patient-header-balance")).isEmpty(),
                header.getText());
        String chart = browser.getCurrentUrl();
        assertEquals("Back to My day", browser.findElement(By.id("back")).getText());

        // a questionnaire from the chart: nothing marked before Save, passed-over items after it
        browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Outcome measures']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".outcome-suggest")));
        browser.findElement(By.cssSelector("a.outcome-administer-NPRS, .outcome-administer-NPRS")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("administerForm:save")));
        assertTrue(browser.findElements(By.cssSelector(".outcome-item-missing")).isEmpty(), "nothing marked yet");
        assertEquals("shown as you answer", browser.findElement(By.id("administerForm:previewText")).getText());
        browser.findElement(By.id("administerForm:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".outcome-item-missing")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Item 1 has no answer yet"),
                browser.findElement(By.id("messages")).getText());
        ClinicScreens.pickRadio(browser, wait, "administerForm:items:0:answer", "4");
        browser.findElement(By.id("administerForm:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("administerForm:score")));
        assertEquals("4 of 10", browser.findElement(By.id("administerForm:score")).getText());
        browser.findElement(By.id("administerForm:back")).click();

        // the chart opens on Outcome measures, and its Back still leads to My day, on the same day
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".outcome-history")));
        assertTrue(browser.getCurrentUrl().contains("tab=outcomes") && browser.getCurrentUrl().contains("from=my-day"),
                browser.getCurrentUrl());
        WebElement activeTab = browser.findElement(By.cssSelector("ul[role='tablist'] li.ui-state-active"));
        assertEquals("Outcome measures", activeTab.getText());
        screenshot(browser, "outcomes-after-questionnaire");
        browser.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("myDayForm:intro")));
        assertEquals(intro, browser.findElement(By.id("myDayForm:intro")).getText());
        assertTrue(chart.contains("from=my-day"), chart);
    }

    /** Saves the screen at a step of the journey next to the one the Browser extension saves at the end. */
    private static void screenshot(WebDriver browser, String step) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path folder = Path.of(System.getProperty("clinic.it.dir", "target"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("HeaderSearchJourneyIT-" + step + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
