package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front desk finds a caller who is already registered (the duplicate warning points to the
 * chart), books a course of visits from the calendar (twice a week for three weeks, with the
 * preview), moves one visit by drag and drop, cancels the rest of the course from the second visit
 * on, checks a patient in from the day sheet and marks a patient who did not come as a no-show.
 *
 * <p>Check-in and no-show need visits that began earlier today, whatever the time the test runs:
 * the administrator first sets up a location in a time zone where it is now daytime, with a
 * practitioner who works there, through the set-up pages; the patients and today's visits are
 * created through the REST API.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class ScheduleJourneyIT {

    /** Candidate zones; the first one where it is now between 09:00 and 19:00 is used. */
    private static final List<String> ZONES = List.of("America/Chicago", "Europe/Berlin", "Asia/Tokyo",
            "America/Los_Angeles", "Asia/Kolkata", "Pacific/Honolulu", "Australia/Sydney", "UTC",
            "America/New_York", "Asia/Shanghai", "Pacific/Auckland");

    @ArquillianResource
    private URL base;

    @Test
    void frontDeskBooksASeriesMovesAVisitChecksInAndMarksANoShow(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL);
        Instant now = Instant.now();
        ZoneId zone = ZONES.stream().map(ZoneId::of)
                .filter(z -> now.atZone(z).getHour() >= 9 && now.atZone(z).getHour() < 19)
                .findFirst().orElseThrow();
        LocalDate today = LocalDate.now(zone);
        LocalDate monday = today.plusWeeks(6).with(DayOfWeek.MONDAY);
        String word = ClinicRest.uniqueLetters();
        String locationName = "Journey clinic " + word;
        String practitionerName = "Dr. Journey " + word;

        // the administrator: a location where it is daytime now, a practitioner working today and mid-week
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication().signIn("admin", "demo1234");
        new SetupScreens(browser, base).location(locationName, zone.getId(), "Journey room")
                .practitioner(practitionerName, locationName, LocalTime.of(6, 0), LocalTime.of(21, 0),
                        EnumSet.of(today.getDayOfWeek(), DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
        screens.signOut();

        // behind the desk, over the REST API: a patient registered long ago, and two visits that began today
        ClinicRest api = new ClinicRest(base, "frontdesk");
        String practitioner = api.practitionerId(practitionerName);
        Map<String, String> room = api.room(locationName, "Journey room");
        String location = room.get("locationId");
        String family = "Series" + word;
        Map<String, String> registered = api.registerPatient("Sam", family, LocalDate.of(1990, 6, 1));
        String chart = ClinicRest.text(registered, "chartNumber");
        Map<String, String> arriving = api.registerPatient("Ada", "Arrive" + word, LocalDate.of(1988, 2, 3));
        Map<String, String> missing = api.registerPatient("Max", "Missing" + word, LocalDate.of(1979, 11, 23));
        ZonedDateTime started = now.atZone(zone).truncatedTo(ChronoUnit.MINUTES);
        String arrivingVisit = api.book(arriving.get("id"), practitioner, room.get("id"), started.minusMinutes(50), 30,
                null).get("id");
        String missedVisit = api.book(missing.get("id"), practitioner, null, started.minusMinutes(15), 10, null)
                .get("id");

        screens.signIn("frontdesk", "demo1234");

        // Sam calls for a course of visits and is taken for new; registering warns of the existing chart
        browser.findElement(By.id("menuForm:menuPatients")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("searchForm:register"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:givenName"))).sendKeys("Sam");
        browser.findElement(By.id("editForm:familyName")).sendKeys(family);
        browser.findElement(By.id("editForm:birthDate_input")).sendKeys("1990-06-01");
        browser.findElement(By.id("editForm:save")).click();
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-duplicates")));
        assertTrue(warning.getText().contains(chart) && warning.getText().contains("same name and birth date"),
                warning.getText());
        warning.findElement(By.xpath(".//*[normalize-space()='Open this chart']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".patient-header"), "Chart " + chart));

        // the calendar of the practitioner, in the week the course starts: Tuesday 10:00 -> the booking dialog
        LocalDate tuesday = monday.plusDays(1);
        LocalDate wednesday = monday.plusDays(2);
        LocalDate thursday = monday.plusDays(3);
        CalendarScreens calendar = new CalendarScreens(browser, base).open(location, practitioner, monday);
        calendar.clickSlot(tuesday, "10:00:00");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookForm:patient_input")));
        String start = browser.findElement(By.id("bookForm:start_input")).getAttribute("value");
        assertEquals(tuesday + " 10:00", start);
        Accessibility.assertNoSeriousViolations(browser, "booking dialog");
        calendar.choosePatient(family);
        assertTrue(browser.findElement(By.id("bookForm:patientFacts")).getText().contains("No copay on file"));
        calendar.bookSeries(3, 1, 3); // Tuesdays and Thursdays

        // two of the six visits are in this week; move Tuesday's to Wednesday by drag and drop
        By onTuesday = CalendarScreens.appointmentOn(tuesday);
        WebElement event = wait.until(ExpectedConditions.visibilityOfElementLocated(onTuesday));
        wait.until(d -> calendar.all().size() == 2);
        calendar.drag(event, tuesday, wednesday);
        calendar.waitForMessage("Moved:");
        wait.until(ExpectedConditions.presenceOfElementLocated(CalendarScreens.appointmentOn(wednesday)));
        assertTrue(browser.findElements(onTuesday).isEmpty(), "nothing left on Tuesday");

        // the patient stops after the first week: cancel Thursday's visit and all that follow it
        calendar.openAppointment(CalendarScreens.appointmentOn(thursday));
        calendar.openCancelSection();
        assertTrue(browser.findElement(By.id("eventForm:lateHint")).getText().contains("in time"));
        calendar.scope(1).cancel("Feels better, course ended early", "Cancelled 5 visits");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "td.fc-timegrid-col[data-date='" + thursday + "'] .fc-event.clinic-event-cancelled")));

        // what is stored: Wednesday 10:00 still booked, the five visits after it cancelled
        List<Map<String, String>> course = api.appointments(practitioner, monday.atStartOfDay(zone),
                monday.plusWeeks(3).atStartOfDay(zone));
        assertEquals(6, course.size(), course.toString());
        assertEquals(wednesday.atTime(10, 0), ClinicRest.time(course.get(0), "start").toLocalDateTime());
        assertEquals("\"BOOKED\"", course.get(0).get("status"));
        assertTrue(course.subList(1, 6).stream().allMatch(a -> "\"CANCELLED\"".equals(a.get("status"))),
                course.toString());

        // the day sheet: check in the patient who arrived, with the copay collected
        browser.get(base.toExternalForm() + "scheduling/today.xhtml?location=" + location);
        String arrivingName = "Ada Arrive" + word;
        WebElement checkIn = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath(row(arrivingName) + "//button[contains(@id,'checkIn')]")));
        checkIn.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkInForm:collected_input"))).sendKeys("25");
        calendar.click(By.id("checkInForm:confirm"));
        calendar.waitForMessage(arrivingName + " is checked in");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row(arrivingName)), "Arrived"));
        assertTrue(browser.findElement(By.xpath(row(arrivingName))).getText().contains("$25.00"), "copay collected");
        assertEquals("\"ARRIVED\"", api.appointment(arrivingVisit).get("status"));
        Accessibility.assertNoSeriousViolations(browser, "day sheet");

        // and mark the one who did not come as a no-show
        String missingName = "Max Missing" + word;
        browser.findElement(By.xpath(row(missingName) + "//button[contains(@id,'noShow')]")).click();
        // the status, not the row: the row's own No-show button carries the same words
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath(row(missingName) + "//*[contains(@class, 'clinic-chip')]"), "No-show"));
        assertEquals(0, browser.findElements(By.xpath(row(missingName) + "//button")).size(),
                "nothing more to do for a no-show");
        assertEquals("\"NO_SHOW\"", api.appointment(missedVisit).get("status"));
    }

    private static String row(String patient) {
        return "//tr[" + ClinicScreens.cellShowing(patient) + "]";
    }
}
