package org.artclinic.clinic.journey;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the front desk sees and does on the calendar page ({@code scheduling/calendar.xhtml}):
 * the week of one location, empty slots to click, appointments (each carries the style class
 * {@code clinic-event-<id>}), the booking dialog and the appointment dialog.
 */
final class CalendarScreens {

    private final WebDriver browser;
    private final URL base;
    private final WebDriverWait wait;

    CalendarScreens(WebDriver browser, URL base) {
        this.browser = browser;
        this.base = base;
        // PrimeFaces replaces what an ajax answer updates: an element may go stale while it is read
        this.wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL)
                .ignoring(StaleElementReferenceException.class);
    }

    /** Opens the week of {@code day} at the location, showing only the practitioner's appointments. */
    CalendarScreens open(String locationId, String practitionerId, LocalDate day) {
        browser.get(base.toExternalForm() + "scheduling/calendar.xhtml?location=" + locationId
                + (practitionerId == null ? "" : "&practitioner=" + practitionerId) + "&date=" + day);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-timegrid")));
        // the week's appointments and shading come by ajax once the grid is drawn
        ClinicScreens.ajaxIdle(wait);
        return this;
    }

    // ---- appointments on the calendar

    static By appointment(Object id) {
        return By.cssSelector(".fc-timegrid .fc-event.clinic-event-" + id);
    }

    static By appointmentOn(LocalDate day) {
        return By.cssSelector("td.fc-timegrid-col[data-date='" + day + "'] .fc-event:not(.fc-bg-event)");
    }

    /** The appointment as drawn on the calendar, once it is there. */
    WebElement shown(Object id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(appointment(id)));
    }

    /** The day column in which the appointment is drawn, or null while it is not drawn. */
    LocalDate dayOf(Object id) {
        Object day = ((JavascriptExecutor) browser).executeScript("""
                const event = document.querySelector('.fc-timegrid .fc-event.clinic-event-' + arguments[0]);
                return event ? event.closest('td.fc-timegrid-col').getAttribute('data-date') : null;
                """, String.valueOf(id));
        return day == null ? null : LocalDate.parse(day.toString());
    }

    /**
     * The time at which the appointment is drawn (e.g. "10:00"), read from where it sits against the
     * time slots, whatever the calendar's time format; null while it is not drawn.
     */
    String startOf(Object id) {
        Object time = ((JavascriptExecutor) browser).executeScript("""
                const event = document.querySelector('.fc-timegrid .fc-event.clinic-event-' + arguments[0]);
                if (!event) return null;
                const top = event.getBoundingClientRect().top;
                let time = null;
                document.querySelectorAll('td.fc-timegrid-slot-lane[data-time]').forEach(lane => {
                    if (lane.getBoundingClientRect().top <= top + 3) time = lane.getAttribute('data-time');
                });
                return time;
                """, String.valueOf(id));
        return time == null ? null : time.toString().substring(0, 5);
    }

    /** Whether the appointment is drawn as cancelled (faded, struck through). */
    boolean isCancelled(Object id) {
        return shown(id).getAttribute("class").contains("clinic-event-cancelled");
    }

    /** Filters the calendar to one room ("Any room" for all) and waits for the calendar to be redrawn. */
    CalendarScreens showRoom(String room) {
        WebElement before = browser.findElement(By.cssSelector(".fc-timegrid"));
        SetupScreens.select(browser, wait, "calendarForm:room", room);
        click(By.id("calendarForm:show"));
        wait.until(d -> ClinicScreens.isGone(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-timegrid")));
        return this;
    }

    List<WebElement> all() {
        // appointments, not the shading of time nobody works (background events)
        return browser.findElements(By.cssSelector(".fc-timegrid .fc-event:not(.fc-bg-event)"));
    }

    /** Clicks an appointment: the appointment dialog opens. */
    CalendarScreens openAppointment(Object id) {
        return openAppointment(appointment(id));
    }

    /**
     * Clicks the appointment found by {@code drawn}: the appointment dialog opens. The calendar draws
     * its events anew after a move or a booking, so an event found a moment ago may be gone by the
     * click (CI failed so once): the click is made inside the wait, and made again on the new event.
     */
    CalendarScreens openAppointment(By drawn) {
        wait.until(d -> {
            WebElement event = d.findElement(drawn);
            if (!event.isDisplayed() || !event.isEnabled()) {
                return false;
            }
            event.click();
            return true;
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eventForm:status")));
        return this;
    }

    /** Reaches the appointment with the focus and opens it with Enter, as a keyboard user does. */
    CalendarScreens openAppointmentFromTheKeyboard(Object id) {
        WebElement appointment = shown(id);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();",
                appointment);
        appointment.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eventForm:status")));
        waitForFocusIn("eventDialog");
        return this;
    }

    /** Clicks the calendar at the given day and time, as a receptionist clicks an empty slot. */
    CalendarScreens clickSlot(LocalDate day, String time) {
        WebElement lane = browser.findElement(By.cssSelector("td.fc-timegrid-slot-lane[data-time='" + time + "']"));
        scrollTo(lane);
        Rectangle slot = lane.getRect();
        Rectangle column = column(day);
        int dx = column.getX() + column.getWidth() / 2 - (slot.getX() + slot.getWidth() / 2);
        new Actions(browser).moveToElement(lane, dx, 0).click().perform();
        return this;
    }

    /** Drags an appointment sideways to another day of the visible week, at the same time. */
    void drag(WebElement event, LocalDate from, LocalDate to) {
        int dx = column(to).getX() - column(from).getX();
        new Actions(browser).clickAndHold(event).pause(Duration.ofMillis(300))
                .moveByOffset(10, 0).pause(Duration.ofMillis(200))
                .moveByOffset(dx / 2, 0).pause(Duration.ofMillis(200))
                .moveByOffset(dx - dx / 2 - 10, 0).pause(Duration.ofMillis(300))
                .release().perform();
    }

    Rectangle column(LocalDate day) {
        return browser.findElement(By.cssSelector("td.fc-timegrid-col[data-date='" + day + "']")).getRect();
    }

    // ---- the booking dialog

    /** In the open booking dialog: chooses the patient by typing part of the name. */
    CalendarScreens choosePatient(String typed) {
        ClinicScreens.pickSuggestion(browser, wait, "bookForm:patient", typed, "");
        wait.until(d -> !d.findElement(By.id("bookForm:patientFacts")).getText().isBlank());
        return this;
    }

    /**
     * In the open booking dialog: repeats the visit on the given week days (0 = Monday) for the
     * given number of weeks, previews the visits and books the free ones.
     */
    void bookSeries(int weeks, int... days) {
        browser.findElement(By.cssSelector("#bookForm\\:repeat .ui-chkbox-box")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookForm:days")));
        for (int day : days) {
            browser.findElement(By.cssSelector("label[for='bookForm:days:" + day + "']")).click();
        }
        type(By.id("bookForm:weeks_input"), String.valueOf(weeks));
        click(By.id("bookForm:preview"));
        int visits = weeks * days.length;
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookForm:previewTable"),
                visits + " of " + visits + " visits are free"));
        click(By.id("bookForm:bookFree"));
        waitForMessage("Booked " + visits + " visits");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bookDialog")));
    }

    // ---- the appointment dialog

    /** In the open appointment dialog: which visits of the series a change applies to (0, 1, 2 as listed). */
    CalendarScreens scope(int option) {
        browser.findElement(By.cssSelector("label[for='eventForm:scope:" + option + "']")).click();
        return this;
    }

    /**
     * In the open appointment dialog: moves the visit to a date and time with the date and time
     * pickers (typed, as a receptionist may); waits for the confirmation.
     */
    void moveTo(LocalDate day, String time, String confirmation) {
        type(By.id("eventForm:newDate_input"), day.format(java.time.format.DateTimeFormatter.ofPattern(
                "EEE d MMM yyyy", java.util.Locale.ENGLISH)));
        type(By.id("eventForm:newTime_input"), time);
        click(By.id("eventForm:move"));
        waitForMessage(confirmation);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("eventDialog")));
    }

    /** In the open appointment dialog: opens the secondary "Cancel or no-show" section. */
    CalendarScreens openCancelSection() {
        if (!browser.findElement(By.id("eventForm:reason")).isDisplayed()) {
            click(By.cssSelector("[id='eventForm:cancelPanel'] legend"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eventForm:reason")));
            // the section slides open: what it holds reads as empty until it has finished opening
            wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                    "return jQuery('[id=\"eventForm:cancelPanel\"] .ui-fieldset-content').is(':animated')")));
        }
        return this;
    }

    /** In the open appointment dialog: cancels with a reason; waits for the confirmation. */
    void cancel(String reason, String confirmation) {
        openCancelSection();
        type(By.id("eventForm:reason"), reason);
        click(By.id("eventForm:cancel"));
        waitForMessage(confirmation);
        closeDialog();
    }

    void closeDialog() {
        WebElement dialog = browser.findElement(By.id("eventDialog"));
        if (dialog.isDisplayed()) {
            ((JavascriptExecutor) browser).executeScript("PF('eventDialog').hide()");
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("eventDialog")));
    }

    // ---- common

    /** Waits until the open dialog has the focus, as it takes it once shown. */
    void waitForFocusIn(String dialog) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById(arguments[0]).contains(document.activeElement);", dialog)));
    }

    /** Presses Escape where the focus is, as a keyboard user closes a dialog, and waits until it has closed. */
    void escape(String dialog) {
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialog)));
    }

    /**
     * Waits until the focus is on the element (what opened a dialog that has closed), found afresh
     * each time: the calendar may have drawn it again.
     */
    void waitForFocusOn(By element) {
        wait.until(d -> d.switchTo().activeElement().equals(d.findElement(element)));
    }

    /** Waits for a confirmation: shown as a toast where the receptionist looks (or in the page's messages). */
    void waitForMessage(String text) {
        wait.until(d -> d.findElements(By.cssSelector("#toast_container, #messages")).stream()
                .anyMatch(area -> area.getText().contains(text)));
    }

    /** The text of the open dialog's own messages (refusals). */
    String dialogMessages(String form) {
        return browser.findElement(By.id(form + ":" + (form.equals("bookForm") ? "bookMessages" : "eventMessages")))
                .getText();
    }

    /**
     * Clicks a button that may sit below the fold of a dialog, once it has stopped moving: a dialog
     * that an ajax answer has just grown is centred again, and a click would land where it was.
     */
    void click(By button) {
        for (int attempt = 1; ; attempt++) {
            WebElement element = browser.findElement(button);
            scrollTo(element);
            Rectangle[] last = {null};
            new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(100)).until(d -> {
                Rectangle now = element.getRect();
                boolean still = now.equals(last[0]);
                last[0] = now;
                return still;
            });
            try {
                wait.until(ExpectedConditions.elementToBeClickable(element)).click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException movedUnderTheClick) {
                // the dialog scrolled inside itself between the look and the click (seen under load): look again
                if (attempt == 3) {
                    throw movedUnderTheClick;
                }
            }
        }
    }

    /** Replaces what a field holds (select all, then type: spinners do not empty on clear()). */
    void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
