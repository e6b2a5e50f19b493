package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front desk on a phone (390 x 844) and a practitioner on a tablet in the treatment room: no
 * signed-in page scrolls sideways, the menu starts closed below 768 px and opens and closes with the
 * menu button (which says so with aria-expanded), and at 768 px the menu is open beside the page.
 * Each screen is saved as {@code target/screenshots/Mobile-<width>-<page>.png} to be looked at.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class MobileLayoutJourneyIT {

    private static final String PASSWORD = "demo1234";
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension TABLET = new Dimension(768, 1024);

    @ArquillianResource
    private URL base;

    @AfterEach
    void backToTheDesktop(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1366, 900)); // the other journeys' size (Browser)
    }

    @Test
    void theFrontDesksPagesFitAPhoneAndTheMenuOpensAndClosesWithItsButton(WebDriver browser) throws IOException {
        ClinicScreens screens = new ClinicScreens(browser, base);
        browser.manage().window().setSize(PHONE);
        screens.openApplication();
        List<String> wide = new ArrayList<>();
        look(browser, "login", wide);
        screens.signIn("frontdesk", PASSWORD);
        look(browser, "day-sheet", wide);

        // the menu: closed at first, opened and closed again with its button
        WebElement button = browser.findElement(By.id("menuToggle"));
        WebElement menu = browser.findElement(By.id("clinicNav"));
        assertFalse(menu.isDisplayed(), "the menu starts closed on a phone");
        assertEquals("false", button.getAttribute("aria-expanded"));
        button.click();
        waiting(browser).until(ExpectedConditions.visibilityOf(menu));
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(browser.findElement(By.id("menuForm:menuWaitlist")).isDisplayed(), "the menu's entries show");
        look(browser, "menu-open", wide);
        button.click();
        waiting(browser).until(ExpectedConditions.invisibilityOf(menu));
        assertEquals("false", button.getAttribute("aria-expanded"));

        // and through the menu to the waitlist, as a person on a phone does
        button.click();
        waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("menuForm:menuWaitlist"))).click();
        waitForPage(browser, "scheduling/waitlist.xhtml");
        look(browser, "waitlist", wide);
        assertEvenGrid(browser);

        // a practitioner's week on a phone: a list of the days, not seven columns too narrow to read
        open(browser, "scheduling/calendar.xhtml?layout=week");
        open(browser, "scheduling/calendar.xhtml?layout=week&location=" + demoChicago(browser));
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-list")));
        assertTrue(browser.findElements(By.cssSelector(".fc-timegrid-col")).isEmpty(), "no time grid columns");
        // the demo fills its practitioners' weeks: a heading per day, each visit with its time and patient
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-list-day")));
        assertFalse(browser.findElements(By.cssSelector(".fc-list-event .fc-list-event-time")).isEmpty(), "visits listed");
        scrollTo(browser, browser.findElement(By.cssSelector(".fc-header-toolbar"))); // the list, not the filters
        look(browser, "calendar-week", wide);

        open(browser, "scheduling/calendar.xhtml");
        look(browser, "calendar", wide);
        WebElement newAppointment = browser.findElement(By.id("calendarForm:newAppointment"));
        scrollTo(browser, newAppointment);
        newAppointment.click();
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("bookDialog")));
        waiting(browser).until(d -> "1".equals(d.findElement(By.id("bookDialog")).getCssValue("opacity")));
        look(browser, "booking-dialog", wide);

        open(browser, "patient/patients.xhtml");
        look(browser, "patients", wide);
        waiting(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='patientsForm:patients_data'] a.patient-link"))).click();
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-tabs")));
        look(browser, "patient", wide);
        browser.get(browser.getCurrentUrl().replace("patient/patient.xhtml", "patient/edit.xhtml"));
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:givenName")));
        look(browser, "patient-edit", wide);

        assertTrue(wide.isEmpty(), "pages that scroll sideways at 390 px: " + wide);

        // a tablet upright: the week is the time grid again, the weekdays one even row
        browser.manage().window().setSize(TABLET);
        open(browser, "scheduling/calendar.xhtml?layout=week");
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-timegrid")));
        look(browser, "calendar-week", wide);
        open(browser, "scheduling/waitlist.xhtml");
        look(browser, "waitlist", wide);
        assertEvenGrid(browser);
        assertTrue(wide.isEmpty(), "pages that scroll sideways at 768 px: " + wide);
    }

    /** The id of the demo clinic's Chicago location, whatever other tests added to this database. */
    private static String demoChicago(WebDriver browser) {
        return browser.findElement(By.xpath("//select[@id='calendarForm:location_input']"
                + "/option[normalize-space()='Chicago West Loop']")).getAttribute("value");
    }

    /**
     * The waitlist's weekday checkboxes sit in an even grid: cells of one width, each row starting at
     * the same left edge (not wrapped one by one wherever a label ends).
     */
    private static void assertEvenGrid(WebDriver browser) {
        List<WebElement> days = browser.findElements(By.cssSelector("[id='addForm:days'] > *"));
        assertEquals(7, days.size(), "seven weekdays");
        assertEquals(1, days.stream().map(d -> d.getRect().getWidth()).distinct().count(),
                "the weekdays are cells of one width");
        int left = days.get(0).getRect().getX();
        days.stream().filter(d -> d.getRect().getY() > days.get(0).getRect().getY()).findFirst()
                .ifPresent(nextRow -> assertEquals(left, nextRow.getRect().getX(), "a second row starts where the first does"));
    }

    @Test
    void thePractitionersPagesFitAPhoneAndATablet(WebDriver browser) throws IOException {
        ClinicScreens screens = new ClinicScreens(browser, base);
        browser.manage().window().setSize(PHONE);
        screens.openApplication().signIn("practitioner", PASSWORD);
        List<String> wide = new ArrayList<>();
        look(browser, "my-day", wide);
        String patient = screens.aPatientOfMyDay();
        browser.get(patient);
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-tabs")));
        look(browser, "patient-practitioner", wide);
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        open(browser, "intake/intake.xhtml?patient=" + id);
        look(browser, "intake", wide);
        open(browser, "outcome/administer.xhtml?patient=" + id + "&instrument=NDI");
        look(browser, "administer", wide);
        assertTrue(wide.isEmpty(), "pages that scroll sideways at 390 px: " + wide);

        // a tablet upright: 768 px is wide enough for the menu beside the page, with nothing cut off
        browser.manage().window().setSize(TABLET);
        open(browser, "charting/my-day.xhtml");
        assertTrue(browser.findElement(By.id("clinicNav")).isDisplayed(), "the menu is open at 768 px");
        assertEquals("true", browser.findElement(By.id("menuToggle")).getAttribute("aria-expanded"));
        // the header stays one line: the search, the signed-in name and the account buttons side by side
        WebElement search = browser.findElement(By.cssSelector(".clinic-header-search"));
        WebElement name = browser.findElement(By.id("headerForm:userName"));
        assertEquals(search.getRect().getY() + search.getRect().getHeight() / 2,
                name.getRect().getY() + name.getRect().getHeight() / 2, 8, "search and name on one line at 768 px");
        for (String part : List.of("#headerForm\\:userName", ".clinic-brand", "#headerForm .ui-button-text")) {
            assertEquals(1L, ((JavascriptExecutor) browser).executeScript(
                    "var r = document.createRange(); r.selectNodeContents(document.querySelector(arguments[0]));"
                            + " return r.getClientRects().length;", part),
                    part + " stays on one line at 768 px");
        }
        look(browser, "my-day", wide);
        open(browser, "intake/intake.xhtml?patient=" + id);
        look(browser, "intake", wide);
        assertTrue(wide.isEmpty(), "pages that scroll sideways at 768 px: " + wide);
    }

    // ---- steps

    private void open(WebDriver browser, String page) {
        browser.get(base.toExternalForm() + page);
        waitForPage(browser, page);
    }

    private static void waitForPage(WebDriver browser, String page) {
        WebDriverWait wait = waiting(browser);
        wait.until(d -> d.getCurrentUrl().contains(page.replaceAll("\\?.*", "")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".clinic-title, #loginForm")));
        ClinicScreens.ajaxIdle(wait);
    }

    /**
     * Saves the screen and notes the page when it is wider than the window (it would scroll
     * sideways), naming the widest element that sticks out.
     */
    private static void look(WebDriver browser, String page, List<String> wide) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long window = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        // the width the page may use: the window less a vertical scroll bar, if the page shows one
        long width = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        Path folder = Path.of(System.getProperty("clinic.it.dir", "target"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("Mobile-" + window + "-" + page + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        if (scrollWidth > width) {
            Object culprit = js.executeScript("""
                    let widest = null;
                    document.querySelectorAll('body *').forEach(e => {
                        const right = e.getBoundingClientRect().right;
                        if (right > document.documentElement.clientWidth + 1 && (!widest || right > widest.right))
                            widest = {right: right, what: e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className};
                    });
                    return widest ? widest.what + ' reaches ' + Math.round(widest.right) + ' px' : '?';
                    """);
            wide.add(page + " at " + window + " px is " + scrollWidth + " px wide (" + culprit + ")");
        }
    }

    private static String name(String page) {
        return page.replaceAll("^.*/|\\.xhtml.*$", "");
    }

    private static void scrollTo(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL)
                .ignoring(StaleElementReferenceException.class);
    }
}
