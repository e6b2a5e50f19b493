package org.artclinic.clinic.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that talks to the running application the way a browser without
 * JavaScript would: it follows no redirects by itself (so tests can see them) and signs in by
 * posting the real login form with its view state.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** The nonce of a page in PrimeFaces' CSP mode, which its script adds to every post of the page's forms. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /** The CSP nonce of each view this client was shown, by view state, to post as a browser would. */
    private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();

    private final URI base;
    private final HttpClient http;
    private String forwardedFor;

    public WebClient(URL applicationBase) {
        this(applicationBase, HttpClient.Version.HTTP_2);
    }

    /**
     * A client of the given HTTP version: {@code HTTP_1_1} is what a browser speaks over
     * {@code http://} (it never asks for HTTP/2 cleartext, as Java's default client does; decision 0046).
     */
    public WebClient(URL applicationBase, HttpClient.Version version) {
        this.base = URI.create(applicationBase.toExternalForm().endsWith("/")
                ? applicationBase.toExternalForm() : applicationBase.toExternalForm() + "/");
        this.http = HttpClient.newBuilder()
                .version(version)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Makes every later request say it was forwarded for {@code address} (the tests connect from
     * the server's own machine, which is trusted as a proxy, so the sign-in limits count this address).
     */
    public WebClient forwardedFor(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** GET a path relative to the application, e.g. {@code "admin/users.xhtml"}; also accepts "/health/ready". */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return remember(http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * GET a path's bytes as they travel, for a browser that sends {@code Accept-Encoding:
     * acceptEncoding}: a compressed answer is returned compressed, as the network carries it.
     */
    public HttpResponse<byte[]> getAsSent(String path, String acceptEncoding) throws IOException, InterruptedException {
        return http.send(builder(path).header("Accept-Encoding", acceptEncoding).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Notes the page's nonce under its view state. */
    private HttpResponse<String> remember(HttpResponse<String> page) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        if (viewState.find() && nonce.find()) {
            nonces.put(viewState.group(1), nonce.group(1));
        }
        return page;
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(30));
        return forwardedFor == null ? builder : builder.header("X-Forwarded-For", forwardedFor);
    }

    /** Posts a form of the page at {@code path} after loading it for its view state. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String buttonId)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("No form on " + path + " (HTTP " + page.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        return post(path, form);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        String nonce = nonces.get(form.getOrDefault("jakarta.faces.ViewState", ""));
        if (nonce != null) {
            form.putIfAbsent("primefaces.nonce", nonce);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return remember(http.send(builder(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** The view state of a page's form, to post to the same view again (e.g. with {@link #ajax}). */
    public static String viewState(HttpResponse<String> page) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("No form on the page (HTTP " + page.statusCode() + ")");
        }
        return viewState.group(1);
    }

    /**
     * Sends the ajax request a PrimeFaces component's script sends, to the view of a page loaded
     * before: {@code source} is processed, {@code event} (e.g. a schedule's "eventSelect"; null for
     * none) is its behavior event, {@code params} are the component's own request parameters, and
     * {@code render} is updated. Answers the partial response (XML with the updated markup).
     */
    public HttpResponse<String> ajax(String path, String viewState, String formId, String source, String event,
            Map<String, String> params, String render) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", source);
        form.put("jakarta.faces.partial.render", render);
        if (event != null) {
            form.put("jakarta.faces.behavior.event", event);
            form.put("jakarta.faces.partial.event", event);
        }
        form.put(formId, formId);
        form.putAll(params);
        form.put("jakarta.faces.ViewState", viewState);
        return post(path, form);
    }

    /** Posts exactly these fields (names as sent, no form prefix), as a script scraping a page would. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, fields);
    }

    /** Posts a form with a view state of the caller's choosing, e.g. one the server no longer knows. */
    public HttpResponse<String> postWithViewState(String path, String formId, String buttonId, String viewState)
            throws IOException, InterruptedException {
        return post(path, Map.of(formId, formId, formId + ":" + buttonId, "", "jakarta.faces.ViewState", viewState));
    }

    /** Signs in through the login form; returns the response (a redirect on success). */
    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        return submit("login.xhtml", "loginForm", Map.of("username", username, "password", password), "submit");
    }

    /** Where a redirect response points, relative to the application, e.g. "admin/users.xhtml". */
    public String redirectTarget(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("Not a redirect: HTTP " + response.statusCode()));
        String path = resolve(location).getPath();
        return path.startsWith(base.getPath()) ? path.substring(base.getPath().length()) : path;
    }

    private URI resolve(String path) {
        return base.resolve(path);
    }
}
