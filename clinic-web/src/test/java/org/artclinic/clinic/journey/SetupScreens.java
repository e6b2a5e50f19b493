package org.artclinic.clinic.journey;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's set-up pages, used by journeys that need a clinic of their own (a location
 * in a chosen time zone, a room, a practitioner with weekly hours) that the REST API does not
 * create. Sign in as {@code admin} first. {@code SetupJourneyIT} checks these pages themselves.
 */
final class SetupScreens {

    private final WebDriver browser;
    private final URL base;
    private final WebDriverWait wait;

    SetupScreens(WebDriver browser, URL base) {
        this.browser = browser;
        this.base = base;
        // PrimeFaces replaces what an ajax answer updates: an element may go stale while it is read
        this.wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** A new location in the time zone, with one room. */
    SetupScreens location(String name, String zone, String room) {
        browser.get(base.toExternalForm() + "admin/locations.xhtml");
        press("locationsForm:addLocation");
        fill("locationDialogForm:name", name);
        fill("locationDialogForm:zone_input", zone);
        press(By.cssSelector("li.ui-autocomplete-item[data-item-value='" + zone + "']"));
        press("locationDialogForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("locationDialog")));
        press(rowButton("locationsForm:locations", name, "select"));
        fill("detailsForm:newRoomName", room);
        press("detailsForm:addRoom");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailsForm:rooms"), room));
        return this;
    }

    /** A new chiropractor who works at the location on the given days, from {@code from} to {@code to}. */
    SetupScreens practitioner(String name, String location, LocalTime from, LocalTime to, Iterable<DayOfWeek> days) {
        browser.get(base.toExternalForm() + "admin/practitioners.xhtml");
        press("practitionersForm:addPractitioner");
        fill("practitionerDialogForm:name", name);
        select("practitionerDialogForm:discipline", "Chiropractor");
        press("practitionerDialogForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("practitionerDialog")));
        press(rowButton("practitionersForm:practitioners", name, "select"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detailsForm:hoursLocation")));
        select("detailsForm:hoursLocation", location);
        for (DayOfWeek day : days) {
            String label = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            select("detailsForm:day", label);
            fill("detailsForm:from_input", from.toString());
            fill("detailsForm:to_input", to.toString());
            press("detailsForm:addHours");
            wait.until(d -> d.findElement(By.id("detailsForm:hours")).getText().contains(label));
        }
        return this;
    }

    private By rowButton(String table, String rowText, String buttonId) {
        return By.xpath("//*[@id='" + table + "_data']/tr[" + ClinicScreens.cellShowing(rowText) + "]"
                + "//button[contains(@id,':" + buttonId + "')]");
    }

    private void press(String id) {
        press(By.id(id));
    }

    private void press(By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void fill(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    private void select(String menu, String label) {
        select(browser, wait, menu, label);
    }

    /** A PrimeFaces select menu: opens it and picks the option by its label. */
    static void select(WebDriver driver, WebDriverWait wait, String menu, String label) {
        ClinicScreens.choose(driver, wait, menu, label);
    }
}
