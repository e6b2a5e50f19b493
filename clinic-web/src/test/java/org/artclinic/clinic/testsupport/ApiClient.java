package org.artclinic.clinic.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REST API client as an integration would use it: HTTP Basic as a clinic user (the demo
 * password unless told otherwise), JSON in and out, no redirects followed. Shared by the API tests
 * of every feature.
 */
public final class ApiClient {

    /** The demo users' password (demo seeding is on in the test deployment). */
    public static final String PASSWORD = "demo1234";

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    public ApiClient(URL base, String username) {
        this(base, username, PASSWORD);
    }

    /** @param username null for a caller who does not sign in */
    public ApiClient(URL base, String username, String password) {
        this(base, username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), false);
    }

    private ApiClient(URL base, String authorization, boolean unused) {
        this(base, authorization, HttpClient.Version.HTTP_2);
    }

    private ApiClient(URL base, String authorization, HttpClient.Version version) {
        this.http = HttpClient.newBuilder().version(version).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String root = base.toExternalForm();
        this.base = URI.create(root.endsWith("/") ? root : root + "/");
        this.authorization = authorization;
    }

    /**
     * A demo user's client that speaks HTTP/1.1, as an application behind a TLS-terminating proxy is
     * spoken to (Java's default client asks for HTTP/2 cleartext instead; decision 0046).
     */
    public static ApiClient overHttp11(URL base, String username) {
        return new ApiClient(base, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)), HttpClient.Version.HTTP_1_1);
    }

    /** A client that presents a personal access token ({@code Authorization: Bearer}). */
    public static ApiClient withToken(URL base, String token) {
        return new ApiClient(base, "Bearer " + token, false);
    }

    /** A token's client that speaks HTTP/1.1, e.g. through a load balancer (decision 0046). */
    public static ApiClient withTokenOverHttp11(URL base, String token) {
        return new ApiClient(base, "Bearer " + token, HttpClient.Version.HTTP_1_1);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** POSTs JSON, or nothing at all when {@code json} is null. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        if (json == null) {
            return send(request.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POSTs a body of the given media type, e.g. a CSV file. */
    public HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** PUTs JSON (a replacement). */
    public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** GETs with an Accept header other than JSON, e.g. a CSV export. */
    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /** PATCHes JSON (a partial change). */
    public HttpResponse<String> patch(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** Sends {@code body} of the given media type with any method, e.g. a write that is not JSON. */
    public HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** GETs a file (a PDF handout) as its bytes, accepting {@code accept}. */
    public HttpResponse<byte[]> bytes(String path, String accept) throws IOException, InterruptedException {
        return http.send(request(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Registers a patient with a unique name and returns the id. */
    public String patient(String given) throws IOException, InterruptedException {
        String family = "Apisched" + letters();
        HttpResponse<String> created = post("api/patients", """
                {"givenName": "%s", "familyName": "%s", "birthDate": "1980-06-15"}""".formatted(given, family));
        assertEquals(201, created.statusCode(), created.body());
        return field(created.body(), "id");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first value of a JSON property, as written (strings keep their quotes). */
    public static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]]+)")
                .matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no \"" + name + "\" in " + json);
        }
        return matcher.group(1);
    }

    /**
     * The JSON object that is the value of {@code name}, braces included, e.g. the eligibility nested
     * in an intake; the properties of a JSON-B record come in alphabetical order, so a nested object
     * can come before the outer one's own properties.
     */
    public static String nested(String json, String name) {
        int start = json.indexOf("\"" + name + "\":{");
        if (start < 0) {
            throw new AssertionError("no object \"" + name + "\" in " + json);
        }
        int open = json.indexOf('{', start);
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return json.substring(open, i + 1);
            }
        }
        throw new AssertionError("unbalanced object \"" + name + "\" in " + json);
    }

    /** The JSON without the object that is the value of {@code name}, to read the outer object's own fields. */
    public static String withoutNested(String json, String name) {
        return json.replace("\"" + name + "\":" + nested(json, name), "\"" + name + "\":null");
    }

    /** The innermost JSON objects, e.g. the items of a list of flat records. */
    public static List<String> objects(String json) {
        List<String> objects = new ArrayList<>();
        Matcher matcher = OBJECT.matcher(json);
        while (matcher.find()) {
            objects.add(matcher.group());
        }
        return objects;
    }

    /** Ten random lower-case letters, for names that must be unique and contain no digits. */
    public static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.substring(0, 10);
    }
}
