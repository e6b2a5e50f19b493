package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who can open which page, checked over HTTP against the running application with the real login
 * form (the browser journeys check the same from a user's seat).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAccessIT {

    /** A script's or style sheet's address in a page. */
    private static final Pattern RESOURCE = Pattern.compile("(?:src|href)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"");

    private static final String DEMO_PASSWORD = "demo1234";

    private static final Map<String, String> START_PAGES = Map.of(
            "frontdesk", "scheduling/today.xhtml",
            "practitioner", "charting/my-day.xhtml",
            "manager", "billing/overview.xhtml",
            "admin", "admin/users.xhtml");

    @ArquillianResource
    private URL base;

    @Test
    void everyPageButTheLoginPageAndStaticResourcesNeedsASignedInUser() throws Exception {
        WebClient anonymous = new WebClient(base);
        for (String page : START_PAGES.values()) {
            HttpResponse<String> response = anonymous.get(page);
            assertEquals(302, response.statusCode(), page);
            assertEquals("login.xhtml", anonymous.redirectTarget(response), page);
        }
        assertEquals("login.xhtml", anonymous.redirectTarget(anonymous.get("")));

        HttpResponse<String> login = anonymous.get("login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("loginForm:username"));
        assertEquals(200, anonymous.get("jakarta.faces.resource/clinic/clinic.css.xhtml").statusCode());
    }

    @ParameterizedTest
    @CsvSource({"frontdesk", "practitioner", "manager", "admin", "FrontDesk"})
    void eachRoleLandsOnItsOwnStartPage(String username) throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> login = client.login(username, DEMO_PASSWORD);
        String expected = START_PAGES.get(username.toLowerCase());
        assertEquals(302, login.statusCode(), login.body());
        assertEquals(expected, client.redirectTarget(login));

        HttpResponse<String> start = client.get(expected);
        assertEquals(200, start.statusCode());
        assertEquals(expected, client.redirectTarget(client.get("")), "the application's address leads there too");
    }

    @ParameterizedTest
    @CsvSource({
            "billing/claims.xhtml, Make claims for approved charges",
            "billing/reports.xhtml, A/R aging"})
    void theManagersBillingPagesOpen(String page, String shows) throws Exception {
        WebClient client = new WebClient(base);
        client.login("manager", DEMO_PASSWORD);
        HttpResponse<String> response = client.get(page);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(shows), response.body());
        assertNoStackTrace(response);
    }

    @Test
    void aWrongPasswordKeepsTheUserOutWithAClearMessage() throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> login = client.login("frontdesk", "not-the-password");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("The user name or password is not right"), login.body());
        assertEquals(302, client.get("scheduling/today.xhtml").statusCode(), "still not signed in");
    }

    @ParameterizedTest
    @CsvSource({
            "frontdesk, admin/users.xhtml",
            "frontdesk, billing/overview.xhtml",
            "practitioner, scheduling/today.xhtml",
            "manager, charting/my-day.xhtml",
            "frontdesk, charting/protocols.xhtml",
            "manager, charting/protocols.xhtml",
            "admin, billing/overview.xhtml",
            "frontdesk, billing/claims.xhtml",
            "practitioner, billing/reports.xhtml",
            "frontdesk, billing/charges.xhtml",
            "practitioner, billing/charges.xhtml",
            "admin, billing/payers.xhtml",
            "practitioner, billing/codes.xhtml",
            "frontdesk, admin/audit.xhtml",
            "manager, admin/audit.xhtml",
            "practitioner, admin/audit.xhtml"})
    void aPageOfAnotherRoleIsForbiddenWithAFriendlyPage(String username, String page) throws Exception {
        WebClient client = new WebClient(base);
        client.login(username, DEMO_PASSWORD);
        HttpResponse<String> response = client.get(page);
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Your role does not give access to this page"), response.body());
        assertNoStackTrace(response);
    }

    /** The billing pages, each a manager's own; the queue also with filters from its address. */
    @ParameterizedTest
    @CsvSource({
            "billing/overview.xhtml, Billing overview",
            "billing/charges.xhtml, Charge review",
            "billing/charges.xhtml?warnings=true&status=APPROVED&location=1, Charge review",
            "billing/payers.xhtml, Payers and fee schedules",
            "billing/codes.xhtml, Code sets"})
    void aManagerOpensEachBillingPage(String page, String title) throws Exception {
        WebClient client = new WebClient(base);
        client.login("manager", DEMO_PASSWORD);
        HttpResponse<String> response = client.get(page);
        assertEquals(200, response.statusCode(), page);
        assertTrue(response.body().contains(title), response.body());
        assertNoStackTrace(response);
    }

    @Test
    void anUnknownPageShowsAFriendlyNotFoundPage() throws Exception {
        WebClient client = new WebClient(base);
        client.login("manager", DEMO_PASSWORD);
        HttpResponse<String> response = client.get("no-such-page.xhtml");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
        assertNoStackTrace(response);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        WebClient client = new WebClient(base);
        client.login("manager", DEMO_PASSWORD);
        assertEquals(200, client.get("billing/overview.xhtml").statusCode());

        HttpResponse<String> logout = client.submit("billing/overview.xhtml", "headerForm", Map.of(), "logout");
        assertEquals(302, logout.statusCode());
        assertEquals("login.xhtml", client.redirectTarget(logout));
        assertTrue(client.get("login.xhtml?loggedOut=true").body().contains("You have been signed out"));

        HttpResponse<String> after = client.get("billing/overview.xhtml");
        assertEquals(302, after.statusCode());
        assertEquals("login.xhtml", client.redirectTarget(after));
    }

    @Test
    void anIdlePageReturnsToTheLoginPageAfterTheConfiguredFifteenMinutes() throws Exception {
        WebClient client = new WebClient(base);
        client.login("practitioner", DEMO_PASSWORD);
        String page = client.get("charting/my-day.xhtml").body();
        // the server session lasts 15 min (900 s); the page's idle monitor fires 5 s later
        assertTrue(page.contains("timeout:905000"), "idle monitor with the default 15 minutes");
        assertTrue(page.contains("login.xhtml?expired=true"));
        assertTrue(new WebClient(base).get("login.xhtml?expired=true").body().contains("period of inactivity"));
    }

    @Test
    void pagesWithPatientDataAreNeverKeptInTheBrowserCacheButStaticResourcesAre() throws Exception {
        WebClient client = new WebClient(base);
        client.login("frontdesk", DEMO_PASSWORD);
        HttpResponse<String> page = client.get("scheduling/today.xhtml");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", client.get("login.xhtml").headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> css = client.get("jakarta.faces.resource/clinic/clinic.css.xhtml");
        assertFalse(css.headers().allValues("Cache-Control").contains("no-store"));
    }

    /**
     * The sign-in page's and the calendar's scripts and style sheets travel gzipped to a browser that
     * accepts it, and plain to one that does not; the pages themselves are never compressed (they
     * carry the view state and the script nonce beside what the user typed: BREACH, decision 0056).
     */
    @Test
    void scriptsAndStyleSheetsTravelGzippedButPagesDoNot() throws Exception {
        WebClient client = new WebClient(base, java.net.http.HttpClient.Version.HTTP_1_1);
        String signIn = client.get("login.xhtml").body();
        client.login("frontdesk", DEMO_PASSWORD);
        String calendar = client.get("scheduling/calendar.xhtml").body();
        java.util.Set<String> resources = new java.util.TreeSet<>();
        Matcher link = RESOURCE.matcher(signIn + calendar);
        while (link.find()) {
            if (link.group(1).matches(".*\\.(js|css)\\.xhtml.*")) { // not the icons (PNG: compressed already)
                resources.add(link.group(1).replace("&amp;", "&"));
            }
        }
        assertTrue(resources.stream().anyMatch(r -> r.contains("schedule")), "the calendar's scripts: " + resources);
        long plain = 0;
        long sent = 0;
        for (String resource : resources) {
            HttpResponse<byte[]> identity = client.getAsSent(resource, "identity");
            HttpResponse<byte[]> gzipped = client.getAsSent(resource, "gzip, deflate, br");
            assertEquals(200, identity.statusCode(), resource);
            assertEquals(200, gzipped.statusCode(), resource);
            assertTrue(identity.headers().firstValue("Content-Encoding").isEmpty(), "plain when gzip is not accepted: " + resource);
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), resource);
            assertTrue(gzipped.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")),
                    "caches keep the two apart: " + resource);
            try (java.io.InputStream unzipped = new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(gzipped.body()))) {
                assertTrue(java.util.Arrays.equals(identity.body(), unzipped.readAllBytes()), "the same file: " + resource);
            }
            plain += identity.body().length;
            sent += gzipped.body().length;
        }
        System.out.printf("Scripts and style sheets of the sign-in page and the calendar: %d files, %,d bytes plain,"
                + " %,d gzipped%n", resources.size(), plain, sent);
        assertTrue(sent * 3 < plain, "gzipped to less than a third: " + plain + " -> " + sent);

        HttpResponse<byte[]> page = client.getAsSent("scheduling/calendar.xhtml", "gzip, deflate, br");
        HttpResponse<byte[]> signInPage = new WebClient(base, java.net.http.HttpClient.Version.HTTP_1_1)
                .getAsSent("login.xhtml", "gzip, deflate, br");
        for (HttpResponse<byte[]> answer : java.util.List.of(page, signInPage)) {
            assertEquals(200, answer.statusCode(), answer.uri()::toString);
            assertTrue(answer.headers().firstValue("Content-Encoding").isEmpty(), "a page is never compressed: " + answer.uri());
        }
    }

    @Test
    void aFormPostedFromAnExpiredPageShowsTheExpiryPageAndChangesNothing() throws Exception {
        WebClient client = new WebClient(base);
        client.login("manager", DEMO_PASSWORD);
        HttpResponse<String> stale = client.postWithViewState("billing/overview.xhtml", "headerForm", "logout",
                "-1:-1");
        assertTrue(stale.body().contains("Page expired"), stale.body());
        assertEquals(400, stale.statusCode(), "the client's fault, not a server error");
        assertNoStackTrace(stale);
        assertEquals(200, client.get("billing/overview.xhtml").statusCode(), "still signed in: the sign-out did not run");
    }

    /**
     * A session keeps the state of the last eight pages opened (web.xml, decision 0058): a page left
     * open while seven more were opened, in tabs or one after another, still works; the one before
     * it asks to be loaded again and changes nothing.
     */
    @Test
    void thePageOpenedBeforeTheLastSevenStillWorksAndAnOlderOneAsksToBeLoadedAgain() throws Exception {
        WebClient kept = new WebClient(base);
        HttpResponse<String> signOut = signOutFromAPageOpenedBefore(7, kept);
        assertFalse(signOut.body().contains("Page expired"), "the eighth page from the last still works");
        assertEquals("login.xhtml", kept.redirectTarget(kept.get("billing/overview.xhtml")), "its sign-out ran");

        WebClient dropped = new WebClient(base);
        HttpResponse<String> stale = signOutFromAPageOpenedBefore(8, dropped);
        assertEquals(400, stale.statusCode());
        assertTrue(stale.body().contains("Page expired"), stale.body());
        assertNoStackTrace(stale);
        assertEquals(200, dropped.get("billing/overview.xhtml").statusCode(), "still signed in: the sign-out did not run");
    }

    /** Signs in as the manager, opens a page, then {@code laterPages} more, and signs out from the first. */
    private HttpResponse<String> signOutFromAPageOpenedBefore(int laterPages, WebClient client) throws Exception {
        client.login("manager", DEMO_PASSWORD);
        String first = WebClient.viewState(client.get("billing/overview.xhtml"));
        for (int i = 0; i < laterPages; i++) {
            assertEquals(200, client.get(i % 2 == 0 ? "billing/overview.xhtml" : "billing/reports.xhtml").statusCode());
        }
        return client.postWithViewState("billing/overview.xhtml", "headerForm", "logout", first);
    }

    @Test
    void aSignInPostedWithoutThePagesScriptNonceIsRefusedAsExpiredNotAsAServerError() throws Exception {
        // a script that scrapes the form but not PrimeFaces' CSP nonce (and posts a nameless field)
        WebClient client = new WebClient(base);
        String viewState = WebClient.viewState(client.get("login.xhtml"));
        HttpResponse<String> forged = client.postForm("login.xhtml", Map.of("loginForm", "loginForm",
                "loginForm:username", "frontdesk", "loginForm:password", DEMO_PASSWORD, "", "",
                "jakarta.faces.ViewState", viewState, "primefaces.nonce", "not-the-page-nonce"));
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("Page expired"), forged.body());
        assertNoStackTrace(forged);
        assertEquals("login.xhtml", client.redirectTarget(client.get("scheduling/today.xhtml")), "not signed in");
    }

    private static final Pattern STACK_FRAME = Pattern.compile("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertFalse(STACK_FRAME.matcher(response.body()).find(), response.body());
        assertFalse(response.body().contains("Caused by"), response.body());
    }
}
