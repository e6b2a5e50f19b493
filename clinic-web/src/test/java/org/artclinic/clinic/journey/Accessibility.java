package org.artclinic.clinic.journey;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

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

    private Accessibility() {
    }

    /** The serious and critical violations on the page as shown now. */
    public static List<Rule> seriousViolations(WebDriver browser) {
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
