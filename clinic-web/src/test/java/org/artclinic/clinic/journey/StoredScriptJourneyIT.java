package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.artclinic.clinic.testsupport.ApiClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The last part of the hostile-input suite (issue 13): text that is markup is stored as text, so
 * when it is shown again, in a real browser, it reads as what was typed and never runs. A patient
 * is registered through the API with script in every name field, and the front desk and a
 * practitioner then open the pages that show those names: the patient list, the header search,
 * the chart and the edit form.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class StoredScriptJourneyIT {

    private static final String GIVEN = "<img src=x onerror=\"window.xssFired='given'\">Ivy";
    private static final String FAMILY_TAG = "<script>window.xssFired='family'</script>";

    @ArquillianResource
    private URL base;

    @Test
    void scriptTypedIntoARecordIsShownAsTextAndNeverRuns(WebDriver browser) throws Exception {
        ApiClient desk = new ApiClient(base, "frontdesk");
        String family = "Xss" + Long.toString(System.nanoTime(), 36) + FAMILY_TAG;
        HttpResponse<String> created = desk.post("api/patients", """
                {"givenName": %s, "familyName": %s, "birthDate": "1980-06-15"}"""
                .formatted(json(GIVEN), json(family)));
        assertEquals(201, created.statusCode(), created.body());
        String id = ApiClient.field(created.body(), "id");
        assertTrue(desk.get("api/patients/" + id).body().contains("onerror"), "stored as sent");
        String searchWord = family.substring(0, family.indexOf('<'));

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL);
        ClinicScreens screens = new ClinicScreens(browser, base).openApplication();
        screens.signIn("frontdesk", ApiClient.PASSWORD);
        browser.get(base.toExternalForm() + "patient/patients.xhtml");
        ClinicScreens.fill(wait, "searchForm:query", searchWord);
        ClinicScreens.press(wait, "searchForm:search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("patientsForm:patients"), "<img src=x"));
        assertNothingRan(browser, "the patient list");
        browser.get(base.toExternalForm() + "patient/patient.xhtml?id=" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".patient-header"), "<img src=x"));
        assertNothingRan(browser, "the chart");
        browser.get(base.toExternalForm() + "patient/edit.xhtml?id=" + id);
        wait.until(d -> d.findElements(By.tagName("input")).stream()
                .anyMatch(input -> GIVEN.equals(input.getAttribute("value"))));
        assertNothingRan(browser, "the edit form, the name in its field as typed");
        // the header search lists it as one types
        browser.findElement(By.id("patientSearchForm:patientSearch_input")).sendKeys(searchWord);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".clinic-header-search-panel"), "<img src=x"));
        assertNothingRan(browser, "header search");
        Browser.screenshot(browser, "StoredScriptJourneyIT-search");
        screens.signOut();

        screens.signIn("practitioner", ApiClient.PASSWORD);
        browser.get(base.toExternalForm() + "patient/patient.xhtml?id=" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".patient-header"), "<img src=x"));
        assertTrue(browser.findElement(By.cssSelector(".patient-header")).getText().contains(FAMILY_TAG),
                "the family name reads as typed");
        assertNothingRan(browser, "the practitioner's chart");
    }

    private static void assertNothingRan(WebDriver browser, String where) {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("an alert opened on " + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog
        }
        assertNull(((JavascriptExecutor) browser).executeScript("return window.xssFired || null;"),
                "stored markup ran on " + where);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
