package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front desk works on appointments in the calendar's appointment dialog: edits the notes,
 * moves visits of a series and cancels them (this visit, this and the following, all to come),
 * rebooks, downloads one appointment as an .ics file, and filters the calendar by room. When a
 * dialog closes, the focus is back on the appointment that opened it.
 *
 * <p>Each test works in the demo clinic's Chicago location with Dr. Priya Raman, in a fortnight at
 * least ten weeks ahead in which she has nothing booked yet; its patients and single appointments
 * are created through the REST API, series through the calendar's booking dialog.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class CalendarDialogJourneyIT {

    @ArquillianResource
    private URL base;

    private ClinicRest api;
    private String raman;
    private Map<String, String> roomOne;
    private String chicago;
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
    void editedNotesAreThereWhenTheAppointmentIsOpenedAgain(WebDriver browser) {
        String patient = patient("Nora", "Notes");
        String visit = api.book(patient, raman, roomOne.get("id"), at(monday.plusDays(1), 9, 0), 30,
                "Prefers the left side").get("id");
        CalendarScreens calendar = signIn(browser).open(chicago, raman, monday);

        calendar.openAppointment(visit);
        Accessibility.assertNoSeriousViolations(browser, "appointment dialog");
        WebElement notes = browser.findElement(By.id("eventForm:notes"));
        assertEquals("Prefers the left side", notes.getAttribute("value"));
        calendar.type(By.id("eventForm:notes"), "Prefers the left side; bring the MRI report");
        calendar.click(By.id("eventForm:saveNotes"));
        calendar.waitForMessage("The notes are saved.");
        calendar.closeDialog();

        calendar.openAppointment(visit);
        assertEquals("Prefers the left side; bring the MRI report",
                browser.findElement(By.id("eventForm:notes")).getAttribute("value"));
        assertEquals("Prefers the left side; bring the MRI report",
                ClinicRest.text(api.appointment(visit), "notes"));
    }

    @Test
    void aVisitDraggedOntoADayWithAnotherVisitOfThePatientMovesOnlyOnceTheDeskSaysSo(WebDriver browser) {
        String patient = patient("Dana", "Drag");
        api.book(patient, raman, roomOne.get("id"), at(monday.plusDays(1), 9, 0), 30, null);
        String thursday = api.book(patient, raman, roomOne.get("id"), at(monday.plusDays(3), 11, 0), 30, null)
                .get("id");
        CalendarScreens calendar = signIn(browser).open(chicago, raman, monday);

        // dropped on Tuesday, where she already comes at 09:00: the dialog warns and the visit stays
        calendar.drag(calendar.shown(thursday), monday.plusDays(3), monday.plusDays(1));
        WebElement warning = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("eventForm:sameDay")));
        assertTrue(warning.getText().contains("already has a visit that day"), warning.getText());
        assertTrue(browser.findElement(By.id("eventForm:moveAnyway")).isDisplayed(), "Move anyway is offered");
        assertStarts(List.of(thursday), monday.plusDays(3).atTime(11, 0)); // not moved before the desk confirms

        calendar.click(By.id("eventForm:moveAnyway"));
        calendar.waitForMessage("Moved:");
        wait(browser).until(d -> monday.plusDays(1).equals(calendar.dayOf(thursday)));
        assertStarts(List.of(thursday), monday.plusDays(1).atTime(11, 0));
    }

    @Test
    void movingThisVisitOnlyLeavesTheRestOfTheSeriesWhereItWas(WebDriver browser) {
        CalendarScreens calendar = signIn(browser);
        List<String> series = moveTheSecondVisit(calendar, "Theo", 0, 1, 0, "Moved: Theo Series");

        wait(browser).until(d -> monday.plusDays(4).equals(calendar.dayOf(series.get(1)))); // Thursday -> Friday
        assertEquals("10:00", calendar.startOf(series.get(1)));
        // the dialog was opened from the appointment with the keyboard: the focus is back on it, drawn where it now is
        calendar.waitForFocusOn(CalendarScreens.appointment(series.get(1)));
        assertEquals(monday.plusDays(1), calendar.dayOf(series.get(0)));
        assertStarts(series, monday.plusDays(1).atTime(10, 0), monday.plusDays(4).atTime(10, 0),
                monday.plusDays(8).atTime(10, 0), monday.plusDays(10).atTime(10, 0));
    }

    @Test
    void rebookOpensTheBookingDialogForTheSamePatientAndEscapeGivesTheFocusBackToTheAppointment(WebDriver browser) {
        String family = "Rebook" + ClinicRest.uniqueLetters();
        String patient = api.registerPatient("Rhea", family, LocalDate.of(1984, 9, 12)).get("id");
        String visit = api.book(patient, raman, roomOne.get("id"), at(monday.plusDays(1), 9, 0), 30, null).get("id");
        CalendarScreens calendar = signIn(browser).open(chicago, raman, monday);

        // from the keyboard: the appointment opened with Enter, closed with Escape, the focus back on it
        calendar.openAppointmentFromTheKeyboard(visit).escape("eventDialog");
        calendar.waitForFocusOn(CalendarScreens.appointment(visit));

        // Rebook swaps the appointment dialog for the booking dialog, prefilled for the same patient
        calendar.openAppointmentFromTheKeyboard(visit).click(By.id("eventForm:rebook"));
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("bookDialog")));
        wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("eventDialog")));
        assertTrue(browser.findElement(By.id("bookForm:patient_input")).getAttribute("value")
                .startsWith("Rhea " + family), "the booking dialog is for the patient of the visit");
        assertTrue(!browser.findElement(By.id("bookForm:patientFacts")).getText().isBlank(),
                "the desk sees the patient's authorization and copay at once");

        // and when the booking dialog closes, the focus goes back to the appointment that opened the first one
        calendar.waitForFocusIn("bookDialog");
        calendar.escape("bookDialog");
        calendar.waitForFocusOn(CalendarScreens.appointment(visit));
    }

    @Test
    void movingThisAndTheFollowingVisitsLeavesTheEarlierOnes(WebDriver browser) {
        CalendarScreens calendar = signIn(browser);
        List<String> series = moveTheSecondVisit(calendar, "Fola", 1, 0, 60, "Moved 3 visits.");

        wait(browser).until(d -> "11:00".equals(calendar.startOf(series.get(1))));
        assertEquals("10:00", calendar.startOf(series.get(0)));
        assertStarts(series, monday.plusDays(1).atTime(10, 0), monday.plusDays(3).atTime(11, 0),
                monday.plusDays(8).atTime(11, 0), monday.plusDays(10).atTime(11, 0));
    }

    @Test
    void movingTheWholeSeriesMovesEveryVisitToCome(WebDriver browser) {
        CalendarScreens calendar = signIn(browser);
        List<String> series = moveTheSecondVisit(calendar, "Alma", 2, 0, -30, "Moved 4 visits.");

        wait(browser).until(d -> "09:30".equals(calendar.startOf(series.get(1))));
        assertEquals("09:30", calendar.startOf(series.get(0)));
        assertStarts(series, monday.plusDays(1).atTime(9, 30), monday.plusDays(3).atTime(9, 30),
                monday.plusDays(8).atTime(9, 30), monday.plusDays(10).atTime(9, 30));
    }

    @Test
    void cancellingThisVisitOnlyKeepsTheRestOfTheSeriesBooked(WebDriver browser) {
        CalendarScreens calendar = signIn(browser);
        List<String> series = bookSeries(calendar, "Cato");

        calendar.openAppointment(series.get(0)).scope(0).cancel("Away on a business trip",
                "The appointment is cancelled.");
        wait(browser).until(d -> calendar.isCancelled(series.get(0)));
        assertTrue(!calendar.isCancelled(series.get(1)), "Thursday's visit is still booked");

        assertStatuses(series, "CANCELLED", "BOOKED", "BOOKED", "BOOKED");
    }

    @Test
    void cancellingTheWholeSeriesCancelsEveryVisitToCome(WebDriver browser) {
        CalendarScreens calendar = signIn(browser);
        List<String> series = bookSeries(calendar, "Wren");

        calendar.openAppointment(series.get(1)).scope(2).cancel("Moved to another city", "Cancelled 4 visits.");
        wait(browser).until(d -> calendar.isCancelled(series.get(0)) && calendar.isCancelled(series.get(1)));

        assertStatuses(series, "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
    }

    @Test
    void theDownloadedIcsHoldsTheAppointmentAtItsTime(WebDriver browser) throws Exception {
        String patient = patient("Ines", "Ics");
        ZonedDateTime start = at(monday.plusDays(2), 9, 15);
        String visit = api.book(patient, raman, roomOne.get("id"), start, 45, null).get("id");
        Path downloads = Browser.downloadsTo(browser);
        CalendarScreens calendar = signIn(browser).open(chicago, raman, monday);

        // the receptionist's click saves the file
        calendar.openAppointment(visit).click(By.id("eventForm:download"));
        Path file = wait(browser).until(d -> Browser.downloaded(downloads,
                java.util.regex.Pattern.quote("appointment-" + visit + ".ics")));
        assertOneEventAt(Files.readString(file), start.toInstant());

        // the same button's answer, as the browser receives it with the session cookie
        @SuppressWarnings("unchecked")
        List<String> answer = (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('eventForm');
                const data = new URLSearchParams(new FormData(form));
                data.append('eventForm:download', 'eventForm:download');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(r => r.text().then(t => done([String(r.status), r.headers.get('Content-Type'),
                        r.headers.get('Content-Disposition'), t])))
                    .catch(e => done(['0', '', '', String(e)]));
                """);
        assertEquals("200", answer.get(0), answer.get(3));
        assertTrue(answer.get(1).startsWith("text/calendar"), answer.get(1));
        assertTrue(answer.get(2).contains("appointment-" + visit + ".ics"), answer.get(2));
        assertOneEventAt(answer.get(3), start.toInstant());
    }

    @Test
    void choosingARoomShowsOnlyThatRoomsAppointments(WebDriver browser) {
        Map<String, String> roomTwo = api.room(ClinicRest.CHICAGO, "Treatment room 2");
        String inRoomOne = api.book(patient("Rosa", "Roomone"), raman, roomOne.get("id"), at(monday.plusDays(1), 9, 0),
                30, null).get("id");
        String inRoomTwo = api.book(patient("Remy", "Roomtwo"), raman, roomTwo.get("id"), at(monday.plusDays(1), 11, 0),
                30, null).get("id");
        CalendarScreens calendar = signIn(browser).open(chicago, raman, monday);
        calendar.shown(inRoomOne);
        calendar.shown(inRoomTwo);

        calendar.showRoom("Treatment room 1");
        assertTrue(calendar.shown(inRoomOne).getText().contains("(Treatment room 1)"));
        assertTrue(browser.findElements(CalendarScreens.appointment(inRoomTwo)).isEmpty(),
                "the appointment in room 2 is not shown");
        assertTrue(calendar.all().stream().allMatch(e -> e.getText().contains("(Treatment room 1)")),
                "every appointment shown is in room 1");

        calendar.showRoom("Any room");
        calendar.shown(inRoomOne);
        calendar.shown(inRoomTwo);
    }

    @Test
    void aVisitThatBeganEarlierTodayIsCheckedInFromTheDialog(WebDriver browser) {
        // a location where it is daytime now, so that a visit that began twenty minutes ago is today's
        Instant now = Instant.now();
        ZoneId zone = java.util.stream.Stream.of("America/Chicago", "Europe/Berlin", "Asia/Tokyo", "America/Los_Angeles",
                "Asia/Kolkata", "Pacific/Honolulu", "Australia/Sydney", "UTC", "America/New_York", "Pacific/Auckland")
                .map(ZoneId::of).filter(z -> now.atZone(z).getHour() >= 9 && now.atZone(z).getHour() < 19)
                .findFirst().orElseThrow();
        LocalDate today = LocalDate.ofInstant(now, zone);
        String word = ClinicRest.uniqueLetters();
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication().signIn("admin", "demo1234");
        new SetupScreens(browser, base).location("Check-in clinic " + word, zone.getId(), "Check-in room")
                .practitioner("Dr. Checkin " + word, "Check-in clinic " + word, java.time.LocalTime.of(6, 0),
                        java.time.LocalTime.of(21, 0), java.util.EnumSet.of(today.getDayOfWeek()));
        screens.signOut();
        String practitioner = api.practitionerId("Dr. Checkin " + word);
        Map<String, String> room = api.room("Check-in clinic " + word, "Check-in room");
        String visit = api.book(patient("Cora", "Checkin"), practitioner, room.get("id"),
                now.atZone(zone).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).minusMinutes(20), 30, null).get("id");

        CalendarScreens calendar = signIn(browser).open(room.get("locationId"), practitioner, today);
        calendar.openAppointment(visit);
        calendar.click(By.id("eventForm:checkIn"));
        calendar.waitForMessage("is checked in.");
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("eventForm:status"), "Arrived"));
        assertEquals("\"ARRIVED\"", api.appointment(visit).get("status"));
    }

    // ---- helpers

    private CalendarScreens signIn(WebDriver browser) {
        new ClinicScreens(browser, base).openApplication().signIn("frontdesk", "demo1234");
        return new CalendarScreens(browser, base);
    }

    private String patient(String given, String family) {
        return api.registerPatient(given, family + ClinicRest.uniqueLetters(), LocalDate.of(1984, 9, 12)).get("id");
    }

    private static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ClinicRest.CHICAGO_ZONE);
    }

    /**
     * Books Tuesdays and Thursdays at 10:00 for two weeks from the calendar's booking dialog; returns
     * the ids of the four visits in order. The calendar then shows the first week.
     */
    private List<String> bookSeries(CalendarScreens calendar, String given) {
        String family = "Series" + ClinicRest.uniqueLetters();
        api.registerPatient(given, family, LocalDate.of(1991, 4, 2));
        calendar.open(chicago, raman, monday).clickSlot(monday.plusDays(1), "10:00:00");
        calendar.choosePatient(family);
        calendar.bookSeries(2, 1, 3);
        List<String> ids = visits().stream().map(a -> a.get("id")).toList();
        assertEquals(4, ids.size(), ids.toString());
        calendar.shown(ids.get(0));
        calendar.shown(ids.get(1));
        return ids;
    }

    /**
     * Books a series, then moves its second visit (the first Thursday) in the appointment dialog,
     * opened from the keyboard (a click does not focus an appointment: the calendar keeps the focus
     * where it was while it watches for a drag).
     */
    private List<String> moveTheSecondVisit(CalendarScreens calendar, String given, int scope, int days, int minutes,
            String confirmation) {
        List<String> series = bookSeries(calendar, given);
        // the first Thursday at 10:00, moved with the date and time pickers
        calendar.openAppointmentFromTheKeyboard(series.get(1)).scope(scope).moveTo(monday.plusDays(3 + days),
                java.time.LocalTime.of(10, 0).plusMinutes(minutes).toString(), confirmation);
        return series;
    }

    private List<Map<String, String>> visits() {
        return api.appointments(raman, monday.atStartOfDay(ClinicRest.CHICAGO_ZONE),
                monday.plusWeeks(2).atStartOfDay(ClinicRest.CHICAGO_ZONE));
    }

    private void assertStarts(List<String> series, LocalDateTime... expected) {
        for (int i = 0; i < series.size(); i++) {
            Map<String, String> visit = api.appointment(series.get(i));
            assertEquals(expected[i], ClinicRest.time(visit, "start").atZoneSameInstant(ClinicRest.CHICAGO_ZONE)
                    .toLocalDateTime(), "visit " + (i + 1));
            assertEquals("\"BOOKED\"", visit.get("status"));
        }
    }

    private void assertStatuses(List<String> series, String... expected) {
        for (int i = 0; i < series.size(); i++) {
            assertEquals("\"" + expected[i] + "\"", api.appointment(series.get(i)).get("status"), "visit " + (i + 1));
        }
    }

    private static void assertOneEventAt(String ics, Instant start) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size(), ics);
        assertEquals(start, Instant.from(events.get(0).getStartDate().orElseThrow().getDate()), ics);
    }

    private static WebDriverWait wait(WebDriver browser) {
        // the calendar redraws its events after each change: an element may be replaced while it is read
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }
}
