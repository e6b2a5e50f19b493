package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The protocol library in a real browser: a practitioner narrows the library to the wrist and
 * a name, opens a protocol and follows its kinetic-chain link, on a laptop and on a tablet; an
 * administrator edits a protocol's notes, retires it after confirming and brings it back.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class ProtocolLibraryJourneyIT {

    private static final Dimension LAPTOP = new Dimension(1366, 900);
    private static final Dimension TABLET = new Dimension(768, 1024);

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @Test
    void aPractitionerFiltersOpensAProtocolAndFollowsWhatToTreatNext(WebDriver driver) throws IOException {
        start(driver);
        new ClinicScreens(driver, base).openApplication().signIn("practitioner", "demo1234");
        openLibrary();

        ClinicScreens.choose(browser, wait, "filterForm:region", "Wrist and hand");
        type("filterForm:text", "median");
        wait.until(d -> d.findElements(By.cssSelector("[id='filterForm:protocols_data'] > tr")).size() == 1);
        click(By.xpath("//*[@id='filterForm:protocols_data']//a[normalize-space()='Median nerve at the carpal tunnel']"));
        waitForText("detailForm:detail", "Treat next");
        assertEquals("Median nerve at the carpal tunnel", browser.findElement(By.id("protocolHeading")).getText());
        String detail = text("detailForm:detail");
        assertTrue(detail.contains("G56.01") && detail.contains("Transverse carpal ligament"), detail);
        assertTrue(browser.findElements(By.id("detailForm:edit")).isEmpty(), "a practitioner does not edit");
        Accessibility.assertNoSeriousViolations(browser, "protocol library with a protocol open");
        screenshot("practitioner-laptop");

        browser.manage().window().setSize(TABLET);
        browser.findElement(By.id("detailForm:detail")).getRect();
        Accessibility.assertNoSeriousViolations(browser, "protocol library on a tablet");
        screenshot("practitioner-tablet");
        browser.manage().window().setSize(LAPTOP);

        click(By.xpath("//*[@id='detailForm:detail']//a[normalize-space()='Transverse carpal ligament']"));
        wait.until(ExpectedConditions.textToBe(By.id("protocolHeading"), "Transverse carpal ligament"));
    }

    @Test
    void anAdministratorEditsRetiresAndReactivatesAProtocol(WebDriver driver) throws IOException {
        start(driver);
        new ClinicScreens(driver, base).openApplication().signIn("admin", "demo1234");
        openLibrary();
        String note = "Checked by the journey " + UUID.randomUUID().toString().substring(0, 6) + ".";

        type("filterForm:text", "pronator teres");
        // the protocol, and the median nerve where it passes pronator teres
        wait.until(d -> d.findElements(By.cssSelector("[id='filterForm:protocols_data'] > tr")).size() == 2);
        click(By.xpath("//*[@id='filterForm:protocols_data']//a[normalize-space()='Pronator teres']"));
        wait.until(ExpectedConditions.textToBe(By.id("protocolHeading"), "Pronator teres"));

        click(By.id("detailForm:edit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("protocolDialog")));
        assertEquals("Pronator teres", browser.findElement(By.id("protocolDialogForm:name")).getAttribute("value"));
        Accessibility.assertNoSeriousViolations(browser, "protocol edit dialog");
        screenshot("admin-edit-dialog");
        WebElement notes = browser.findElement(By.id("protocolDialogForm:notes"));
        notes.clear();
        notes.sendKeys(note);
        click(By.id("protocolDialogForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("protocolDialog")));
        waitForText("detailForm:detail", note);
        waitForText("messages", "Saved Pronator teres.");

        click(By.id("detailForm:retire"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmYes")));
        Accessibility.assertNoSeriousViolations(browser, "protocol library asking before retiring");
        click(By.id("confirmYes"));
        waitForText("detailForm:detail", "Retired: not offered for new entries");
        screenshot("admin-retired");
        click(By.id("detailForm:reactivate"));
        waitForText("messages", "Pronator teres is in use again.");
        assertTrue(browser.findElements(By.id("detailForm:reactivate")).isEmpty());

        // a CSV file with one new protocol, linked to one of the library
        String name = "Journey import " + UUID.randomUUID().toString().substring(0, 6);
        Path csv = Files.createTempFile("protocols", ".csv");
        Files.writeString(csv, String.join(",", "name", "regionGroup", "region", "structure", "tissue", "sides",
                "startPosition", "contactPoint", "tensionDirection", "movement", "typicalPasses", "indications",
                "links") + "\r\n" + String.join(",", name, "UPPER_EXTREMITY", "ELBOW", "Anconeus (lateral epicondyle to olecranon)",
                "MUSCLE", "LEFT;RIGHT", "Elbow straight.", "Thumb behind the lateral epicondyle.", "Toward the epicondyle.",
                "Patient bends the elbow.", "2", "M77.11;M77.12", "Triceps brachii") + "\r\n");
        browser.findElement(By.id("adminForm:importFile_input")).sendKeys(csv.toAbsolutePath().toString());
        waitForText("messages", "Imported: 1 added, 0 changed, 0 unchanged.");
        Files.delete(csv);
        type("filterForm:text", name);
        click(By.xpath("//*[@id='filterForm:protocols_data']//a[normalize-space()='" + name + "']"));
        waitForText("detailForm:detail", "Triceps brachii");
        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.HOME);
        screenshot("admin-imported");
    }

    private void start(WebDriver driver) {
        browser = driver;
        browser.manage().window().setSize(LAPTOP);
        // PrimeFaces replaces what an ajax answer updates: an element may go stale while it is read
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private void openLibrary() {
        click(By.id("menuForm:menuProtocols"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Protocol library"));
        Accessibility.assertNoSeriousViolations(browser, "protocol library");
    }

    private void click(By element) {
        ClinicScreens.ajaxIdle(wait);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void type(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    private void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("clinic.it.dir", "target"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("ProtocolLibraryJourneyIT-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
