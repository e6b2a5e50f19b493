package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front desk registers a new patient, is stopped from registering the same person twice and
 * opens the existing chart instead, finds the patient again by the first letters of the family
 * name typed without accents, and adds an insurance policy whose authorized visits then show in
 * the patient header.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class PatientJourneyIT {

    private static final String DEMO_PASSWORD = "demo1234";
    private static final String[] ACCENTED = {"é", "ö", "ü", "å", "ñ"};
    private static final String[] PLAIN = {"e", "o", "u", "a", "n"};

    @ArquillianResource
    private URL base;

    @Test
    void theFrontDeskRegistersFindsAndInsuresAPatientWithoutOpeningASecondChart(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        screens.signIn("frontdesk", DEMO_PASSWORD);

        // a family name whose first three letters are (almost certainly) nobody else's, one of them accented
        int accent = ThreadLocalRandom.current().nextInt(ACCENTED.length);
        char first = (char) ('A' + ThreadLocalRandom.current().nextInt(26));
        char third = (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        String family = first + ACCENTED[accent] + third + "sdóttir";
        String typedPrefix = (String.valueOf(first) + PLAIN[accent] + third).toLowerCase();

        // register
        openPatients(browser, wait);
        browser.findElement(By.id("searchForm:register")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:givenName")));
        assertEquals("Register patient", screens.pageTitle());
        Accessibility.assertNoSeriousViolations(browser, "register a patient");
        fillPerson(browser, "Zoë", family, "1991-06-15", "(555) 010-" + String.format("%04d",
                ThreadLocalRandom.current().nextInt(10_000)));
        browser.findElement(By.id("editForm:save")).click();
        WebElement header = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));
        Accessibility.assertNoSeriousViolations(browser, "patient page");
        String chart = header.findElement(By.cssSelector(".patient-header-chart")).getText().replace("Chart ", "").trim();
        assertTrue(chart.matches("P\\d+"), chart);
        assertTrue(header.getText().contains("Zoë " + family), header.getText());
        assertTrue(browser.findElement(By.cssSelector(".patient-header-alerts")).getText().contains("Latex allergy"));

        // the same person again: warned, and opens the existing chart instead
        openPatients(browser, wait);
        browser.findElement(By.id("searchForm:register")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:givenName")));
        fillPerson(browser, "Zoe", family.toUpperCase(), "1991-06-15", null);
        browser.findElement(By.id("editForm:save")).click();
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-duplicates")));
        assertTrue(warning.getText().contains(chart), warning.getText());
        assertTrue(warning.getText().contains("same name and birth date"), warning.getText());
        assertTrue(warning.getText().contains("Register anyway (another person)"), warning.getText());
        warning.findElement(By.xpath(".//*[normalize-space()='Open this chart']")).click();
        header = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));
        assertTrue(header.getText().contains("Chart " + chart), header.getText());
        assertTrue(screens.pathAfterContext().startsWith("patient/patient.xhtml"), screens.pathAfterContext());

        // find them by the first three letters of the family name, other case, no accent
        for (String typed : new String[] {typedPrefix, typedPrefix.toUpperCase()}) {
            openPatients(browser, wait);
            WebElement query = browser.findElement(By.id("searchForm:query"));
            query.clear();
            query.sendKeys(typed);
            browser.findElement(By.id("searchForm:search")).click();
            // the table is drawn again when its answer comes: read it once the page is quiet, and again if it was replaced
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("patientsForm:patients"), chart));
            ClinicScreens.ajaxIdle(wait);
            String rows = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("patientsForm:patients")).getText());
            assertTrue(rows.contains(family + ", Zoë"), typed + " finds " + chart + ": " + rows);
            // (only after the page's name: three random letters may well occur in the host or path)
            String address = browser.getCurrentUrl();
            String afterPage = address.substring(address.indexOf("patients.xhtml") + "patients.xhtml".length());
            assertFalse(afterPage.toLowerCase().contains(typedPrefix.toLowerCase()),
                    "the search text stays out of the address (history, logs): " + address);
            assertFalse(browser.getCurrentUrl().contains("q="), browser.getCurrentUrl());
        }
        browser.findElement(By.linkText(family + ", Zoë")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));

        // back to the list: the same results again, still without the text in the address
        browser.navigate().back();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("patientsForm:patients"), chart));
        assertEquals(typedPrefix.toUpperCase(), browser.findElement(By.id("searchForm:query")).getDomProperty("value"));
        assertFalse(browser.getCurrentUrl().toLowerCase().contains(typedPrefix.toLowerCase()), browser.getCurrentUrl());
        browser.navigate().forward();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));

        // add an insurance policy with authorized visits: the header shows what is left
        browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Insurance']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tabs:insuranceForm:addPolicy"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("policyForm:payer")));
        ClinicScreens.choose(browser, wait, "policyForm:payer", "Lakeshore Mutual PPO");
        type(browser, "policyForm:memberId", "XG" + ThreadLocalRandom.current().nextInt(1_000_000));
        type(browser, "policyForm:groupNumber", "GRP-7");
        type(browser, "policyForm:copay_input", "25");
        type(browser, "policyForm:authorizedVisits", "12");
        LocalDate today = LocalDate.now();
        type(browser, "policyForm:authorizationStart_input", today.minusDays(7).toString());
        type(browser, "policyForm:authorizationEnd_input", today.plusMonths(3).toString());
        browser.findElement(By.id("policyForm:savePolicy")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("policyDialog")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".patient-header-visits dd"), "12"));
        assertEquals("$25.00", browser.findElement(By.cssSelector(".patient-header-copay dd")).getText());
        String policies = browser.findElement(By.id("tabs:insuranceForm:policies")).getText();
        assertTrue(policies.contains("Lakeshore Mutual PPO") && policies.contains("Primary"), policies);

        // the Billing tab: nothing owed yet; a payment at the desk leaves a credit, on the tab and the header
        browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Billing']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:billingForm:amount_input")));
        assertEquals("$0.00", browser.findElement(By.id("tabs:billingForm:balance")).getText());
        type(browser, "tabs:billingForm:amount_input", "20");
        type(browser, "tabs:billingForm:reference", "Card ending 4242");
        browser.findElement(By.id("tabs:billingForm:takePayment")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tabs:billingForm:balance"), "$20.00 credit"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".patient-header-balance dd"), "$20.00 credit"));
        String payments = browser.findElement(By.id("tabs:billingForm:payments")).getText();
        assertTrue(payments.contains("$20.00") && payments.contains("Card") && payments.contains("Card ending 4242"),
                payments);
        assertTrue(browser.findElement(By.cssSelector(".ui-messages")).getText().contains("Payment of $20.00 taken."));
        Accessibility.assertNoSeriousViolations(browser, "patient billing tab");
        try {
            Browser.screenshot(browser, "PatientJourneyIT-billing-tab");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEditOfARecordSomeoneElseChangedMeanwhileIsRefusedWithAClearMessage(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
        new ClinicScreens(browser, base).openApplication().signIn("frontdesk", DEMO_PASSWORD);
        String family = "Stale" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                + ThreadLocalRandom.current().nextInt(1_000_000);
        openPatients(browser, wait);
        browser.findElement(By.id("searchForm:register")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:givenName")));
        fillPerson(browser, "Sam", family, "1970-10-10", null);
        browser.findElement(By.id("editForm:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));
        String patientPage = browser.getCurrentUrl();
        String editPage = patientPage.replace("patient/patient.xhtml", "patient/edit.xhtml");

        // two receptionists (two tabs) open the same record; the second one saves first
        browser.get(editPage);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:occupation")));
        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(editPage);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:occupation")));
        type(browser, "editForm:occupation", "Carpenter");
        browser.findElement(By.id("editForm:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-header")));
        browser.close();
        browser.switchTo().window(firstTab);

        type(browser, "editForm:occupation", "Cyclist");
        browser.findElement(By.id("editForm:save")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".clinic-main .ui-messages-error")));
        assertTrue(refused.getText().contains("Someone else changed Sam " + family + "'s record while you were editing"),
                refused.getText());
        assertTrue(browser.getCurrentUrl().contains("patient/edit.xhtml"), "stays on the form");

        browser.get(patientPage);
        browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Details']")).click();
        String details = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".patient-details")))
                .getText();
        assertTrue(details.contains("Carpenter") && !details.contains("Cyclist"), details);
    }

    private static void openPatients(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.id("menuForm:menuPatients")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("searchForm:query")));
    }

    private static void fillPerson(WebDriver browser, String given, String family, String birthDate, String phone) {
        type(browser, "editForm:givenName", given);
        type(browser, "editForm:familyName", family);
        type(browser, "editForm:birthDate_input", birthDate);
        if (phone != null) {
            type(browser, "editForm:phone", phone);
        }
        type(browser, "editForm:alerts", "Latex allergy");
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
    }
}
