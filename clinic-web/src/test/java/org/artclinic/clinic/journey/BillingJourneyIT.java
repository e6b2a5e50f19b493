package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

import org.artclinic.clinic.billing.X12Segments;
import org.artclinic.clinic.testsupport.ApiClient;
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
 * A billing manager at month end, in a real browser, takes one visit all the way: from the
 * overview to the queue of charges with warnings, opens the visit (a Medicare patient whose manual
 * therapy and manipulation were charted on the same region), sees a refused diagnosis answered beside
 * its field, deals with the flagged line while someone else does too, approves, makes the claim,
 * moves it to ready and sends it in an 837P file (downloaded and read back segment by segment with
 * StAEDI), posts the payer's partial payment, reads the A/R aging by patient and exports it (csv,
 * xlsx and pdf, each file opened), and prints the patient's superbill (its text read back). A second
 * journey adds a fee to a payer's schedule and imports a small CSV of diagnosis codes. Every page
 * is checked with axe, on a laptop and a tablet.
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
    void aManagerTakesAFlaggedVisitThroughItsClaimToAPartPaymentTheAgedBalancesAndTheSuperbill(WebDriver driver)
            throws Exception {
        start(driver);
        Path downloads = Browser.downloadsTo(driver);
        Properties seeded = ClinicScreens.seed(base, "billing-journey");
        String visitNote = chartedMedicareVisit(seeded);

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

        // the journey's visit: the location's only charges
        ClinicScreens.choose(browser, wait, "queueForm:location", seeded.getProperty("location"));
        wait.until(d -> d.getCurrentUrl().contains("location="));
        ClinicScreens.ajaxIdle(wait);
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='queueForm:charges_data'] a[data-sheet]"));
        assertEquals(1, rows.size(), "the journey's one visit at its location");
        String sheetId = rows.get(0).getAttribute("data-sheet");
        String sheetJson = new ApiClient(base, "manager").get("api/charges/" + sheetId).body();
        assertEquals(visitNote, ApiClient.field(sheetJson, "visitId"), "the signed note's charges");
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
        String queue = browser.getCurrentUrl();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get(queue);
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
        ClinicScreens.choose(browser, wait, "queueForm:location", seeded.getProperty("location"));
        wait.until(d -> d.getCurrentUrl().contains("location="));
        wait.until(d -> !d.findElements(By.cssSelector("[id='queueForm:charges_data'] a[data-sheet='" + sheetId + "']"))
                .isEmpty());
        browser.manage().window().setSize(TABLET);
        Accessibility.assertNoSeriousViolations(browser, "charge queue on a tablet");
        screenshot("queue-tablet");
        browser.manage().window().setSize(LAPTOP);

        // the approved visit's claim, made from its charges and opened on the claims page
        click(By.cssSelector("[id='queueForm:charges_data'] a[data-sheet='" + sheetId + "']"));
        waitForPresent(By.id("chargeHeading"));
        click(By.id("reviewForm:makeClaim"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Claims"));
        waitForText("messages", "Claim to Medicare Part B made for");
        String claimId = browser.getCurrentUrl().replaceAll(".*[?&]claim=(\\d+).*", "$1");
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detailForm:detail")));
        assertTrue(detail.getText().contains("Claim " + claimId + ": " + seeded.getProperty("patientName")),
                detail.getText());
        assertEquals("draft", browser.findElement(By.id("claimStatus")).getText());
        String charged = browser.findElement(By.cssSelector(".claim-money div:first-child dd")).getText();

        // ready, then sent in an 837P file with the other ready claims
        ClinicScreens.choose(browser, wait, "detailForm:moveTo", "ready");
        click(By.id("detailForm:move"));
        wait.until(ExpectedConditions.textToBe(By.id("claimStatus"), "ready"));
        click(By.id("claimsForm:sendReady"));
        waitForText("messages", "sent in 837P-");
        wait.until(ExpectedConditions.textToBe(By.id("claimStatus"), "submitted"));
        WebElement batches = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batchesForm:batches")));
        String fileName = batches.findElement(By.cssSelector("tbody tr:first-child td:first-child")).getText()
                .replace("File", "").strip();
        assertTrue(fileName.matches("837P-\\d{9}\\.x12"), fileName);
        Accessibility.assertNoSeriousViolations(browser, "claims after sending a file");
        scrollTo(batches);
        screenshot("claims-sent");
        click(By.id("batchesForm:batches:0:download"));
        Path x12 = wait.until(d -> Browser.downloaded(downloads, java.util.regex.Pattern.quote(fileName)));
        assertOurClaimIsInTheFile(Files.readString(x12, StandardCharsets.US_ASCII), claimId, charged, seeded);

        // the payer pays part of it
        ClinicScreens.fill(wait, "detailForm:amount_input", "10");
        ClinicScreens.fill(wait, "detailForm:reference", "EFT-JOURNEY");
        click(By.id("detailForm:post"));
        waitForText("messages", "$10.00 posted.");
        wait.until(ExpectedConditions.textToBe(By.id("claimStatus"), "partially paid"));
        String balance = browser.findElement(By.id("claimBalance")).getText();
        assertEquals(money(charged).subtract(new BigDecimal("10.00")), money(balance), "charged less what was paid");

        // the A/R aging by patient names them with the open balance, on the page and in each export
        browser.get(base + "billing/reports.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportsForm:aging")));
        ClinicScreens.choose(browser, wait, "reportsForm:agingBy", "Patient");
        ClinicScreens.ajaxIdle(wait);
        Accessibility.assertNoSeriousViolations(browser, "A/R aging by patient");
        click(By.id("reportsForm:agingCsv"));
        Path csv = wait.until(d -> Browser.downloaded(downloads, "ar-aging\\.csv"));
        String csvText = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(csvText.lines().anyMatch(line -> line.contains(seeded.getProperty("patientSortName"))
                && line.contains(balance)), csvText);
        click(By.id("reportsForm:agingXlsx"));
        Path xlsx = wait.until(d -> Browser.downloaded(downloads, "ar-aging\\.xlsx"));
        List<String> workbook = cells(xlsx);
        assertTrue(workbook.contains(seeded.getProperty("patientSortName")), "the patient's row in the workbook");
        // the balance a number in the currency's format, which Excel can sum, shown as on the page
        assertTrue(workbook.contains(balance), balance + " in " + workbook);
        click(By.id("reportsForm:agingPdf"));
        Path pdf = wait.until(d -> Browser.downloaded(downloads, "ar-aging\\.pdf"));
        // the PDF's narrow name column wraps long names, so the patient is found by the unique part of theirs
        String family = seeded.getProperty("familyName");
        assertTrue(pdfText(pdf).contains(family.substring(family.lastIndexOf(' ') + 1)), "the patient's row in the PDF");

        // at the desk, the patient asks for a superbill: the visit's codes, the provider's NPI, what was paid
        browser.manage().deleteAllCookies();
        new ClinicScreens(driver, base).openApplication().signIn("frontdesk", "demo1234");
        browser.get(base + "patient/patient.xhtml?id=" + seeded.getProperty("patient") + "&tab=billing");
        WebElement from = wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:documentsForm:superbillFrom_input")));
        from.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        from.sendKeys(seeded.getProperty("dateOfService"));
        browser.findElement(By.id("tabs:billingForm:balance")).click();
        ClinicScreens.ajaxIdle(wait);
        Accessibility.assertNoSeriousViolations(browser, "the patient's billing tab");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();",
                browser.findElement(By.id("tabs:documentsForm:superbill")));
        String superbill = pdfText(wait.until(d -> Browser.downloaded(downloads, "superbill-.*\\.pdf")));
        for (String expected : List.of(seeded.getProperty("patientName"), seeded.getProperty("npi"), "98940", "97140",
                "M54.50", "$10.00")) {
            assertTrue(superbill.contains(expected), "the superbill shows " + expected + ":\n" + superbill);
        }
        // and the statement: no codes, the insurer's part still to come, nothing due from the patient yet
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();",
                browser.findElement(By.id("tabs:documentsForm:statement")));
        String statement = pdfText(wait.until(d -> Browser.downloaded(downloads, "statement-.*\\.pdf")));
        assertTrue(statement.contains("Patient statement") && statement.contains("Waiting for insurance: " + balance)
                && statement.contains("Nothing is due."), statement);
        assertFalse(statement.contains("M54.50"), "the patient's bill has no codes");
    }

    @Test
    void aManagerSetsAFeeAndImportsDiagnosisCodes(WebDriver driver) throws IOException {
        start(driver);
        new ClinicScreens(driver, base).openApplication().signIn("manager", "demo1234");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".clinic-title"), "Billing overview"));

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
        // the code and the amount update the form when they change: a response that arrives late (a busy
        // machine) re-renders the date field and drops a date typed before it, so the date goes in once the
        // form is idle, and is typed again if it did not stay, as a person would
        String date = (2040 + new Random().nextInt(50)) + "-01-01";
        for (int attempt = 0; attempt < 3; attempt++) {
            ClinicScreens.ajaxQuiet(wait);
            WebElement from = browser.findElement(By.id("feesForm:feeFrom_input"));
            from.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
            from.sendKeys(date);
            browser.findElement(By.id("feesHeading")).click();
            ClinicScreens.ajaxQuiet(wait);
            if (date.equals(browser.findElement(By.id("feesForm:feeFrom_input")).getAttribute("value"))) {
                break;
            }
        }
        // the date picker's panel may still cover the button (it closes with an animation, and on a busy
        // machine not always at once): the button is pressed as a script would, which a covering panel
        // cannot intercept; the typed date is what the form sends either way
        ClinicScreens.ajaxQuiet(wait);
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

    /**
     * The front desk adds the patient's Medicare policy; the practitioner charts yesterday's visit
     * (manipulation of the lumbar spine and manual therapy on the same region: an NCCI pair the rules
     * cannot settle) and signs it. The note's id.
     */
    private String chartedMedicareVisit(Properties seeded) throws Exception {
        ApiClient desk = new ApiClient(base, "frontdesk");
        String medicare = jakarta.json.Json.createReader(new java.io.StringReader(desk.get("api/payers").body()))
                .readArray().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(p -> "Medicare Part B".equals(p.getString("name")))
                .map(p -> String.valueOf(p.getJsonNumber("id"))).findFirst().orElseThrow();
        HttpResponse<String> policy = desk.post("api/patients/" + seeded.getProperty("patient") + "/policies",
                "{\"payerId\": " + medicare + ", \"memberId\": \"1EG4TE5MK73\", \"primary\": true}");
        assertEquals(201, policy.statusCode(), policy::body);
        ApiClient practitioner = new ApiClient(base, seeded.getProperty("username"), seeded.getProperty("password"));
        HttpResponse<String> opened = practitioner.post("api/visits", "{\"appointmentId\": " + seeded.getProperty("visit")
                + "}");
        assertEquals(201, opened.statusCode(), opened::body);
        String note = ApiClient.field(opened.body(), "id");
        for (String service : List.of(
                "{\"code\": \"98940\", \"regions\": [\"LUMBAR\"], \"diagnosisCodes\": [\"M54.50\"]}",
                "{\"code\": \"97140\", \"minutes\": 15, \"regions\": [\"LOW_BACK\"], \"diagnosisCodes\": [\"M54.50\"]}")) {
            HttpResponse<String> added = practitioner.post("api/visits/" + note + "/services", service);
            assertEquals(201, added.statusCode(), added::body);
        }
        HttpResponse<String> signed = practitioner.post("api/visits/" + note + "/sign",
                "{\"password\": \"" + seeded.getProperty("password") + "\"}");
        assertEquals(200, signed.statusCode(), signed::body);
        return note;
    }

    /**
     * The downloaded 837P file, read back with StAEDI: a valid envelope holding our claim with its
     * total, the patient as subscriber, the rendering provider's NPI, the diagnosis and both lines.
     */
    private static void assertOurClaimIsInTheFile(String file, String claimId, String charged, Properties seeded)
            throws Exception {
        X12Segments x12 = X12Segments.read(file);
        assertEquals(List.of(), x12.errors(), "StAEDI reads the file without an error");
        assertEquals("005010X222A1", x12.first("GS").get(8));
        int clm = -1;
        for (int i = 0; i < x12.segments().size(); i++) {
            List<String> segment = x12.segments().get(i);
            if (segment.get(0).equals("CLM") && segment.get(1).equals(claimId)) {
                clm = i;
            }
        }
        assertTrue(clm > 0, "the claim's CLM segment");
        assertEquals(0, money(charged).compareTo(new BigDecimal(x12.segments().get(clm).get(2))), "CLM02 is the total");
        // the claim's own loop: from its subscriber's HL (before CLM) to the next HL (after it)
        int loopStart = clm;
        while (!x12.segments().get(loopStart).get(0).equals("HL")) {
            loopStart--;
        }
        int loopEnd = clm;
        while (loopEnd < x12.segments().size() && !List.of("HL", "SE").contains(x12.segments().get(loopEnd).get(0))) {
            loopEnd++;
        }
        List<List<String>> loop = x12.segments().subList(loopStart, loopEnd);
        assertTrue(loop.stream().anyMatch(s -> s.get(0).equals("NM1") && s.get(1).equals("IL")
                && s.get(3).equalsIgnoreCase(seeded.getProperty("familyName"))), "the patient as subscriber: " + loop);
        assertTrue(loop.stream().anyMatch(s -> s.get(0).equals("NM1") && s.get(1).equals("82")
                && s.contains(seeded.getProperty("npi"))), "the rendering provider's NPI: " + loop);
        assertTrue(loop.stream().anyMatch(s -> s.get(0).equals("HI") && s.get(1).equals("ABK:M5450")), "the diagnosis");
        List<String> lines = loop.stream().filter(s -> s.get(0).equals("SV1")).map(s -> s.get(1)).toList();
        assertEquals(2, lines.size(), "two service lines: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("HC:98940")) && lines.stream()
                .anyMatch(l -> l.startsWith("HC:97140")), lines.toString());
    }

    private static BigDecimal money(String shown) {
        return new BigDecimal(shown.replace("$", "").replace(",", "").strip());
    }

    /** Every cell of the workbook's first sheet, as text. */
    private static List<String> cells(Path xlsx) throws IOException {
        List<String> cells = new java.util.ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(format.formatCellValue(cell))));
        }
        return cells;
    }

    private static String pdfText(Path pdf) throws IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
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
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL)
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
