package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
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
 * A billing manager at month end, in a real browser: from the overview to the queue of charges
 * with warnings, opens a visit, sees a refused diagnosis answered beside its field, deals with each
 * flagged line (fixed, or kept as it is with a reason), sees the warnings gone and the fixes in the
 * history, approves, and the visit leaves the list; then adds a fee to a payer's schedule and
 * imports a small CSV of diagnosis codes. Every page is checked with axe, on a laptop and a tablet.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class BillingJourneyIT {

    private static final Dimension LAPTOP = new Dimension(1366, 900);
    private static final Dimension TABLET = new Dimension(768, 1024);

    @ArquillianResource
    private URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @Test
    void aManagerReviewsFlaggedChargesSetsAFeeAndImportsDiagnosisCodes(WebDriver driver) throws IOException {
        start(driver);
        new ClinicScreens(driver, base).openApplication().signIn("manager", "demo1234");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Billing overview"));
        Accessibility.assertNoSeriousViolations(browser, "billing overview");
        screenshot("overview");

        // the overview's "with warnings" leads to the queue filtered to them, the filter in the address
        click(By.id("withWarnings"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Charge review"));
        assertTrue(browser.getCurrentUrl().contains("warnings=true"), browser.getCurrentUrl());
        wait.until(d -> !d.findElements(By.cssSelector("[id='queueForm:charges_data'] a[data-sheet]")).isEmpty());
        assertTrue(browser.findElement(By.id("queueForm:withWarnings_input")).isSelected());
        Accessibility.assertNoSeriousViolations(browser, "charge review queue");
        screenshot("queue-laptop");

        String sheetId = browser.findElement(By.cssSelector("[id='queueForm:charges_data'] a[data-sheet]"))
                .getAttribute("data-sheet");
        click(By.cssSelector("[id='queueForm:charges_data'] a[data-sheet='" + sheetId + "']"));
        waitForPresent(By.id("chargeHeading"));
        assertFalse(browser.findElement(By.id("reviewForm:approve")).isEnabled(), "approval waits for the warnings");
        waitForText("reviewForm:review", "Deal with the");

        // a diagnosis code that is no ICD-10-CM code is answered beside its field
        click(By.cssSelector("[id^='reviewForm'][id$=':replace']"));
        WebElement dx = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$=':dxCode']")));
        dx.sendKeys("XYZ");
        browser.findElement(By.cssSelector("textarea[id$=':dxWhy']")).sendKeys("Journey: a wrong code");
        click(By.cssSelector("button[id$=':saveDx']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".billing-field-problem"),
                "is not an ICD-10-CM code"));
        Accessibility.assertNoSeriousViolations(browser, "a refused diagnosis");
        click(By.cssSelector("button[id$=':cancelDx']"));
        wait.until(d -> d.findElements(By.cssSelector("input[id$=':dxCode']")).isEmpty());

        String reason = "Journey " + UUID.randomUUID().toString().substring(0, 6) + ": checked against the note";

        // meanwhile someone else (here: another tab) deals with a line of the same visit: this page's
        // next change is refused with the service's words, and opening the visit again shows theirs
        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get(base.toExternalForm() + "billing/charges.xhtml?warnings=true");
        click(By.cssSelector("[id='queueForm:charges_data'] a[data-sheet='" + sheetId + "']"));
        waitForPresent(By.id("chargeHeading"));
        keepFirstWarnedLine(reason);
        browser.close();
        browser.switchTo().window(firstTab);
        click(warnedLines().get(0).findElement(By.cssSelector("button[id$=':fix']")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea[id$=':fixWhy']"))).sendKeys(reason);
        pointToADiagnosisIfNone();
        click(By.cssSelector("button[id$=':saveFix']"));
        waitForText("messages", "Someone else changed these charges while you were editing.");
        click(By.id("reviewForm:reload"));
        wait.until(d -> d.findElements(By.cssSelector("textarea[id$=':fixWhy']")).isEmpty());
        waitForText("reviewForm:fixes", reason);

        // every flagged line: keep it as it is and say why (the fix form holds the line's values)
        boolean screenshotted = false;
        for (int guard = 0; guard < 8 && !warnedLines().isEmpty(); guard++) {
            WebElement line = warnedLines().get(0);
            click(line.findElement(By.cssSelector("button[id$=':fix']")));
            WebElement why = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea[id$=':fixWhy']")));
            if (!screenshotted) {
                Accessibility.assertNoSeriousViolations(browser, "fixing a charge line");
                scrollTo(why);
                screenshot("fix-form");
                screenshotted = true;
            }
            why.sendKeys(reason);
            pointToADiagnosisIfNone();
            click(By.cssSelector("button[id$=':saveFix']"));
            waitForText("messages", "Saved line");
            wait.until(d -> d.findElements(By.cssSelector("textarea[id$=':fixWhy']")).isEmpty());
        }
        assertTrue(warnedLines().isEmpty(), "no warning left");
        waitForText("reviewForm:fixes", reason);
        assertTrue(browser.findElement(By.id("reviewForm:approve")).isEnabled());
        Accessibility.assertNoSeriousViolations(browser, "charges ready to approve");
        scrollTo(browser.findElement(By.id("chargeHeading")));
        screenshot("detail-laptop");
        browser.manage().window().setSize(TABLET);
        scrollTo(browser.findElement(By.id("chargeHeading")));
        Accessibility.assertNoSeriousViolations(browser, "charges on a tablet");
        screenshot("detail-tablet");
        browser.manage().window().setSize(LAPTOP);

        click(By.id("reviewForm:approve"));
        waitForText("messages", "Approved the charges of");
        // approved, it leaves the to-review list; the list still shows only charges with warnings
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Charge review"));
        assertTrue(browser.getCurrentUrl().contains("warnings=true"), "the address keeps the filter");
        wait.until(d -> d.findElements(By.cssSelector("[id='queueForm:charges_data'] a[data-sheet='" + sheetId + "']"))
                .isEmpty());
        click(By.id("queueForm:clearFilters"));
        wait.until(d -> !d.getCurrentUrl().contains("warnings=true"));
        ClinicScreens.choose(browser, wait, "queueForm:status", "Approved");
        wait.until(d -> d.getCurrentUrl().contains("status=APPROVED"));
        wait.until(d -> !d.findElements(By.cssSelector("[id='queueForm:charges_data'] a[data-sheet='" + sheetId + "']"))
                .isEmpty());
        browser.manage().window().setSize(TABLET);
        Accessibility.assertNoSeriousViolations(browser, "charge queue on a tablet");
        screenshot("queue-tablet");
        browser.manage().window().setSize(LAPTOP);

        // a payer's fee schedule: a new fee from a date
        click(By.id("menuForm:menuPayers"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Payers and fee schedules"));
        Accessibility.assertNoSeriousViolations(browser, "payers");
        screenshot("payers");
        click(By.id("payersForm:addPayer"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payerDialog")));
        Accessibility.assertNoSeriousViolations(browser, "the payer dialog");
        screenshot("payer-dialog");
        click(By.id("payerDialogForm:cancel"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("payerDialog")));
        click(By.id("payersForm:payers:1:fees"));
        waitForPresent(By.id("feesHeading"));
        String payer = browser.findElement(By.id("feesHeading")).getText();
        String code = "97530";
        ClinicScreens.type(wait, "feesForm:feeCode", code);
        ClinicScreens.type(wait, "feesForm:feeAmount_input", "123.45");
        WebElement from = browser.findElement(By.id("feesForm:feeFrom_input"));
        from.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        from.sendKeys((2040 + new Random().nextInt(50)) + "-01-01");
        browser.findElement(By.id("feesHeading")).click();
        // the date picker's panel may still cover the button (it closes with an animation, and on a busy
        // machine not always at once): the button is pressed as a script would, which a covering panel
        // cannot intercept; the typed date is what the form sends either way
        ClinicScreens.ajaxIdle(wait);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();",
                browser.findElement(By.id("feesForm:addFee")));
        waitForText("messages", "Added the fee for " + code + " to " + payer);
        waitForText("feesForm:feeTable", "$123.45");
        Accessibility.assertNoSeriousViolations(browser, "a payer's fee schedule");
        screenshot("fees");

        // a small CSV of diagnosis codes
        click(By.id("menuForm:menuCodes"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Code sets"));
        Accessibility.assertNoSeriousViolations(browser, "code sets");
        screenshot("codes-top");
        click(By.id("diagnosesForm:addDiagnosis"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codeDialog")));
        Accessibility.assertNoSeriousViolations(browser, "the code dialog");
        screenshot("code-dialog");
        click(By.id("codeDialogForm:cancel"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("codeDialog")));
        String stem = "U9" + new Random().nextInt(10) + "." + (100 + new Random().nextInt(900));
        Path csv = Files.createTempFile("diagnoses", ".csv");
        Files.writeString(csv, "code,billable,description,effective_from,effective_to\r\n"
                + stem + "1,true,Journey diagnosis one,2025-10-01,\r\n"
                + stem + "2,true,Journey diagnosis two,2025-10-01,\r\n");
        browser.findElement(By.id("importForm:diagnosisFile_input")).sendKeys(csv.toAbsolutePath().toString());
        waitForText("messages", "Imported: 2 added, 0 changed, 0 unchanged.");
        Files.delete(csv);
        ClinicScreens.type(wait, "diagnosesForm:search", stem);
        waitForText("diagnosesForm:diagnoses", "Journey diagnosis two");
        Accessibility.assertNoSeriousViolations(browser, "code sets after an import");
        screenshot("codes");
        assertEquals(2, browser.findElements(By.cssSelector("[id='diagnosesForm:diagnoses_data'] > tr")).size());
    }

    /** Keeps the first flagged line as it is, saying why. */
    private void keepFirstWarnedLine(String reason) {
        click(warnedLines().get(0).findElement(By.cssSelector("button[id$=':fix']")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea[id$=':fixWhy']"))).sendKeys(reason);
        pointToADiagnosisIfNone();
        click(By.cssSelector("button[id$=':saveFix']"));
        waitForText("messages", "Saved line");
        wait.until(d -> d.findElements(By.cssSelector("textarea[id$=':fixWhy']")).isEmpty());
    }

    /** A line kept as it is must still point to a diagnosis (a warning for a missing pointer): the first. */
    private void pointToADiagnosisIfNone() {
        WebElement menu = browser.findElement(By.cssSelector("div[id$=':fixPointers']"));
        String id = menu.getAttribute("id");
        Number chosen = (Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll(\"[id='\" + arguments[0] + \"'] input[type=checkbox]:checked\").length;", id);
        if (chosen.intValue() > 0) {
            return;
        }
        menu.click();
        click(By.cssSelector("[id='" + id + "_panel'] li.ui-selectcheckboxmenu-item .ui-chkbox-box"));
        browser.findElement(By.id("chargeHeading")).click();
        wait.until(d -> d.findElements(By.id(id + "_panel")).stream().noneMatch(WebElement::isDisplayed));
    }

    private List<WebElement> warnedLines() {
        ClinicScreens.ajaxIdle(wait);
        return browser.findElements(By.cssSelector(".billing-line-warned"));
    }

    private void start(WebDriver driver) {
        browser = driver;
        browser.manage().window().setSize(LAPTOP);
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private void click(By element) {
        ClinicScreens.ajaxIdle(wait);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void click(WebElement element) {
        ClinicScreens.ajaxIdle(wait);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void scrollTo(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                element);
    }

    private void waitForPresent(By element) {
        wait.until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("clinic.it.dir", "target"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("BillingJourneyIT-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
