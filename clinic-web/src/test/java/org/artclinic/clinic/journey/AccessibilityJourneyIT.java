package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every signed-in page of every role, and the login page, passes axe-core's WCAG 2.1 A and AA rules
 * with no serious or critical violation (house style 16); the calendar's dialogs are checked open.
 * The front desk also works the calendar's dialogs from the keyboard: a dialog opened with Enter
 * takes the focus, Escape closes it and the focus is back on what opened it. Uses the demo clinic
 * and its demo users.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class AccessibilityJourneyIT {

    private static final String PASSWORD = "demo1234";

    @ArquillianResource
    private URL base;

    @Test
    void theLoginPageAndTheManagersStartPageHaveNoSeriousViolation(WebDriver browser) {
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        Accessibility.Audit audit = new Accessibility.Audit(browser).check("login page");
        screens.signIn("manager", PASSWORD);
        audit.check("manager's start page").assertClean();
    }

    @Test
    void theFrontDesksPagesAndDialogsHaveNoSeriousViolation(WebDriver browser) {
        WebDriverWait wait = waiting(browser);
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication().signIn("frontdesk", PASSWORD);
        Accessibility.Audit audit = new Accessibility.Audit(browser).check("day sheet (start page)");

        openDemoCalendar(browser);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:sideBySide")));
        ClinicScreens.ajaxIdle(wait);
        audit.check("calendar, the day side by side (the default)");
        showOpenDialog(browser, By.id("calendarForm:newAppointment"), "bookDialog");
        audit.check("calendar, booking dialog");
        closeWithEscape(browser, "bookDialog");
        WebElement columns = browser.findElement(By.id("calendarForm:sideBySide"));
        click(wait, By.xpath("//*[@id='calendarForm:layout']//label[normalize-space(.)='Week of one practitioner']"));
        wait.until(d -> ClinicScreens.isGone(columns));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-timeGridWeek-view")));
        ClinicScreens.ajaxIdle(wait);
        audit.check("calendar, week of one practitioner");
        openAnAppointment(browser);
        audit.check("calendar, appointment dialog");
        closeWithEscape(browser, "eventDialog");

        open(browser, "scheduling/waitlist.xhtml");
        audit.check("waitlist");
        open(browser, "patient/patients.xhtml");
        audit.check("patients list");
        click(wait, By.cssSelector("[id='patientsForm:patients_data'] a.patient-link"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-tabs")));
        checkEveryTab(browser, audit, "patient page (front desk)");
        String editPage = browser.getCurrentUrl().replace("patient/patient.xhtml", "patient/edit.xhtml");
        browser.get(editPage);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:givenName")));
        audit.check("patient edit");
        audit.assertClean();
        screens.signOut();
    }

    @Test
    void thePractitionersPagesHaveNoSeriousViolation(WebDriver browser) {
        WebDriverWait wait = waiting(browser);
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication().signIn("practitioner", PASSWORD);
        Accessibility.Audit audit = new Accessibility.Audit(browser).check("My day (start page)");

        // a patient of hers from My day: seen before, so the intake and outcome tabs have history
        String patientOfHers = screens.aPatientOfMyDay();
        open(browser, "patient/patients.xhtml");
        audit.check("patients list (practitioner)");
        browser.get(patientOfHers);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-tabs")));
        String patient = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        checkEveryTab(browser, audit, "patient page (practitioner)");

        open(browser, "intake/intake.xhtml?patient=" + patient);
        audit.check("intake form");
        open(browser, "outcome/administer.xhtml?patient=" + patient + "&instrument=NDI");
        audit.check("outcome measure, administer");
        audit.assertClean();
    }

    @Test
    void theAdministratorsPagesHaveNoSeriousViolation(WebDriver browser) throws IOException {
        new ClinicScreens(browser, base).openApplication().signIn("admin", PASSWORD);
        Accessibility.Audit audit = new Accessibility.Audit(browser).check("users (start page)");
        for (String page : List.of("admin/locations.xhtml", "admin/practitioners.xhtml", "admin/consent.xhtml",
                "admin/appointment-types.xhtml", "admin/backups.xhtml")) {
            open(browser, page);
            audit.check(page);
        }
        // the Backups page after "Back up now": the new file listed, as the administrator sees it
        WebDriverWait wait = waiting(browser);
        click(wait, By.id("backupsForm:backUpNow"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Backed up: clinic-"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("last"), "Last backup: "));
        assertTrue(browser.findElement(By.id("backupsForm:files")).getText().contains(".zip"),
                browser.findElement(By.id("backupsForm:files")).getText());
        audit.check("backups after Back up now");
        Browser.screenshot(browser, "admin-backups");
        audit.assertClean();
    }

    @Test
    void theCalendarsDialogsOpenAndCloseFromTheKeyboard(WebDriver browser) {
        WebDriverWait wait = waiting(browser);
        new ClinicScreens(browser, base).openApplication().signIn("frontdesk", PASSWORD);
        openDemoCalendar(browser);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-timegrid")));

        // "New appointment" with Enter: the booking dialog opens with the focus in it; Escape closes it and
        // the focus is back on the button
        WebElement newAppointment = browser.findElement(By.id("calendarForm:newAppointment"));
        focus(browser, newAppointment);
        newAppointment.sendKeys(Keys.ENTER);
        waitUntilShown(browser, "bookDialog");
        wait.until(d -> focusIsIn(d, "bookDialog"));
        closeWithEscape(browser, "bookDialog");
        wait.until(d -> focusIsOn(d, By.id("calendarForm:newAppointment")));

        // an appointment on the calendar (a practitioner's week, which the demo always fills), reached by
        // focus and opened with Enter: the same
        WebElement columns = browser.findElement(By.id("calendarForm:sideBySide"));
        click(wait, By.xpath("//*[@id='calendarForm:layout']//label[normalize-space(.)='Week of one practitioner']"));
        wait.until(d -> ClinicScreens.isGone(columns));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-timeGridWeek-view")));
        ClinicScreens.ajaxIdle(wait);
        WebElement appointment = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".fc-timegrid .fc-event:not(.fc-bg-event)[tabindex='0']")));
        // the calendar may draw it again meanwhile: it is known by the class that names the appointment
        By opened = By.cssSelector(".fc-timegrid .fc-event." + appointment.getAttribute("class").replaceAll(
                ".*\\b(clinic-event-\\d+)\\b.*", "$1"));
        focus(browser, appointment);
        appointment.sendKeys(Keys.ENTER);
        waitUntilShown(browser, "eventDialog");
        wait.until(d -> focusIsIn(d, "eventDialog"));
        closeWithEscape(browser, "eventDialog");
        assertFalse(browser.findElement(By.id("eventDialog")).isDisplayed(), "Escape closed the appointment dialog");
        wait.until(d -> focusIsOn(d, opened));
    }

    // ---- steps

    /**
     * Opens the calendar at the demo clinic's Chicago location, whose practitioners' weeks the demo
     * always fills: the first location by name may be one another test has just created, empty.
     */
    private void openDemoCalendar(WebDriver browser) {
        String chicago = new ClinicRest(base, "frontdesk").room(ClinicRest.CHICAGO, "Treatment room 1").get("locationId");
        open(browser, "scheduling/calendar.xhtml?location=" + chicago);
        // a weekend or a holiday: on to the next day someone works, as the receptionist would
        if (!browser.findElements(By.id("calendarForm:nextOpenDay")).isEmpty()) {
            click(waiting(browser), By.id("calendarForm:nextOpenDay"));
            waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".clinic-column")));
        }
    }

    /** Opens a page of the application and waits until it has settled. */
    private void open(WebDriver browser, String page) {
        browser.get(base.toExternalForm() + page);
        WebDriverWait wait = waiting(browser);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".clinic-title")));
        ClinicScreens.ajaxIdle(wait);
    }

    /** Checks the patient page on each of its tabs in turn. */
    private static void checkEveryTab(WebDriver browser, Accessibility.Audit audit, String page) {
        WebDriverWait wait = waiting(browser);
        int tabs = browser.findElements(By.cssSelector(".patient-tabs [role='tab']")).size();
        assertTrue(tabs > 1, "the patient page has tabs");
        for (int i = 0; i < tabs; i++) {
            WebElement tab = browser.findElements(By.cssSelector(".patient-tabs [role='tab']")).get(i);
            String name = tab.getText();
            click(wait, tab);
            int index = i;
            wait.until(d -> "true".equals(d.findElements(By.cssSelector(".patient-tabs [role='tab']")).get(index)
                    .getAttribute("aria-selected")));
            ClinicScreens.ajaxIdle(wait);
            audit.check(page + ", tab " + name);
        }
    }

    /** Clicks what opens a dialog and waits until the dialog is fully shown (no fade in progress). */
    private static void showOpenDialog(WebDriver browser, By opener, String dialog) {
        click(waiting(browser), opener);
        waitUntilShown(browser, dialog);
    }

    /** Opens the first appointment drawn on the calendar (events may overlap: a script click). */
    private static void openAnAppointment(WebDriver browser) {
        WebElement appointment = waiting(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".fc-timegrid .fc-event:not(.fc-bg-event)")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", appointment);
        waitUntilShown(browser, "eventDialog");
    }

    private static void closeWithEscape(WebDriver browser, String dialog) {
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialog)));
        ClinicScreens.ajaxIdle(waiting(browser));
        assertEquals("true", browser.findElement(By.id(dialog)).getAttribute("aria-hidden"),
                "a closed dialog is hidden from assistive technology too");
    }

    private static void waitUntilShown(WebDriver browser, String dialog) {
        WebDriverWait wait = waiting(browser);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(dialog)));
        wait.until(d -> "1".equals(d.findElement(By.id(dialog)).getCssValue("opacity")));
        ClinicScreens.ajaxIdle(wait);
    }

    private static boolean focusIsIn(WebDriver browser, String dialog) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.getElementById(arguments[0]).contains(document.activeElement);", dialog));
    }

    /** Whether the focus is on the element (an opener given the focus back), not somewhere else or on the page. */
    private static boolean focusIsOn(WebDriver browser, By element) {
        return browser.switchTo().activeElement().equals(browser.findElement(element));
    }

    private static void focus(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();",
                element);
    }

    private static void click(WebDriverWait wait, By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private static void click(WebDriverWait wait, WebElement target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL)
                .ignoring(StaleElementReferenceException.class);
    }
}
