package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every cell of the role x page table in {@code docs/access/pages.csv} (decision 0038):
 * each role's demo user asks for every page, and the answer must be the table's "allow" or
 * "deny". A page that is not in the table fails the test, and so does a table line for a page that
 * no longer exists, so the table stays the truth. Pages are only read (GET): nothing changes.
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
