package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The manager at month end on the demo clinic: makes the claims of the approved charges in one
 * click, opens a claim the payer was sent, posts a partial payment with a contractual adjustment and
 * the patient's coinsurance and sees the claim partly paid with its balance, then reads the A/R aging
 * and the revenue. Screenshots are saved; each page passes the accessibility check.
 */
@Tag("browser")
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.class})
class ClaimsJourneyIT {

    @ArquillianResource
    private URL base;

    @Test
    void theManagerSendsClaimsPostsAPartialPaymentAndReadsTheAgedBalances(WebDriver browser) throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL);
        new ClinicScreens(browser, base).openApplication().signIn("manager", "demo1234");
        browser.get(base + "billing/claims.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claimsForm:claims")));
        Accessibility.assertNoSeriousViolations(browser, "claims");

        ClinicScreens.press(wait, "claimsForm:claimApproved");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages"), "Claims made:"));

        ClinicScreens.choose(browser, wait, "claimsForm:status", "submitted");
        ClinicScreens.ajaxIdle(wait);
        ClinicScreens.press(wait, By.cssSelector("[id$=':open']"));
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detailForm:detail")));
        String balance = detail.findElement(By.id("claimBalance")).getText();
        assertTrue(balance.startsWith("$"), balance);

        ClinicScreens.fill(wait, "detailForm:amount_input", "10");
        ClinicScreens.choose(browser, wait, "detailForm:adjustments:0:group", "CO (written off)");
        ClinicScreens.fill(wait, "detailForm:adjustments:0:reason", "45");
        ClinicScreens.fill(wait, "detailForm:adjustments:0:adjustmentAmount_input", "1");
        ClinicScreens.choose(browser, wait, "detailForm:adjustments:1:group", "PR (patient's share)");
        ClinicScreens.fill(wait, "detailForm:adjustments:1:reason", "2");
        ClinicScreens.fill(wait, "detailForm:adjustments:1:adjustmentAmount_input", "2");
        browser.findElement(By.id("detailForm:adjustments:1:adjustmentAmount_input")).sendKeys(Keys.TAB);
        ClinicScreens.fill(wait, "detailForm:reference", "EFT-778899");
        ClinicScreens.press(wait, "detailForm:post");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages"), "$10.00 posted."));
        detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detailForm:detail")));
        assertTrue(detail.findElement(By.id("claimStatus")).getText().contains("paid"), detail.getText());
        assertTrue(detail.findElement(By.id("claimPaid")).getText().equals("$10.00"), detail.getText());
        String payments = browser.findElement(By.id("detailForm:payments")).getText();
        assertTrue(payments.contains("EFT-778899") && payments.contains("CO-45 $1.00") && payments.contains("PR-2 $2.00"),
                payments);
        Accessibility.assertNoSeriousViolations(browser, "claim with a payment");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", detail);
        Browser.screenshot(browser, "ClaimsJourneyIT-claim");

        browser.get(base + "billing/reports.xhtml");
        WebElement aging = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportsForm:aging")));
        assertTrue(aging.getText().contains("Medicare Part B") || aging.getText().contains("Health"), aging.getText());
        String revenue = browser.findElement(By.id("reportsForm:revenue")).getText();
        assertTrue(revenue.contains("Raman") || revenue.contains("Nothing in this period"), revenue);
        ClinicScreens.choose(browser, wait, "reportsForm:revenueBy", "Procedure code");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportsForm:revenue"), "97140"));
        Accessibility.assertNoSeriousViolations(browser, "reports");
        Browser.screenshot(browser, "ClaimsJourneyIT-reports");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
                browser.findElement(By.id("agingTitle")));
        Browser.screenshot(browser, "ClaimsJourneyIT-aging");
    }
}
