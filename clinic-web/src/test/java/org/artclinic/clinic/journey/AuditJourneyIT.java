package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.artclinic.clinic.testsupport.ApiClient;
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
 * An administrator reads a patient's access history: the front desk booked the patient a visit and
 * opened their chart; the administrator opens the audit trail from the menu, filters by the patient's
 * chart number and sees who booked and viewed, when and from where, with nothing in the table cut off;
 * takes the filtered rows as an Excel workbook; then verifies the trail. Axe checks the page;
 * screenshots saved.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class AuditJourneyIT {

    @ArquillianResource
    private URL base;

    @Test
    void anAdministratorReadsWhoOpenedAPatientsChartAndVerifiesTheTrail(WebDriver browser) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
        ApiClient desk = new ApiClient(base, "frontdesk");
        String id = desk.patient("Audra");
        // and books a visit: the front desk's most frequent event, whose "where" (SchedulingService.book) is
        // the widest of the page's texts that cannot break at a space
        ClinicRest rest = new ClinicRest(base, "frontdesk");
        String raman = rest.practitionerId(ClinicRest.RAMAN);
        LocalDate day = rest.freeDay(ClinicRest.CHICAGO_ZONE, 30, DayOfWeek.THURSDAY, raman);
        rest.book(id, raman, rest.room(ClinicRest.CHICAGO, "Treatment room 1").get("id"),
                day.atTime(10, 0).atZone(ClinicRest.CHICAGO_ZONE), 30, null);
        String chart = ApiClient.field(desk.get("api/patients/" + id).body(), "chartNumber").replace("\"", "");

        Path downloads = Browser.downloadsTo(browser);
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        screens.signIn("admin", ApiClient.PASSWORD);
        ClinicScreens.press(wait, "menuForm:menuAudit");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Audit trail"));
        Accessibility.assertNoSeriousViolations(browser, "audit trail");

        assertTrue(!browser.findElement(By.id("auditForm:accessReport")).isEnabled(),
                "the patient's access report needs a patient first");
        ClinicScreens.fill(wait, "auditForm:chart", chart);
        ClinicScreens.press(wait, "auditForm:apply");
        ClinicScreens.ajaxIdle(wait);
        WebElement events = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditForm:events")));
        wait.until(d -> d.findElement(By.id("auditForm:events")).getText().contains("viewed"));
        String rows = browser.findElement(By.id("auditForm:events")).getText();
        assertTrue(rows.contains("frontdesk") && rows.contains("Patient " + id), rows);
        assertTrue(rows.contains(", Audra"), "the patient's name beside the row: " + rows);
        assertTrue(rows.contains("SchedulingService"), "the booking: " + rows);
        // nothing in the table is cut off by its column: "SchedulingService." was, in a column of equal width
        Object cut = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return [...document"
                + ".querySelectorAll(\"[id='auditForm:events'] td\")].filter(td => td.scrollWidth > td.clientWidth + 1)"
                + ".map(td => td.textContent).join(' | ')");
        assertEquals("", cut, "cells wider than their column");
        assertTrue(browser.findElement(By.id("auditForm:accessReport")).isEnabled(),
                "one patient shown: their access report can be given to them");
        Browser.screenshot(browser, "AuditJourneyIT-history");
        By firstRow = By.cssSelector("[id='auditForm:events_data'] tr:first-child");
        assertTrue(browser.findElement(firstRow).getText().contains("viewed"), "newest first: the view");

        // oldest first: the registration heads the list
        browser.findElement(By.xpath("//th[contains(@class,'ui-sortable-column')][contains(.,'When')]")).click();
        ClinicScreens.ajaxIdle(wait);
        wait.until(d -> d.findElement(firstRow).getText().contains("created"));
        Browser.screenshot(browser, "AuditJourneyIT-oldest-first");

        // the filtered period as a workbook, every row with the patient's name beside it
        browser.findElement(By.id("auditForm:exportXlsx")).click();
        List<List<String>> sheet = rows(wait.until(d -> Browser.downloaded(downloads, "audit-trail-.*\\.xlsx")));
        assertEquals("When", sheet.get(0).get(0), "the header row first");
        assertTrue(sheet.size() > 2, "the patient's registration and the view: " + sheet);
        assertTrue(sheet.stream().skip(1).allMatch(row -> row.contains(id) && row.stream().anyMatch(c -> c.endsWith(", Audra"))),
                "only this patient's rows, each with the name: " + sheet);
        assertTrue(sheet.stream().anyMatch(row -> row.contains("frontdesk")), "who viewed the chart: " + sheet);

        ClinicScreens.press(wait, "auditForm:verify");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages"),
                "The audit trail is intact"));
        String verified = browser.findElement(By.cssSelector(".ui-messages")).getText();
        assertTrue(verified.matches("(?s).*intact: \\d{1,3}(,\\d{3})* rows checked.*"),
                "the count reads in thousands (14,731, not 14731): " + verified);
        Accessibility.assertNoSeriousViolations(browser, "audit trail verified");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "AuditJourneyIT-verified");
        assertTrue(events.isDisplayed());
    }

    /** The first sheet's rows, each cell as text. */
    private static List<List<String>> rows(Path xlsx) throws java.io.IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx);
                org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            book.getSheetAt(0).forEach(row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            });
        }
        return rows;
    }
}
