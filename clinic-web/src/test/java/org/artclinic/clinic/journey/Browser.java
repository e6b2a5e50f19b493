package org.artclinic.clinic.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
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
 */
public class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback, ParameterResolver {

    private static final String CHROMIUM = System.getProperty("clinic.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("clinic.chromedriver", "/usr/bin/chromedriver");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

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

    private static WebDriver driver(ExtensionContext context) {
        return classStore(context).getOrComputeIfAbsent(WebDriver.class, type -> start(), WebDriver.class);
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context.getTestMethod().isPresent()
                ? context.getParent().orElse(context) : context;
        return classContext.getStore(NAMESPACE);
    }

    private static WebDriver start() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("The browser journeys need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver, "
                    + "or skip them with -Dclinic.it.excludedGroups=browser");
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
