package org.artclinic.clinic.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.artclinic.clinic.testsupport.OptionalTool;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * JUnit 5 extension giving a journey a headless Debian Chromium ({@link WebDriver} parameter).
 * One browser per test class, with cookies cleared before each test. The last screen of every
 * journey is saved under {@code target/screenshots/}; a failed one as {@code FAILED-*.png} with
 * its page source beside it.
 *
 * <p>Where Debian's Chromium or chromedriver is missing (a fresh machine with only a JDK), every
 * journey is skipped, not failed, and the build lists the skipped journeys at its end; with
 * {@code -Dclinic.browser.required=true}, as in CI, they run and fail instead. Another browser
 * path: {@code -Dclinic.chromium=...} and {@code -Dclinic.chromedriver=...}.
 */
public class Browser implements ExecutionCondition, BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback,
        ParameterResolver {

    /**
     * How often a journey's waits look again: every half second, Selenium's default. Every tenth of a
     * second was tried twice. In the last session's CI the journeys went from 755 to 609 s; in this
     * session's clean CI run, the same 15 journey classes took 794 s against 390 s at 500 ms. Each
     * look is a script run in Chromium, and on two cores those looks took the CPU from the pages
     * being waited for. The waits' helpers written for the faster pace (pickSuggestion, ajaxQuiet,
     * the calendar's ajax) are kept: they wait for the page's state, not for time.
     */
    static final java.time.Duration POLL = java.time.Duration.ofMillis(500);

    private static final String CHROMIUM = System.getProperty("clinic.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("clinic.chromedriver", "/usr/bin/chromedriver");

    /** Debian's Chromium and its driver: required in CI, skipped with a loud report elsewhere. */
    static final OptionalTool CHROMIUM_TOOL = new OptionalTool("browser journeys", "clinic.browser.required",
            "apt-get install chromium chromium-driver", List.of(Path.of(CHROMIUM), Path.of(CHROMEDRIVER)));
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the whole class");
        }
        return CHROMIUM_TOOL.reasonToSkip().map(reason -> {
            CHROMIUM_TOOL.recordSkip(context.getRequiredTestClass().getSimpleName(), reason);
            return ConditionEvaluationResult.disabled("Skipped: " + reason + "; " + CHROMIUM_TOOL.install());
        }).orElseGet(() -> ConditionEvaluationResult.enabled("a browser is here, or required"));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return driver(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        WebDriver driver = driver(context);
        driver.manage().deleteAllCookies();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        boolean failed = context.getExecutionException().isPresent();
        WebDriver driver = classStore(context).get(WebDriver.class, WebDriver.class);
        if (driver == null) {
            return;
        }
        Path folder = Path.of(System.getProperty("clinic.it.dir", "target"), "screenshots");
        Files.createDirectories(folder);
        String name = (failed ? "FAILED-" : "") + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getDisplayName().replaceAll("[^A-Za-z0-9._-]+", "_");
        Path png = folder.resolve(name + ".png");
        Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        if (failed) {
            Files.writeString(folder.resolve(name + ".html"), String.valueOf(driver.getPageSource()));
            System.err.println("Browser journey failed at " + driver.getCurrentUrl() + "; screenshot: "
                    + png.toAbsolutePath());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        WebDriver driver = classStore(context).remove(WebDriver.class, WebDriver.class);
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * A new, empty folder under the test directory where the browser saves what the user downloads
     * from now on (Chromium's DevTools {@code Browser.setDownloadBehavior}; headless Chromium saves
     * nothing otherwise).
     */
    static Path downloadsTo(WebDriver driver) throws IOException {
        Path downloads = Files.createTempDirectory(Path.of(System.getProperty("clinic.it.dir", "target")), "downloads");
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        return downloads;
    }

    /**
     * The file the browser saved under a name matching {@code name} (a regular expression), once it is
     * complete; null before. Chromium writes into a {@code .crdownload} file and may put an empty file
     * under the final name first, so a file counts only when it is not empty and nothing is still
     * being written into the folder.
     */
    static Path downloaded(Path downloads, String name) {
        try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
            List<Path> all = files.toList();
            if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                return null;
            }
            for (Path file : all) {
                if (file.getFileName().toString().matches(name) && Files.size(file) > 0) {
                    return file;
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Saves what the user sees now under {@code target/screenshots/<name>.png}, to be looked at. */
    static void screenshot(WebDriver driver, String name) throws IOException {
        Path folder = Path.of(System.getProperty("clinic.it.dir", "target"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static WebDriver driver(ExtensionContext context) {
        return classStore(context).getOrComputeIfAbsent(WebDriver.class, type -> start(), WebDriver.class);
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context.getTestMethod().isPresent()
                ? context.getParent().orElse(context) : context;
        return classContext.getStore(NAMESPACE);
    }

    private static WebDriver start() {
        if (CHROMIUM_TOOL.missing().isPresent()) {
            throw new IllegalStateException(CHROMIUM_TOOL.missingMessage());
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--window-size=1366,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
