package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) on the page the browser shows now, dialogs
 * included when they are open, and fails on any serious or critical violation: the bar every
 * signed-in page is held to (house style 16). Moderate and minor findings are left to review.
 * No rule is switched off: a finding is fixed in the page, the template or the theme overrides.
 */
public final class Accessibility {

    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final int NODES_SHOWN = 3;
    private static final Duration ANIMATIONS_SETTLE = Duration.ofSeconds(5);

    private Accessibility() {
    }

    /** The serious and critical violations on the page as shown now. */
    public static List<Rule> seriousViolations(WebDriver browser) {
        waitForAnimations(browser);
        // Legacy mode runs axe inside the page itself. The default mode opens a blank window to
        // merge the results of frames (the pages have none) and switches back to the page, which
        // failed under load ("switchToWindow failed") and left the browser on the blank window.
        Results results = new AxeBuilder().setLegacyMode(true).withTags(WCAG_A_AA).analyze(browser);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + browser.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
    }

    /**
     * Waits (up to a few seconds) until no jQuery effect and no CSS animation or transition runs: a
     * dialog's modal mask that is still fading in blends the colours of the page behind it, and
     * axe then reports the half-covered buttons' text as too faint (seen in CI on the protocol
     * edit dialog).
     */
    private static void waitForAnimations(WebDriver browser) {
        try {
            new WebDriverWait(browser, ANIMATIONS_SETTLE, Browser.POLL).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                    .executeScript("var jq = window.jQuery ? window.jQuery(':animated').length : 0;"
                            + "var css = document.getAnimations ? document.getAnimations().filter(function (a) {"
                            + " return a.playState === 'running' && a.effect"
                            + " && a.effect.getTiming().iterations !== Infinity; }).length : 0;"
                            + "return jq === 0 && css === 0;"));
        } catch (TimeoutException stillMoving) {
            // a page that never settles is checked as it is; axe then names what it finds
        }
    }

    /**
     * Fails, naming each rule with its impact, how many elements break it and the first few of
     * them (selector and HTML), when axe finds a serious or critical violation on the page.
     */
    public static void assertNoSeriousViolations(WebDriver browser, String pageName) {
        List<Rule> violations = seriousViolations(browser);
        if (!violations.isEmpty()) {
            fail(violations.size() + " serious or critical accessibility violation(s) on " + pageName
                    + " (" + browser.getCurrentUrl() + "):\n" + describe(violations));
        }
    }

    /**
     * Checks each page as a journey passes it and reports the violations of every page at the end,
     * so that one run names all the pages to fix rather than the first.
     */
    public static final class Audit {

        private final WebDriver browser;
        private final List<String> failures = new ArrayList<>();
        private final List<String> checked = new ArrayList<>();

        public Audit(WebDriver browser) {
            this.browser = browser;
        }

        /** Checks the page as shown now. */
        public Audit check(String pageName) {
            checked.add(pageName);
            List<Rule> violations = seriousViolations(browser);
            if (!violations.isEmpty()) {
                failures.add(pageName + " (" + browser.getCurrentUrl() + "):\n" + describe(violations));
            }
            return this;
        }

        /** Fails naming every page checked so far that had a serious or critical violation. */
        public void assertClean() {
            if (!failures.isEmpty()) {
                fail("Serious or critical accessibility violations on " + failures.size() + " of " + checked.size()
                        + " pages checked:\n\n" + String.join("\n\n", failures));
            }
        }
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        List<CheckedNode> nodes = rule.getNodes();
        String shown = nodes.stream().limit(NODES_SHOWN)
                .map(node -> "    at " + node.getTarget() + ": " + abbreviate(node.getHtml()))
                .collect(Collectors.joining("\n"));
        return "- " + rule.getId() + " (" + rule.getImpact() + ", " + nodes.size() + " element(s)): "
                + rule.getHelp() + "\n" + shown
                + (nodes.size() > NODES_SHOWN ? "\n    ... and " + (nodes.size() - NODES_SHOWN) + " more" : "");
    }

    private static String abbreviate(String html) {
        String oneLine = String.valueOf(html).replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
    }
}
