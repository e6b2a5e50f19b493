package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front desk puts a patient on the waitlist and takes them off again, puts another on it for
 * today's weekday, sees today's visits of a location whose date is not the server's on the day
 * sheet, cancels one on the calendar and books the waiting patient into the freed slot, who is
 * then no longer waiting.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class WaitlistJourneyIT {

    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    @ArquillianResource
    private URL base;

    private Properties seeded;

    /** The journey's own clinic, made by the test deployment's seeding resource (testsupport.JourneySeeds). */
    @BeforeEach
    void seed() throws Exception {
        seeded = ClinicScreens.seed(base, "waitlist-journey");
    }

    @Test
    void theFrontDeskKeepsTheWaitlistAndFillsACancelledSlotFromIt(WebDriver browser) throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL);
        new ClinicScreens(browser, base).openApplication().signIn("frontdesk", "demo1234");
        String rex = seeded.getProperty("removedPatient");
        String wendy = seeded.getProperty("waitingPatient");
        String cora = seeded.getProperty("cancellingPatient");
        LocalDate today = LocalDate.parse(seeded.getProperty("today"));

        // on the waitlist and off again
        openWaitlist(browser, wait);
        addToWaitlist(browser, wait, rex, null, "Any earlier slot");
        showOnly(browser, wait, rex);
        for (String shown : List.of("Anyone", "Any day", "Any time", "Any earlier slot", "Waiting")) {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row(rex)), shown));
        }
        Browser.screenshot(browser, "waitlist-filtered");
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "var box = document.getElementById('listForm:entries').querySelector('table').parentElement;"
                        + " return box.scrollWidth <= box.clientWidth;"),
                "the waitlist fits its page without a sideways scroll bar");
        WebElement note = browser.findElement(By.xpath(row(rex) + "//span[contains(@class,'clinic-waitlist-note')]"));
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "var n = arguments[0]; return n.scrollWidth <= n.clientWidth && n.scrollHeight <= n.clientHeight;", note),
                "the desk reads the note whole, not cut to 'Any ear…' (" + note.getSize() + ")");
        // removing is the quiet action, and asks first
        click(browser, By.xpath(row(rex) + "//button[contains(@id,'remove')]"));
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:confirm")));
        assertTrue(confirm.getText().contains("Take " + rex + " off the waitlist?"), confirm.getText());
        click(browser, By.id("listForm:confirmYes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), rex + " is off the waitlist"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(row(rex))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:entries"), "Nobody is waiting"));

        // Wendy waits for a slot on today's weekday (at the location)
        addToWaitlist(browser, wait, wendy, today, "Mornings are best");
        showOnly(browser, wait, wendy);
        String weekday = today.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row(wendy)), weekday));

        // filtered to everyone (waiting or not) named so, the desk opens her chart and comes Back to the same list
        ClinicScreens.choose(browser, wait, "listForm:entries:statusFilter", "All");
        wait.until(d -> d.getCurrentUrl().contains("status=ALL"));
        click(browser, By.xpath(row(wendy) + "//a[contains(@id,'patientLink')]"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("back")));
        assertEquals("Back to the waitlist", browser.findElement(By.id("back")).getText().strip());
        click(browser, By.id("back"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(row(wendy))));
        assertEquals("All", browser.findElement(By.id("listForm:entries:statusFilter_label")).getText());
        assertEquals(wendy, browser.findElement(By.id("listForm:entries:patient:filter")).getAttribute("value"));
        assertTrue(browser.getCurrentUrl().contains("status=ALL"), browser.getCurrentUrl());
        // and a reload (or a bookmark) shows the same list
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(row(wendy))));
        assertEquals("All", browser.findElement(By.id("listForm:entries:statusFilter_label")).getText());

        // the day sheet shows the location's today, which is not the server's
        browser.get(base.toExternalForm() + "scheduling/today.xhtml?location=" + seeded.getProperty("location"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayForm:day")));
        assertEquals(today.format(DAY_LABEL), browser.findElement(By.id("dayForm:day")).getText(),
                "today in " + seeded.getProperty("zone"));
        assertNotEquals(seeded.getProperty("serverToday"), today.toString(), "the seed chose a zone on another date");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//tr[" + ClinicScreens.cellShowing(cora) + "]")));

        // the sheet opens where the desk chose last time, not on the alphabetically first location
        String chosen = browser.findElement(By.id("dayForm:location_label")).getText();
        String other = browser.findElements(By.cssSelector("[id='dayForm:location_input'] option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).filter(name -> !name.equals(chosen)).findFirst()
                .orElseThrow();
        ClinicScreens.choose(browser, wait, "dayForm:location", other);
        browser.get(base.toExternalForm() + "scheduling/today.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayForm:day")));
        assertEquals(other, browser.findElement(By.id("dayForm:location_label")).getText(), "the location chosen last");
        browser.manage().deleteCookieNamed("clinic-location-frontdesk"); // the other journeys start afresh

        // Cora cancels: the calendar offers her slot to Wendy, who is booked into it
        browser.get(base.toExternalForm() + "scheduling/calendar.xhtml?location=" + seeded.getProperty("location")
                + "&practitioner=" + seeded.getProperty("practitioner") + "&date=" + today);
        By coraVisit = By.cssSelector("td.fc-timegrid-col[data-date='" + today + "'] .fc-event:not(.fc-bg-event)");
        click(browser, coraVisit);
        // cancelling is the dialog's secondary action: open its section first
        click(browser, By.cssSelector("[id='eventForm:cancelPanel'] legend"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eventForm:reason")));
        assertTrue(browser.findElement(By.id("eventTitle")).getText().contains(cora),
                browser.findElement(By.id("eventTitle")).getText());
        browser.findElement(By.id("eventForm:reason")).sendKeys("Called in sick");
        click(browser, By.id("eventForm:cancel"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("toast_container"), "The appointment is cancelled"));
        WebElement offers = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eventForm:offers")));
        Accessibility.assertNoSeriousViolations(browser, "appointment dialog with waitlist offers");
        assertTrue(offers.getText().contains(wendy), offers.getText());
        assertFalse(offers.getText().contains(rex), "removed from the waitlist, so not offered");
        assertFalse(offers.getText().contains(cora), "not offered her own slot");
        ClinicScreens.ajaxIdle(wait); // the calendar refetches its events after the cancellation
        click(browser, By.xpath("//*[@id='eventForm:offers']//tr[td[normalize-space(.)='" + wendy + "']]//button"));
        // booked (a toast), or refused with the dialog's reason: either way the desk is told
        wait.until(ExpectedConditions.or(
                ExpectedConditions.textToBePresentInElementLocated(By.id("toast_container"), "Booked: " + wendy),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='eventForm:eventMessages'] .ui-messages-error"))));
        assertEquals("", browser.findElements(By.id("eventForm:eventMessages")).stream().map(WebElement::getText)
                .findFirst().orElse("").strip(), "booking Wendy into the freed slot was refused");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("eventDialog")));

        // and she is no longer waiting
        openWaitlist(browser, wait);
        showOnly(browser, wait, wendy);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:entries"), "Nobody is waiting"));
    }

    private void openWaitlist(WebDriver browser, WebDriverWait wait) {
        browser.get(base.toExternalForm() + "scheduling/waitlist.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addForm:patient_input")));
        // until a patient is chosen, the line for their authorization and copay takes no room
        assertEquals(0, browser.findElement(By.id("addForm:patientFacts")).getSize().getHeight(),
                "an empty band under the patient field");
    }

    /** Picks the patient by family name, optionally one weekday, writes the note and adds the entry. */
    private static void addToWaitlist(WebDriver browser, WebDriverWait wait, String patient, LocalDate weekdayOf,
            String note) {
        String family = patient.substring(patient.indexOf(' ') + 1);
        ClinicScreens.pickSuggestion(browser, wait, "addForm:patient", family, patient);
        if (weekdayOf != null) {
            int index = weekdayOf.getDayOfWeek().getValue() - 1; // Monday first
            browser.findElement(By.cssSelector("label[for='addForm:days:" + index + "']")).click();
        }
        browser.findElement(By.id("addForm:note")).sendKeys(note);
        click(browser, By.id("addForm:add"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), patient + " is on the waitlist"));
    }

    /** Types the patient's name into the table's patient filter: the list may be long. */
    private static void showOnly(WebDriver browser, WebDriverWait wait, String patient) {
        By filter = By.cssSelector("[id='listForm:entries:patient:filter']");
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(filter));
        field.clear();
        field.sendKeys(patient);
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].scrollWidth <= arguments[0].clientWidth;", field),
                "the patient filter shows the whole of '" + patient + "'");
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "var cell = arguments[0].closest('th').getBoundingClientRect(),"
                        + " box = arguments[0].getBoundingClientRect();"
                        + " return box.left >= cell.left && box.right <= cell.right;", field),
                "the patient filter lies inside its column, not cut off by it");
        // until the filtered page is back: every row is the patient's, or the table is empty
        wait.until(d -> {
            try {
                List<WebElement> rows = d.findElements(By.cssSelector("[id='listForm:entries_data'] > tr"));
                return !rows.isEmpty() && rows.stream().map(WebElement::getText)
                        .allMatch(text -> text.contains(patient) || text.contains("Nobody is waiting"));
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
    }

    /**
     * Clicks what may sit below the fold or outside the calendar's scrolled hours. Found afresh on
     * every try: a filter typed letter by letter on a busy machine may re-render the table more than once.
     */
    private static void click(WebDriver browser, By what) {
        new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class).until(d -> {
            WebElement element = d.findElement(what);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** The patient's row on the waitlist, whose cell shows their name as a link and their note under it. */
    private static String row(String patient) {
        return "//tr[td//a[contains(@id, 'patientLink') and normalize-space(.)='" + patient + "']]";
    }
}
