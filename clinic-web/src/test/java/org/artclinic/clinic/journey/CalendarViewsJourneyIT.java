package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front desk's other ways of looking at the calendar in the demo clinic's Denver location:
 * two practitioners side by side (each column shows only its practitioner's visits, and a slot
 * chosen in a column books with that practitioner), the location's own time zone wherever the
 * browser is, and a practitioner's calendar feed that exists only once created and dies when renewed.
 * Patients and appointments are the journey's own, made through the REST API.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class CalendarViewsJourneyIT {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final String DENVER_LOCATION = "Denver Highlands";
    private static final String PASSWORD = "demo1234";

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void twoPractitionersSideBySideEachInTheirOwnColumn(WebDriver browser) throws Exception {
        Map<String, String> room = denverRoom();
        long whitfield = practitionerId("Whitfield");
        long sorensen = practitionerId("Ingrid");
        // the first Tuesday well after the demo schedule on which neither has a visit yet (both work in Denver)
        LocalDate day = new ClinicRest(base, "frontdesk").freeDay(DENVER, 20, DayOfWeek.TUESDAY,
                String.valueOf(whitfield), String.valueOf(sorensen));
        String ana = "Ana Sidebyside" + suffix;
        String ben = "Ben Sidebyside" + suffix;
        book(patient("Ana", "Sidebyside" + suffix), whitfield, room, day, LocalTime.of(9, 0));
        book(patient("Ben", "Sidebyside" + suffix), sorensen, room, day, LocalTime.of(10, 0));
        patient("Cleo", "Sidebyside" + suffix);

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL);
        new ClinicScreens(browser, base).openApplication().signIn("frontdesk", PASSWORD);
        browser.get(base.toExternalForm() + "scheduling/calendar.xhtml?location=" + room.get("locationId")
                + "&date=" + day);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".clinic-column .fc-timegrid")));

        // the day opens side by side by default: a column for everyone who works that day, nobody to pick
        By whitfieldColumn = column(whitfield);
        By sorensenColumn = column(sorensen);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(whitfieldColumn, ana));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(sorensenColumn, ben));
        List<String> shown = browser.findElements(By.cssSelector(".clinic-column")).stream()
                .map(c -> c.getAttribute("data-practitioner")).toList();
        assertTrue(shown.contains(String.valueOf(whitfield)) && shown.contains(String.valueOf(sorensen)), shown.toString());
        assertEquals(shown.size(), shown.stream().distinct().count(), "one column per practitioner");
        assertFalse(shown.contains(String.valueOf(practitionerId("Okafor"))), "Okafor does not work in Denver on Tuesdays");
        assertTrue(browser.findElement(By.id("calendarForm:dayLabel")).getText().contains(String.valueOf(day.getYear())));
        assertFalse(browser.findElement(whitfieldColumn).getText().contains(ben), "Ben is not Whitfield's patient");
        assertFalse(browser.findElement(sorensenColumn).getText().contains(ana), "Ana is not Dr. Ingrid's patient");
        assertTrue(browser.findElement(whitfieldColumn).getText().contains("Whitfield"), "the column is named");
        Number requests = (Number) ((JavascriptExecutor) browser).executeScript("return performance"
                + ".getEntriesByType('resource').filter(function (e) { return e.initiatorType === 'xmlhttprequest'; }).length");
        assertEquals(1, requests.intValue(), "the visits of every column come in one request, not one per column");

        // an empty slot in Whitfield's column books with Whitfield
        WebElement lane = browser.findElement(By.cssSelector(".clinic-column[data-practitioner='" + whitfield
                + "'] td.fc-timegrid-slot-lane[data-time='13:00:00']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", lane);
        new Actions(browser).moveToElement(lane).click().perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookForm:patient_input")));
        assertTrue(browser.findElement(By.id("bookForm:practitioner_label")).getText().contains("Whitfield"));
        assertTrue(browser.findElement(By.id("bookForm:start_input")).getAttribute("value")
                .equals(day + " 13:00"), browser.findElement(By.id("bookForm:start_input")).getAttribute("value"));
        ClinicScreens.pickSuggestion(browser, wait, "bookForm:patient", "Sidebyside" + suffix, "Cleo");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bookForm:patientFacts"), "visit"));
        click(browser, By.id("bookForm:book"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("toast_container"), "Booked"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(whitfieldColumn, "Cleo Sidebyside" + suffix));
        assertFalse(browser.findElement(sorensenColumn).getText().contains("Cleo"), "booked with Whitfield only");

        // and a visit in a column opens the same appointment dialog as the one calendar
        browser.findElement(By.xpath("//*[@data-practitioner='" + sorensen + "']//*[contains(@class, 'fc-event')]"
                + "[contains(normalize-space(.), '" + ben + "')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eventTitle"), "Ben Sidebyside" + suffix));
        assertTrue(browser.findElement(By.id("eventForm:details")).getText().contains("Ingrid"),
                browser.findElement(By.id("eventForm:details")).getText());
        browser.findElement(By.xpath("//*[@id='eventForm']//button[normalize-space(.)='Close']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("eventDialog")));
    }

    @Test
    void theFeedAddressExistsOnlyOnceCreatedIsShownOnceAndRenewingOrStoppingRevokesIt(WebDriver browser) throws Exception {
        // a practitioner of the journey's own, so that no other test has created their feed
        String name = "Feed Journey " + suffix;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL);
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication().signIn("admin", PASSWORD);
        browser.get(base.toExternalForm() + "admin/practitioners.xhtml");
        click(browser, By.id("practitionersForm:addPractitioner"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("practitionerDialogForm:name"))).sendKeys(name);
        ClinicScreens.choose(browser, wait, "practitionerDialogForm:discipline", "Chiropractor");
        // the list closes with an animation: Save is clickable once it has gone
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("practitionerDialogForm:discipline_panel")));
        click(browser, By.id("practitionerDialogForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("practitionerDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("practitionersForm:practitioners"), name));
        screens.signOut();
        long practitioner = practitionerId(name);

        screens.signIn("frontdesk", PASSWORD);
        browser.get(base.toExternalForm() + "scheduling/calendar.xhtml?practitioner=" + practitioner);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:createFeed")));
        assertTrue(browser.findElements(By.id("calendarForm:feedUrl")).isEmpty(), "looking publishes no feed");
        assertFalse(browser.getPageSource().contains(".ics?token="));

        click(browser, By.id("calendarForm:createFeed"));
        String created = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:feedUrl")))
                .getText();
        assertTrue(created.contains("calendar/practitioner/" + practitioner + ".ics?token="), created);
        assertCalendar(created);
        assertTrue(browser.findElement(By.id("calendarForm:feedState")).getText().contains("without patient names"),
                "the feed names no patient unless the desk asks");

        answer(browser, wait, By.id("calendarForm:renewFeed"), "The current address stops working at once",
                "calendarForm:confirmNo");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertEquals(created, browser.findElement(By.id("calendarForm:feedUrl")).getText(), "No keeps the address");
        assertCalendar(created);

        answer(browser, wait, By.id("calendarForm:renewFeed"), "The current address stops working at once",
                "calendarForm:confirmYes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "new address"));
        String renewed = wait.until(d -> {
            String now = d.findElement(By.id("calendarForm:feedUrl")).getText();
            return now.equals(created) ? null : now;
        });
        assertNotEquals(created, renewed);
        assertCalendar(renewed);
        HttpResponse<String> old = http.send(HttpRequest.newBuilder(URI.create(created)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, old.statusCode(), "the old address is refused");
        assertFalse(old.body().contains("BEGIN:VCALENDAR"));

        // the address is shown once: opened again, the page says the feed exists, not where
        browser.get(base.toExternalForm() + "scheduling/calendar.xhtml?practitioner=" + practitioner);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:feedState")));
        assertTrue(browser.findElements(By.id("calendarForm:feedUrl")).isEmpty(), "not shown again");
        assertFalse(browser.getPageSource().contains(".ics?token="), "nowhere in the page");
        assertCalendar(renewed);

        answer(browser, wait, By.id("calendarForm:stopFeed"), "Its address stops working at once",
                "calendarForm:confirmYes");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:createFeed")));
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(renewed)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a stopped feed answers no one");
    }

    @Test
    void aDenverCalendarShowsDenverTimesAndTodayWhereverTheBrowserIs(WebDriver browser) throws Exception {
        Map<String, String> room = denverRoom();
        assertEquals(DENVER.getId(), room.get("timeZone"));
        long whitfield = practitionerId("Whitfield");
        LocalDate day = new ClinicRest(base, "frontdesk").freeDay(DENVER, 20, DayOfWeek.WEDNESDAY,
                String.valueOf(whitfield));
        String dora = "Dora Timezone" + suffix;
        book(patient("Dora", "Timezone" + suffix), whitfield, room, day, LocalTime.of(9, 0));

        // the receptionist's browser is on the other side of the date line, far from Denver
        ((HasCdp) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Pacific/Kiritimati"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL);
            new ClinicScreens(browser, base).openApplication().signIn("frontdesk", PASSWORD);
            browser.get(base.toExternalForm() + "scheduling/calendar.xhtml?location=" + room.get("locationId")
                    + "&practitioner=" + whitfield + "&date=" + day);
            By event = By.xpath("//td[@data-date='" + day + "']//*[contains(@class, 'fc-event')]"
                    + "[contains(normalize-space(.), '" + dora + "')]");
            WebElement visit = wait.until(ExpectedConditions.visibilityOfElementLocated(event));
            assertTrue(visit.getText().startsWith("09:00"), "09:00 on Denver's clock: " + visit.getText());
            assertTrue(browser.findElement(By.cssSelector(".clinic-legend")).getText().contains("America/Denver"));

            // read Denver's date around the page load, so that passing midnight there cannot fail the test
            LocalDate before = LocalDate.now(DENVER);
            browser.get(base.toExternalForm() + "scheduling/calendar.xhtml?location=" + room.get("locationId"));
            By todayCell = By.cssSelector("td.fc-day-today");
            By nobodyWorks = By.id("calendarForm:nobodyWorks");
            wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(todayCell),
                    ExpectedConditions.presenceOfElementLocated(nobodyWorks)));
            LocalDate after = LocalDate.now(DENVER);
            if (browser.findElements(todayCell).isEmpty()) {
                // a day nobody works at Denver (a Sunday there): no grid, and the day shown is Denver's today
                DateTimeFormatter label = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
                String shown = browser.findElement(By.id("calendarForm:dayLabel")).getText();
                assertTrue(shown.equals(before.format(label)) || shown.equals(after.format(label)),
                        "today is Denver's " + after + ", not the browser's or the server's: " + shown);
            } else {
                String highlighted = browser.findElement(todayCell).getAttribute("data-date");
                assertTrue(highlighted.equals(before.toString()) || highlighted.equals(after.toString()),
                        "today is Denver's " + after + ", not the browser's or the server's: " + highlighted);
            }
        } finally {
            ((HasCdp) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
    }

    // ---- the journey's own data, through the REST API

    private static By column(long practitionerId) {
        return By.cssSelector(".clinic-column[data-practitioner='" + practitionerId + "']");
    }

    private Map<String, String> denverRoom() throws Exception {
        return everyPage("rooms?active=true&").stream()
                .filter(r -> DENVER_LOCATION.equals(r.get("locationName")) && "true".equals(r.get("active")))
                .findFirst().orElseThrow(() -> new AssertionError("the demo clinic has a room in Denver"));
    }

    private long practitionerId(String namePart) throws Exception {
        return everyPage("practitioners?").stream()
                .filter(p -> p.get("name").contains(namePart))
                .mapToLong(p -> Long.parseLong(p.get("id"))).max()
                .orElseThrow(() -> new AssertionError("no practitioner named like " + namePart));
    }

    /** Every item of a paged set-up list, a page of 100 at a time (the items are the innermost objects). */
    private List<Map<String, String>> everyPage(String query) throws Exception {
        List<Map<String, String>> all = new ArrayList<>();
        for (int first = 0; ; first += 100) {
            HttpResponse<String> response = api("GET", query + "max=100&first=" + first, null);
            assertEquals(200, response.statusCode(), response.body());
            List<Map<String, String>> page = objects(response.body()).stream()
                    .filter(o -> !o.containsKey("items")).toList(); // an empty page's own braces are not an item
            all.addAll(page);
            if (page.size() < 100) {
                return all;
            }
        }
    }

    private long patient(String given, String family) throws Exception {
        HttpResponse<String> created = api("POST", "patients", """
                {"givenName": "%s", "familyName": "%s", "birthDate": "1984-06-02", "sex": "FEMALE",
                 "confirmedNotDuplicate": true}""".formatted(given, family));
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(objects(created.body()).get(0).get("id"));
    }

    private void book(long patient, long practitioner, Map<String, String> room, LocalDate day, LocalTime time)
            throws Exception {
        ZoneId zone = ZoneId.of(room.get("timeZone"));
        HttpResponse<String> booked = api("POST", "appointments", """
                {"patientId": %d, "practitionerId": %d, "roomId": %s, "start": "%s", "end": "%s"}""".formatted(
                patient, practitioner, room.get("id"), day.atTime(time).atZone(zone).toOffsetDateTime(),
                day.atTime(time.plusMinutes(30)).atZone(zone).toOffsetDateTime()));
        assertEquals(201, booked.statusCode(), booked.body());
    }

    private HttpResponse<String> api(String method, String path, String json) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString(("frontdesk:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/" + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The flat JSON objects of a response, field by field (the API's lists hold no nested objects). */
    private static List<Map<String, String>> objects(String json) {
        List<Map<String, String>> objects = new ArrayList<>();
        Matcher object = Pattern.compile("\\{[^{}]*\\}").matcher(json);
        Pattern field = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\s]+)");
        while (object.find()) {
            Map<String, String> fields = new HashMap<>();
            Matcher f = field.matcher(object.group());
            while (f.find()) {
                fields.put(f.group(1), f.group(3) != null ? f.group(3) : f.group(2));
            }
            objects.add(fields);
        }
        return objects;
    }

    /** Clicks a button that asks first, waits for the question, and answers it. */
    private static void answer(WebDriver browser, WebDriverWait wait, By button, String question, String answerId) {
        click(browser, button);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-confirm-dialog"), question));
        wait.until(d -> "1".equals(d.findElement(By.cssSelector(".ui-confirm-dialog")).getCssValue("opacity")));
        click(browser, By.id(answerId));
    }

    /** The address serves a calendar, without signing in. */
    private void assertCalendar(String address) throws Exception {
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.body().contains("BEGIN:VCALENDAR"), feed.body());
    }

    /** Clicks something that may sit below the fold. */
    private static void click(WebDriver browser, By target) {
        WebElement element = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .until(ExpectedConditions.presenceOfElementLocated(target));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }
}
