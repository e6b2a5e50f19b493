package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Properties;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.test.spi.TestResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front desk books a course of visits from the calendar (twice a week for three weeks, with
 * the preview), moves one visit by drag and drop, cancels the rest of the course from the second
 * visit on, checks a patient in from the day sheet with the copay, and marks a patient who did not
 * come as a no-show.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class ScheduleJourneyIT {

    @ArquillianResource
    private URL base;

    private Properties seeded;

    /**
     * Runs the in-container seeding ({@code ScheduleJourneySeedIT.seed}) through Arquillian's test
     * runner, which is how Arquillian itself runs in-container tests, and reads what it created.
     */
    @BeforeEach
    void seed() throws Exception {
        URI runner = URI.create(base.toExternalForm()).resolve("ArquillianServletRunnerEE9?outputMode=serializedObject"
                + "&className=org.artclinic.clinic.scheduling.ScheduleJourneySeedIT&methodName=seed");
        HttpResponse<InputStream> run = HttpClient.newHttpClient().send(HttpRequest.newBuilder(runner)
                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (ObjectInputStream in = new ObjectInputStream(run.body())) {
            TestResult result = (TestResult) in.readObject();
            if (result.getStatus() != TestResult.Status.PASSED) {
                throw new AssertionError("seeding failed", result.getThrowable());
            }
        }
        seeded = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("clinic.it.dir", "target"),
                "schedule-journey.properties"))) {
            seeded.load(in);
        }
    }

    @Test
    void frontDeskBooksASeriesMovesAVisitChecksInAndMarksANoShow(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        new ClinicScreens(browser, base).openApplication().signIn("frontdesk", "demo1234");

        // the calendar of the practitioner, in the week the course starts
        LocalDate monday = LocalDate.parse(seeded.getProperty("seriesMonday"));
        LocalDate tuesday = monday.plusDays(1);
        LocalDate wednesday = monday.plusDays(2);
        browser.get(base.toExternalForm() + "scheduling/calendar.xhtml?location=" + seeded.getProperty("location")
                + "&practitioner=" + seeded.getProperty("practitioner") + "&date=" + monday);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-timegrid")));
        // the feed address exists only once the front desk creates it
        click(browser, By.id("calendarForm:createFeed"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:feedUrl")));
        assertTrue(browser.findElement(By.id("calendarForm:feedUrl")).getText().contains("token="),
                "the feed address of the practitioner is shown");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-timegrid")));

        // select Tuesday 10:00 -> the booking dialog
        clickSlot(browser, tuesday, "10:00:00");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookForm:patient_input")));
        assertTrue(browser.findElement(By.id("bookForm:start_input")).getAttribute("value").endsWith("10:00"),
                browser.findElement(By.id("bookForm:start_input")).getAttribute("value"));

        browser.findElement(By.id("bookForm:patient_input")).sendKeys(seeded.getProperty("seriesPatient"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookForm:patientFacts"), "12"));
        assertTrue(browser.findElement(By.id("bookForm:patientFacts")).getText().contains("$25.00"));

        browser.findElement(By.cssSelector("#bookForm\\:repeat .ui-chkbox-box")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookForm:days")));
        browser.findElement(By.cssSelector("label[for='bookForm:days:1']")).click(); // Tuesday
        browser.findElement(By.cssSelector("label[for='bookForm:days:3']")).click(); // Thursday
        click(browser, By.id("bookForm:preview"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookForm:previewTable"),
                "6 of 6 visits are free"));
        click(browser, By.id("bookForm:bookFree"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Booked 6 visits"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bookDialog")));

        // two of the six visits are in this week; move Tuesday's to Wednesday by drag and drop
        By tuesdayEvent = By.cssSelector("td.fc-timegrid-col[data-date='" + tuesday + "'] .fc-event");
        WebElement event = wait.until(ExpectedConditions.visibilityOfElementLocated(tuesdayEvent));
        wait.until(d -> d.findElements(By.cssSelector(".fc-timegrid .fc-event")).size() == 2);
        int dx = column(browser, wednesday).getX() - column(browser, tuesday).getX();
        new Actions(browser).clickAndHold(event).pause(Duration.ofMillis(300))
                .moveByOffset(10, 0).pause(Duration.ofMillis(200))
                .moveByOffset(dx / 2, 0).pause(Duration.ofMillis(200))
                .moveByOffset(dx - dx / 2 - 10, 0).pause(Duration.ofMillis(300))
                .release().perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Moved:"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("td.fc-timegrid-col[data-date='" + wednesday + "'] .fc-event")));
        assertTrue(browser.findElements(tuesdayEvent).isEmpty(), "nothing left on Tuesday");

        // the patient stops after the first week: cancel Thursday's visit and all that follow it
        LocalDate thursday = monday.plusDays(3);
        By thursdayEvent = By.cssSelector("td.fc-timegrid-col[data-date='" + thursday + "'] .fc-event");
        wait.until(ExpectedConditions.elementToBeClickable(thursdayEvent)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eventForm:reason")));
        assertTrue(browser.findElement(By.id("eventForm:lateHint")).getText().contains("in time"));
        browser.findElement(By.cssSelector("label[for='eventForm:scope:1']")).click(); // this and following
        browser.findElement(By.id("eventForm:reason")).sendKeys("Feels better, course ended early");
        click(browser, By.id("eventForm:cancel"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Cancelled 5 visits"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "td.fc-timegrid-col[data-date='" + thursday + "'] .fc-event.clinic-event-cancelled")));

        // the day sheet: check in the patient who arrived, with the copay
        browser.get(base.toExternalForm() + "scheduling/today.xhtml?location=" + seeded.getProperty("location"));
        String arriving = seeded.getProperty("arrivingPatient");
        WebElement checkIn = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath(row(arriving) + "//button[contains(@id,'checkIn')]")));
        checkIn.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkInFacts"), "$25.00"));
        assertTrue(browser.findElement(By.id("checkInFacts")).getText().contains("Authorized visits left"));
        click(browser, By.id("checkInForm:confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), arriving + " is checked in"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row(arriving)), "Arrived"));
        assertTrue(browser.findElement(By.xpath(row(arriving))).getText().contains("$25.00"), "copay collected");

        // and mark the one who did not come as a no-show
        String missing = seeded.getProperty("missingPatient");
        browser.findElement(By.xpath(row(missing) + "//button[contains(@id,'noShow')]")).click();
        // the status, not the row: the row's own No-show button carries the same words
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath(row(missing) + "//*[contains(@class, 'clinic-status')]"), "No-show"));
        assertEquals(0, browser.findElements(By.xpath(row(missing) + "//button")).size(),
                "nothing more to do for a no-show");
    }

    /** Clicks a button that may sit below the fold of a dialog. */
    private static void click(WebDriver browser, By button) {
        WebElement element = browser.findElement(button);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }

    private static String row(String patient) {
        return "//tr[td[normalize-space(.)='" + patient + "']]";
    }

    private static Rectangle column(WebDriver browser, LocalDate day) {
        return browser.findElement(By.cssSelector("td.fc-timegrid-col[data-date='" + day + "']")).getRect();
    }

    /** Clicks the calendar at the given day and time, as a receptionist clicks an empty slot. */
    private static void clickSlot(WebDriver browser, LocalDate day, String time) {
        WebElement lane = browser.findElement(By.cssSelector("td.fc-timegrid-slot-lane[data-time='" + time + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", lane);
        Rectangle slot = lane.getRect();
        Rectangle column = column(browser, day);
        int dx = column.getX() + column.getWidth() / 2 - (slot.getX() + slot.getWidth() / 2);
        new Actions(browser).moveToElement(lane, dx, 0).click().perform();
    }
}
