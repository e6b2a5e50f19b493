package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a journey sees and does on the screens shared by every role: the login page, the page
 * header with the signed-in user, and the main menu. Elements are found the way a person finds
 * them: by label text where it matters, by stable ids otherwise.
 */
public final class ClinicScreens {

    private final WebDriver driver;
    private final URL base;
    private final WebDriverWait wait;

    public ClinicScreens(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL);
    }

    public ClinicScreens openApplication() {
        driver.get(base.toExternalForm());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        return this;
    }

    public ClinicScreens signIn(String username, String password) {
        enterPassword(username, password);
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".clinic-title")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#loginForm .ui-messages-error"))));
        return this;
    }

    /**
     * Types the user name and password into the login form and submits it; waits until the next
     * page (or the login page again, or its code step) has loaded.
     */
    public ClinicScreens enterPassword(String username, String password) {
        WebElement submit = null;
        // the page may still be settling (scripts re-render inputs after load): retry a stale field
        for (int attempt = 1; submit == null; attempt++) {
            try {
                wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                WebElement user = driver.findElement(By.id("loginForm:username"));
                user.clear();
                user.sendKeys(username);
                WebElement secret = driver.findElement(By.id("loginForm:password"));
                secret.clear();
                secret.sendKeys(password);
                submit = driver.findElement(By.id("loginForm:submit"));
            } catch (org.openqa.selenium.WebDriverException e) { // includes StaleElementReferenceException
                if (attempt >= 3 || e instanceof org.openqa.selenium.TimeoutException) {
                    throw e;
                }
            }
        }
        WebElement clicked = submit;
        clicked.click();
        wait.until(d -> isGone(clicked)); // the next page (or the login page again) has loaded
        return this;
    }

    /**
     * Marks the option of a PrimeFaces radio group whose value is given, by clicking its label as a
     * person does, and waits until it is selected.
     */
    static void pickRadio(WebDriver browser, WebDriverWait wait, String groupId, String value) {
        WebElement radio = browser.findElement(By.cssSelector(
                "[id='" + groupId + "'] input[type='radio'][value='" + value + "']"));
        String radioId = radio.getAttribute("id");
        WebElement label = browser.findElement(By.cssSelector("label[for='" + radioId + "']"));
        wait.until(ExpectedConditions.elementToBeClickable(label)).click();
        wait.until(d -> d.findElement(By.id(radioId)).isSelected());
        ajaxIdle(wait);
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, as a person does: opens the menu,
     * clicks the option and waits until the menu shows it. A click that lands while the panel is
     * still sliding open (a busy machine, a dialog still fading in) leaves the option unselected
     * and the panel open; then it tries again, as a person would. In a long list the option is
     * scrolled into the panel's view only once the panel has finished opening (PrimeFaces marks
     * the menu {@code aria-expanded} then): at that moment the panel scrolls to the option already
     * selected, and a click aimed before it landed on another option (seen in CI with some forty
     * locations in the list).
     */
    static void choose(WebDriver browser, WebDriverWait wait, String menuId, String label) {
        By menu = By.id(menuId);
        By panel = By.id(menuId + "_panel");
        By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label=\"" + label.replace("\"", "\\\"") + "\"]");
        for (int attempt = 1; ; attempt++) {
            ajaxIdle(wait);
            if (browser.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                wait.until(ExpectedConditions.elementToBeClickable(menu)).click();
            }
            try {
                wait.until(d -> settled(d) && d.findElement(panel).isDisplayed() && !d.findElements(
                        By.cssSelector("[id='" + menuId + "'] [aria-expanded='true']")).isEmpty());
                WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(option));
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
                wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            } catch (org.openqa.selenium.ElementClickInterceptedException notThere) {
                if (attempt == 3) {
                    throw notThere;
                }
                continue;
            }
            try {
                // a menu whose choice re-renders its form (update="@form") is replaced while this looks
                new WebDriverWait(browser, Duration.ofSeconds(5), Browser.POLL)
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                        label.equals(d.findElement(By.id(menuId + "_label")).getText())
                                && d.findElements(panel).stream().noneMatch(WebElement::isDisplayed));
                ajaxIdle(wait);
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    /**
     * Types {@code typed} into a PrimeFaces autocomplete ({@code componentId}) and picks the
     * suggestion that shows {@code suggestion}, as a person does. Typed letter by letter on a busy
     * machine, the list may be drawn more than once (one query per pause) or still be sliding open,
     * so the pick waits until no query is running and nothing moves; a click that still lands on a
     * list being drawn again, or a list that never opened (the field replaced under the keys), is
     * tried again from the start, as a person would.
     */
    static void pickSuggestion(WebDriver browser, WebDriverWait wait, String componentId, String typed,
            String suggestion) {
        By field = By.id(componentId + "_input");
        By panel = By.id(componentId + "_panel");
        By item = By.xpath("//*[@id='" + componentId + "_panel']//li[contains(@class,'ui-autocomplete-item')]"
                + "[contains(normalize-space(.),'" + suggestion + "')]");
        WebDriverWait shortly = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(5), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        for (int attempt = 1; ; attempt++) {
            try {
                ajaxIdle(wait);
                WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
                input.clear();
                input.sendKeys(typed);
                shortly.until(d -> settled(d) && d.findElements(item).stream().anyMatch(WebElement::isDisplayed));
                browser.findElement(item).click();
                shortly.until(d -> settled(d) && d.findElements(panel).stream().noneMatch(WebElement::isDisplayed));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException
                    | org.openqa.selenium.StaleElementReferenceException notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    /** No PrimeFaces ajax request queued or running, and nothing animated by jQuery. */
    private static boolean settled(WebDriver browser) {
        return ajaxIdleNow(browser) && Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return !window.jQuery || jQuery(':animated').length === 0;"));
    }

    /** Whether no PrimeFaces ajax request is queued or running at this moment. */
    private static boolean ajaxIdleNow(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return !window.PrimeFaces || ((!PrimeFaces.ajax.Queue.isEmpty || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0));"));
    }

    /** Types into a field, replacing what it held. */
    static void type(WebDriverWait wait, String id, String value) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    /**
     * Has the test deployment's seeding resource ({@code testsupport.JourneySeeds}, as an
     * administrator) make a journey's own data: {@code POST api/test-support/<journey>}, answered
     * with what it made.
     */
    static Properties seed(URL base, String journey) throws Exception {
        String admin = Base64.getEncoder().encodeToString("admin:demo1234".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                java.net.URI.create(base.toExternalForm()).resolve("api/test-support/" + journey))
                .header("Authorization", "Basic " + admin).timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Properties seeded = new Properties();
        seeded.load(new StringReader(response.body()));
        return seeded;
    }

    /**
     * XPath step for the table cell that shows exactly {@code text}. In a table with
     * {@code reflow="true"} every cell also carries its column's title (hidden on wide screens, shown
     * beside the value when rows stack on a phone); that title is not part of what the cell shows.
     */
    static String cellShowing(String text) {
        return "td[normalize-space(substring-after(normalize-space(.), "
                + "normalize-space(span[contains(@class, 'ui-column-title')])))='" + text + "']";
    }

    /**
     * Waits until no PrimeFaces ajax request is queued or running, so the next step does not act on
     * a part of the page that an answer is about to re-render (slow on a busy two-core machine).
     */
    static void ajaxIdle(WebDriverWait wait) {
        wait.until(ClinicScreens::ajaxIdleNow);
    }

    /**
     * Waits until no PrimeFaces ajax request has been queued or running for 400 ms on end. A field's
     * change is sent on blur, sometimes a moment after the focus moved on: a single look may fall
     * between the two and miss a request that then re-renders what the next step typed.
     */
    static void ajaxQuiet(WebDriverWait wait) {
        long[] quietSince = {0};
        wait.until(d -> {
            boolean idle = ajaxIdleNow(d);
            long now = System.nanoTime();
            if (!idle) {
                quietSince[0] = 0;
                return false;
            }
            if (quietSince[0] == 0) {
                quietSince[0] = now;
            }
            return now - quietSince[0] >= 400_000_000L;
        });
    }

    /**
     * Whether the element's page has been replaced. Selenium's {@code stalenessOf} only counts a
     * StaleElementReferenceException; during a navigation chromedriver may instead answer "Node
     * with given id does not belong to the document", which means the same.
     */
    static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }

    /** Clicks the element once it can be clicked. */
    static void press(WebDriverWait wait, String id) {
        press(wait, By.id(id));
    }

    static void press(WebDriverWait wait, By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Types {@code value} into the field, replacing what it held. */
    static void fill(WebDriverWait wait, String id, String value) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    public ClinicScreens signOut() {
        driver.findElement(By.id("headerForm:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        return this;
    }

    /**
     * On My day: the address of a patient of the day shown. When the day has no visits (the demo
     * practitioner's weekend or a holiday), goes on with "Next visits" as she would.
     */
    public String aPatientOfMyDay() {
        By patient = By.cssSelector("[id^='myDayForm:appointments'] a[id$=':patient']");
        By next = By.id("myDayForm:showNextVisits");
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(patient),
                ExpectedConditions.elementToBeClickable(next)));
        if (driver.findElements(patient).isEmpty()) {
            driver.findElement(next).click();
        }
        return wait.until(ExpectedConditions.presenceOfElementLocated(patient)).getAttribute("href");
    }

    public String pageTitle() {
        return driver.findElement(By.cssSelector(".clinic-title")).getText();
    }

    public String signedInName() {
        return driver.findElement(By.id("headerForm:userName")).getText();
    }

    public String signedInRole() {
        return driver.findElement(By.id("headerForm:userRole")).getText();
    }

    public List<String> menuEntries() {
        return driver.findElements(By.cssSelector("#menuForm\\:mainMenu .ui-menuitem-text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String pathAfterContext() {
        String path = URI(driver.getCurrentUrl());
        String context = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        return path.startsWith(context) ? path.substring(context.length()) : path;
    }

    public String loginMessages() {
        return driver.findElements(By.cssSelector("#loginForm .ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + b);
    }

    public boolean onLoginPage() {
        return !driver.findElements(By.id("loginForm:username")).isEmpty();
    }

    private static String URI(String url) {
        return java.net.URI.create(url).getPath();
    }
}
