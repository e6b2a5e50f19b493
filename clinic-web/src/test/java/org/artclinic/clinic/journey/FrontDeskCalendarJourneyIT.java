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
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front desk books and handles visits on the calendar as a new user meets it: the week of the
 * demo chiropractor Dr. Priya Raman in Chicago (who works weekdays 08:00-12:00 and 13:00-17:00),
 * in the first fortnight at least ten weeks ahead in which she has nothing booked yet (found by
 * looking, not by chance). Patients and the visits a test starts from are made through the REST API.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class FrontDeskCalendarJourneyIT {

    @ArquillianResource
    private URL base;

    private ClinicRest api;
    private String raman;
    private String chicago;
    private Map<String, String> roomOne;
    private LocalDate monday;

    @BeforeEach
    void aFreeFortnightOfTheDemoChiropractor() {
        api = new ClinicRest(base, "frontdesk");
        raman = api.practitionerId(ClinicRest.RAMAN);
        roomOne = api.room(ClinicRest.CHICAGO, "Treatment room 1");
        chicago = roomOne.get("locationId");
        monday = api.freeFortnight(raman, ClinicRest.CHICAGO_ZONE, 10);
    }

    @Test
    void anExistingPatientIsBookedFromTheShadedCalendarInThreeClicks(WebDriver browser) throws IOException {
        String family = "Quick" + ClinicRest.uniqueLetters();
        String patient = api.registerPatient("Quinn", family, LocalDate.of(1979, 2, 3)).get("id");
        LocalDate tuesday = monday.plusDays(1);
        CalendarScreens calendar = signIn(browser).open(chicago, raman, monday);

        // what she does not work is shaded, the weekend is left out, the grid starts at 08:00
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).withMessage("time off work shaded")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-bg-event.clinic-off")));
        assertTrue(browser.findElements(By.cssSelector("td.fc-timegrid-col[data-date='" + monday.minusDays(1) + "']"))
                .isEmpty(), "Sunday is hidden");
        assertTrue(browser.findElements(By.cssSelector("td.fc-timegrid-slot-lane[data-time='07:00:00']")).isEmpty(),
                "the day starts at the first working hour");
        // a click into the lunch break says so at once instead of opening a form that will be refused
        calendar.clickSlot(tuesday, "12:15:00");
        calendar.waitForMessage(" work");
        assertFalse(browser.findElement(By.id("bookDialog")).isDisplayed(), "no booking form for a lunch break");
        screenshot(browser, "calendar-week-shaded");

        long began = System.nanoTime();
        int clicks = 0;
        calendar.clickSlot(tuesday, "10:00:00");
        clicks++;
        // the dialog's fields are replaced by each ajax answer: an element may go stale while it is read
        WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        WebElement patientField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookForm:patient_input")));
        assertEquals("", patientField.getAttribute("value"), "no \" ()\" in an empty patient field");
        assertTrue(text(browser, "bookForm:practitioner_label").contains("Raman"), "the column's practitioner");
        assertFalse(text(browser, "bookForm:room_label").contains("No room"), "a free room is proposed");
        assertFalse(text(browser, "bookForm:type_label").contains("(none)"), "the usual appointment type");
        ClinicScreens.pickSuggestion(browser, wait, "bookForm:patient", family, "");
        clicks++;
        wait.until(d -> !d.findElement(By.id("bookForm:patientFacts")).getText().isBlank());
        screenshot(browser, "booking-dialog-prefilled");
        calendar.click(By.id("bookForm:book"));
        clicks++;
        calendar.waitForMessage("Booked: Quinn " + family);
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bookDialog")));
        screenshot(browser, "booked-toast");

        assertTrue(clicks <= 5, clicks + " clicks");
        assertTrue(took.compareTo(Duration.ofSeconds(20)) <= 0, "booked in " + took.toSeconds() + " s");
        List<Map<String, String>> visits = api.appointments(raman, tuesday.atStartOfDay(ClinicRest.CHICAGO_ZONE),
                tuesday.plusDays(1).atStartOfDay(ClinicRest.CHICAGO_ZONE));
        assertEquals(1, visits.size(), visits.toString());
        assertEquals(patient, visits.get(0).get("patientId"));
        assertTrue(visits.get(0).get("roomName").startsWith("\""), "booked with a room: " + visits.get(0));
        assertTrue(visits.get(0).get("appointmentTypeName").startsWith("\""), "booked with a type: " + visits.get(0));
        assertEquals(tuesday.atTime(10, 0), ClinicRest.time(visits.get(0), "start")
                .atZoneSameInstant(ClinicRest.CHICAGO_ZONE).toLocalDateTime());
        System.out.println("Booking journey: " + clicks + " clicks, " + took.toMillis() + " ms");
    }

    @Test
    void theAppointmentDialogReschedulesWithPickersRebooksOpensTheChartAndCancelsAsASecondaryAction(WebDriver browser)
            throws IOException {
        String family = "Dialog" + ClinicRest.uniqueLetters();
        String patient = api.registerPatient("Dina", family, LocalDate.of(1988, 7, 9)).get("id");
        String visit = api.book(patient, raman, roomOne.get("id"), at(monday.plusDays(1), 9, 0), 30, null).get("id");
        CalendarScreens calendar = signIn(browser).open(chicago, raman, monday);

        calendar.openAppointment(visit);
        screenshot(browser, "appointment-dialog");
        assertTrue(browser.findElements(By.id("eventForm:noShow")).isEmpty(), "no no-show before the visit has begun");
        assertTrue(browser.findElements(By.id("eventForm:checkIn")).isEmpty(), "no check-in before its day");
        assertTrue(browser.findElement(By.cssSelector("[id='eventForm:chart'] a, a[id='eventForm:chart']")).getAttribute("href")
                .contains("patient/patient.xhtml?id=" + patient));
        assertFalse(browser.findElement(By.id("eventForm:reason")).isDisplayed(), "cancelling is a secondary action");

        // reschedule with the date and time pickers
        LocalDate wednesday = monday.plusDays(2);
        calendar.moveTo(wednesday, "09:30", "Moved: Dina " + family);
        assertEquals(wednesday.atTime(9, 30), ClinicRest.time(api.appointment(visit), "start")
                .atZoneSameInstant(ClinicRest.CHICAGO_ZONE).toLocalDateTime());

        // rebook: a new booking for the same patient with the same practitioner, prefilled
        calendar.openAppointment(visit);
        calendar.click(By.id("eventForm:rebook"));
        WebElement patientField = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("bookForm:patient_input")));
        assertTrue(patientField.getAttribute("value").contains("Dina " + family), patientField.getAttribute("value"));
        assertTrue(text(browser, "bookForm:practitioner_label").contains("Raman"));
        assertFalse(browser.findElement(By.id("bookForm:start_input")).getAttribute("value").isBlank(),
                "the next free slot is proposed");
        browser.findElement(By.xpath("//*[@id='bookForm']//button[normalize-space(.)='Close']")).click();

        // cancel, with the reason and the notice, from the secondary section; its button is not the largest
        calendar.openAppointment(visit).openCancelSection();
        WebElement cancel = browser.findElement(By.id("eventForm:cancel"));
        assertTrue(cancel.getSize().getWidth() < browser.findElement(By.id("eventForm:move")).getSize().getWidth() * 3,
                "cancel is a small button");
        assertTrue(browser.findElement(By.id("eventForm:lateHint")).getText().contains("in time"));
        calendar.cancel("Travelling", "The appointment is cancelled.");
        assertEquals("\"CANCELLED\"", api.appointment(visit).get("status"));
    }

    @Test
    void aSecondVisitTheSameDayIsBookedOnlyAfterTheWarning(WebDriver browser) throws IOException {
        String family = "Twice" + ClinicRest.uniqueLetters();
        String patient = api.registerPatient("Tess", family, LocalDate.of(1990, 1, 20)).get("id");
        LocalDate thursday = monday.plusDays(3);
        api.book(patient, raman, roomOne.get("id"), at(thursday, 9, 0), 30, null);
        CalendarScreens calendar = signIn(browser).open(chicago, raman, monday);

        calendar.clickSlot(thursday, "14:00:00");
        calendar.choosePatient(family);
        calendar.click(By.id("bookForm:book"));
        WebElement warning = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("bookForm:sameDay")));
        assertTrue(warning.getText().contains("already has a visit that day"), warning.getText());
        assertEquals(1, visitsOn(thursday), "not booked before the desk confirms");
        assertFalse(browser.findElement(By.id("messages")).getText().contains("already has a visit"),
                "the warning shows once, in the dialog");
        assertFalse(calendar.dialogMessages("bookForm").contains("already has a visit"),
                "once: beside its button, not again as an error above it");
        screenshot(browser, "same-day-warning");

        calendar.click(By.id("bookForm:bookAnyway"));
        calendar.waitForMessage("Booked: Tess " + family);
        assertEquals(2, visitsOn(thursday));

        // moving Friday's visit onto Thursday asks the same question in the appointment dialog
        LocalDate friday = monday.plusDays(4);
        String fridays = api.book(patient, raman, roomOne.get("id"), at(friday, 9, 0), 30, null).get("id");
        calendar.open(chicago, raman, monday).openAppointment(fridays);
        calendar.type(By.id("eventForm:newDate_input"), thursday.format(java.time.format.DateTimeFormatter.ofPattern(
                "EEE d MMM yyyy", java.util.Locale.ENGLISH)));
        calendar.type(By.id("eventForm:newTime_input"), "15:00");
        calendar.click(By.id("eventForm:move"));
        WebElement moveWarning = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("eventForm:sameDay")));
        assertTrue(moveWarning.getText().contains("already has a visit that day"), moveWarning.getText());
        assertFalse(calendar.dialogMessages("eventForm").contains("already has a visit"), "the warning shows once");
        assertEquals(1, visitsOn(friday), "not moved before the desk confirms");
        calendar.click(By.id("eventForm:moveAnyway"));
        calendar.waitForMessage("Moved: Tess " + family);
        assertEquals(3, visitsOn(thursday));
    }

    // ---- helpers

    private long visitsOn(LocalDate day) {
        return api.appointments(raman, day.atStartOfDay(ClinicRest.CHICAGO_ZONE),
                day.plusDays(1).atStartOfDay(ClinicRest.CHICAGO_ZONE)).size();
    }

    private CalendarScreens signIn(WebDriver browser) {
        new ClinicScreens(browser, base).openApplication().signIn("frontdesk", "demo1234");
        return new CalendarScreens(browser, base);
    }

    private static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ClinicRest.CHICAGO_ZONE);
    }

    /** Saves what the receptionist sees now, to be looked at (target/screenshots/calendar-*.png). */
    private static void screenshot(WebDriver browser, String name) throws IOException {
        Path folder = Path.of(System.getProperty("clinic.it.dir", "target"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("frontdesk-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
