package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.setup.Npi;
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
 * The administrator sets up a new clinic from the menu: a location with a room, a practitioner
 * (after an NPI typo is caught) with weekly hours, and an appointment type, and sees each listed.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class SetupJourneyIT {

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @Test
    void anAdministratorSetsUpALocationAPractitionerAndAnAppointmentType(WebDriver driver) {
        browser = driver;
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String location = "Riverside " + suffix;
        String room = "Treatment room A";
        String practitioner = "Dr. Jamie Rivers " + suffix;
        String type = "ART session " + suffix;
        String npi = validNpi();
        String typo = npi.substring(0, 9) + (char) ('0' + (npi.charAt(9) - '0' + 5) % 10);

        ClinicScreens screens = new ClinicScreens(driver, base).openApplication().signIn("admin", "demo1234");
        assertTrue(screens.menuEntries().containsAll(
                java.util.List.of("Locations and rooms", "Practitioners", "Appointment types")),
                screens.menuEntries().toString());

        // a location in Chicago, with one room
        openFromMenu("menuLocations", "Locations and rooms");
        click("locationsForm:addLocation");
        type("locationDialogForm:name", location);
        type("locationDialogForm:zone_input", "America/Chic");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("li.ui-autocomplete-item[data-item-value='America/Chicago']"))).click();
        type("locationDialogForm:phone", "312-555-0188");
        type("locationDialogForm:city", "Chicago");
        saveDialog("locationDialogForm:save", "locationDialog");
        waitForText("locationsForm:locations", location);
        assertTrue(text("locationsForm:locations").contains("America/Chicago"));

        rowButton("locationsForm:locations", location, "Rooms and holidays").click();
        type("detailsForm:newRoomName", room);
        click("detailsForm:addRoom");
        waitForText("detailsForm:rooms", room);
        assertTrue(text("detailsForm:roomsTitle").contains(location));

        // closed over the holidays: whole days in the location's own time zone
        type("detailsForm:holidayFrom_input", "2026-12-24");
        type("detailsForm:holidayTo_input", "2026-12-26");
        type("detailsForm:holidayReason", "Christmas");
        click("detailsForm:addHoliday");
        waitForText("detailsForm:holidays", "Christmas");
        String holidays = text("detailsForm:holidays");
        assertTrue(holidays.contains("2026-12-24") && holidays.contains("2026-12-26"), holidays);

        // a practitioner: the NPI typo is caught, then the right number is kept
        openFromMenu("menuPractitioners", "Practitioners");
        click("practitionersForm:addPractitioner");
        type("practitionerDialogForm:name", practitioner);
        choose("practitionerDialogForm:discipline", "Chiropractor");
        type("practitionerDialogForm:npi", typo);
        click("practitionerDialogForm:save");
        waitForText("practitionerDialogForm:dialogMessages", "has a wrong check digit");
        assertTrue(browser.findElement(By.id("practitionerDialog")).isDisplayed(), "the dialog stays open");
        type("practitionerDialogForm:npi", npi);
        saveDialog("practitionerDialogForm:save", "practitionerDialog");
        waitForText("practitionersForm:practitioners", practitioner);
        assertTrue(text("practitionersForm:practitioners").contains(npi));

        // Monday mornings at the new location; an overlapping block is refused
        rowButton("practitionersForm:practitioners", practitioner, "Hours and time off").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detailsForm:hoursLocation")));
        choose("detailsForm:hoursLocation", location);
        choose("detailsForm:day", "Monday");
        type("detailsForm:from_input", "09:00");
        type("detailsForm:to_input", "13:00");
        click("detailsForm:addHours");
        waitForText("detailsForm:hours", "09:00");
        String hours = text("detailsForm:hours");
        assertTrue(hours.contains("Monday") && hours.contains("13:00") && hours.contains(location), hours);

        choose("detailsForm:day", "Monday");
        type("detailsForm:from_input", "12:00");
        type("detailsForm:to_input", "14:00");
        click("detailsForm:addHours");
        waitForText("messages", "already works Monday 09:00-13:00 at " + location);
        assertFalse(text("detailsForm:hours").contains("14:00"), "the overlapping block was not saved");

        // a morning off, typed in the new location's time zone
        choose("detailsForm:timeOffLocation", location + " (America/Chicago)");
        type("detailsForm:timeOffFrom_input", "2026-12-01 09:00");
        type("detailsForm:timeOffTo_input", "2026-12-01 12:30");
        type("detailsForm:timeOffReason", "ART instructor course");
        click("detailsForm:addTimeOff");
        waitForText("detailsForm:timeOff", "ART instructor course");
        String timeOff = text("detailsForm:timeOff");
        assertTrue(timeOff.contains("2026-12-01 09:00") && timeOff.contains("2026-12-01 12:30"), timeOff);

        // an appointment type: a duration of 7 minutes is refused, 30 is kept
        openFromMenu("menuAppointmentTypes", "Appointment types");
        click("typesForm:addType");
        type("typeDialogForm:name", type);
        type("typeDialogForm:minutes", "7");
        click("typeDialogForm:save");
        waitForText("typeDialogForm:dialogMessages", "A duration is a multiple of 5 minutes");
        type("typeDialogForm:minutes", "30");
        saveDialog("typeDialogForm:save", "typeDialog");
        waitForText("typesForm:types", type);

        // everything is there on a fresh visit
        openFromMenu("menuLocations", "Locations and rooms");
        assertTrue(text("locationsForm:locations").contains(location));
        openFromMenu("menuPractitioners", "Practitioners");
        assertTrue(text("practitionersForm:practitioners").contains(practitioner));
        openFromMenu("menuAppointmentTypes", "Appointment types");
        assertTrue(text("typesForm:types").contains(type));
    }

    private void openFromMenu(String menuItemId, String title) {
        WebElement entry = wait.until(ExpectedConditions.elementToBeClickable(By.id("menuForm:" + menuItemId)));
        entry.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), title));
        assertEquals(title, browser.findElement(By.cssSelector(".clinic-title")).getText());
        Accessibility.assertNoSeriousViolations(browser, title);
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void type(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    /** Picks an option of a PrimeFaces select menu by its label. */
    private void choose(String menuId, String label) {
        ClinicScreens.choose(browser, wait, menuId, label);
    }

    private void saveDialog(String saveId, String dialogId) {
        click(saveId);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialogId)));
    }

    private void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private WebElement rowButton(String tableId, String rowText, String buttonText) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + tableId + "_data']/tr["
                + ClinicScreens.cellShowing(rowText) + "]//button[normalize-space()='" + buttonText + "']")));
    }

    private static String validNpi() {
        String base = String.valueOf(100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
        for (int check = 0; check <= 9; check++) {
            try {
                return Npi.check(base + check);
            } catch (DomainException wrongDigit) {
                // exactly one check digit fits
            }
        }
        throw new IllegalStateException("no check digit for " + base);
    }
}
