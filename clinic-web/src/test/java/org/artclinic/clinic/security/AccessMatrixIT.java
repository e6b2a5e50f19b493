package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every cell of the role x page table in {@code docs/access/pages.csv} and the role x REST
 * endpoint table in {@code docs/access/endpoints.csv} (decision 0038): each role's demo user asks
 * for every page and calls every endpoint, and the answer must be the table's "allow" or "deny". A
 * page or endpoint that is not in its table fails the test, and so does a table line for one that
 * no longer exists, so the tables stay the truth. Nothing changes: pages are only read, every id
 * is one no record has, and every write carries broken JSON, which an allowed caller has refused
 * (400) only after the role check has let it through, while a denied caller gets 403 first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final Path TABLES = Path.of("..", "docs", "access");
    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final Map<String, String> USERS = Map.of("FRONT_DESK", "frontdesk", "PRACTITIONER", "practitioner",
            "MANAGER", "manager", "ADMIN", "admin");

    @ArquillianResource
    private URL base;

    @Test
    void everyPageIsInTheTableAndEveryRoleGetsWhatTheTableSays() throws Exception {
        List<Cell> table = read("pages.csv", 1);
        Set<String> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> WEBAPP.relativize(f).toString()
                    .replace('\\', '/')).filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(pages, table.stream().map(c -> c.key().get(0)).collect(Collectors.toCollection(TreeSet::new)),
                "docs/access/pages.csv must list exactly the application's pages");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> role : USERS.entrySet()) {
            WebClient user = new WebClient(base);
            assertEquals(302, user.login(role.getValue(), ApiClient.PASSWORD).statusCode(), role.getValue());
            for (Cell cell : table) {
                String page = cell.key().get(0);
                HttpResponse<String> answer = user.get(page);
                boolean allowed = cell.allows(role.getKey());
                boolean toLogin = answer.statusCode() / 100 == 3 && "login.xhtml".equals(user.redirectTarget(answer));
                boolean ok = allowed ? answer.statusCode() < 400 && !toLogin : answer.statusCode() == 403;
                if (!ok) {
                    wrong.add(role.getKey() + " " + page + ": " + answer.statusCode() + ", the table says "
                            + (allowed ? "allow" : "deny"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyEndpointIsInTheTableAndEveryRoleGetsWhatTheTableSays() throws Exception {
        List<Cell> table = read("endpoints.csv", 2);
        Set<String> served = servedEndpoints();
        Set<String> listed = table.stream().map(c -> c.key().get(0) + " " + c.key().get(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(served, listed, "docs/access/endpoints.csv must list exactly the endpoints of /openapi");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> role : USERS.entrySet()) {
            ApiClient user = new ApiClient(base, role.getValue());
            for (Cell cell : table) {
                String method = cell.key().get(0);
                // an unknown id for every path parameter: nothing real is touched
                String path = cell.key().get(1).replaceAll("\\{[^}]+}", "999999999").substring(1);
                HttpResponse<String> answer = "GET".equals(method) ? user.get(path, "*/*")
                        : "DELETE".equals(method) ? user.delete(path)
                        : user.send(method, path, "application/json", "{\"broken\": ");
                boolean allowed = cell.allows(role.getKey());
                int status = answer.statusCode();
                boolean ok = allowed ? status != 401 && status != 403 && status < 500 : status == 403;
                if (!ok) {
                    wrong.add(role.getKey() + " " + method + " " + cell.key().get(1) + ": " + status + ", the table says "
                            + (allowed ? "allow" : "deny"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** "METHOD /path" of every operation the served OpenAPI document describes. */
    private Set<String> servedEndpoints() throws IOException, InterruptedException {
        // the document is served at the server's root, beside the application
        HttpResponse<String> document = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(base.toExternalForm()).resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        Set<String> endpoints = new TreeSet<>();
        try (JsonReader reader = Json.createReader(new StringReader(document.body()))) {
            JsonObject paths = reader.readObject().getJsonObject("paths");
            paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                    .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                    .forEach(m -> endpoints.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        }
        return endpoints;
    }

    /** One line of a table: its key columns, then allow or deny per role in the header's order. */
    private record Cell(List<String> key, Map<String, Boolean> roles) {

        boolean allows(String role) {
            Boolean allowed = roles.get(role);
            assertTrue(allowed != null, "no column " + role + " for " + key);
            return allowed;
        }
    }

    private static List<Cell> read(String name, int keys) throws IOException {
        List<String> lines = Files.readAllLines(TABLES.resolve(name)).stream().filter(l -> !l.isBlank()).toList();
        String[] header = lines.get(0).split(",");
        List<Cell> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split(",");
            assertEquals(header.length, columns.length, name + ": " + line);
            Map<String, Boolean> roles = new java.util.HashMap<>();
            for (int i = keys; i < header.length; i++) {
                String value = columns[i].strip();
                assertTrue(value.equals("allow") || value.equals("deny"), name + ": " + line);
                roles.put(header[i].strip(), value.equals("allow"));
            }
            cells.add(new Cell(List.of(columns).subList(0, keys).stream().map(String::strip).toList(), roles));
        }
        return cells;
    }
}
