package org.artclinic.clinic.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ClearanceEvidence;
import org.artclinic.clinic.intake.TreatmentGate;
import org.artclinic.clinic.outcome.ChangeFlag;
import org.artclinic.clinic.outcome.Instrument;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.testsupport.OptionalTool;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document Payara serves at {@code /openapi} (at the server's root, not under the
 * application) as a client developer meets it: it passes Spectral's OpenAPI rules
 * ({@code src/test/resources/spectral.yaml}) without an error or a warning, and the schemas say
 * what the API really takes and gives.
 * <p>
 * The lint needs the Spectral CLI ({@code npm install -g @stoplight/spectral-cli}): found on the
 * PATH as {@code spectral}, or given with {@code -Dclinic.spectral=/path/to/spectral}. Without it
 * the lint is skipped, unless {@code -Dclinic.lint.required=true} (as in CI), which makes a
 * missing Spectral a failure.
 * <p>
 * Tagged {@code lint}: the document is the same on every database, so CI lints it once, in the H2
 * pass.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("lint")
class OpenApiLintIT {

    private static final Duration LINT_TIMEOUT = Duration.ofMinutes(2);

    @ArquillianResource
    private URL base;

    @Test
    @RunAsClient
    void theServedDocumentPassesSpectralsOpenApiRules() throws Exception {
        Path target = Path.of(System.getProperty("clinic.it.dir", "target"));
        Path document = target.resolve("openapi.json");
        Files.writeString(document, fetchDocument(), StandardCharsets.UTF_8);
        Path ruleset = target.toAbsolutePath().getParent().resolve("src/test/resources/spectral.yaml");

        Optional<String> spectral = spectralCommand();
        // skipped (and listed at the end of the build) where Spectral is missing, failed if required (CI)
        OptionalTool tool = new OptionalTool("OpenAPI lint", "clinic.lint.required",
                "npm install -g @stoplight/spectral-cli (or -Dclinic.spectral=/path/to/spectral)",
                List.of(Path.of(spectral.orElse("spectral (not on the PATH)"))));
        Optional<String> skip = tool.reasonToSkip();
        if (skip.isPresent()) {
            tool.recordSkip("OpenApiLintIT, " + document + " not linted", skip.get());
            Assumptions.abort(skip.get() + "; " + tool.install());
        }
        if (tool.missing().isPresent()) {
            fail(tool.missingMessage());
        }

        Path report = target.resolve("openapi-lint.txt");
        Process lint = new ProcessBuilder(spectral.get(), "lint", "--ruleset", ruleset.toString(),
                "--fail-severity=warn", "--format=text", document.toString())
                .redirectErrorStream(true)
                .redirectOutput(report.toFile())
                .start();
        if (!lint.waitFor(LINT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            lint.destroyForcibly();
            fail("spectral did not finish within " + LINT_TIMEOUT + ": " + Files.readString(report));
        }
        String output = Files.readString(report);
        assertEquals(0, lint.exitValue(), "spectral lint " + document + " reported:\n" + output);
        assertTrue(output.contains("No results"), output);
    }

    @Test
    void aBookingRequestNamesTheFieldsItNeedsWithTheirTypes() throws Exception {
        JsonObject booking = schema(document(), "NewAppointment");

        assertEquals(Set.of("patientId", "practitionerId", "start"), strings(booking.getJsonArray("required")));
        JsonObject patientId = booking.getJsonObject("properties").getJsonObject("patientId");
        assertEquals("integer", patientId.getString("type"), patientId.toString());
        assertEquals("int64", patientId.getString("format"), patientId.toString());
        assertEquals("date-time", booking.getJsonObject("properties").getJsonObject("start").getString("format"));
    }

    @Test
    void aListEndpointAnswersAnArrayOfTheNamedSchema() throws Exception {
        JsonObject document = document();

        JsonObject answer = resolve(document, okSchema(document, "/api/appointment-types"));
        assertEquals("array", answer.getString("type"), answer.toString());
        assertEquals("#/components/schemas/AppointmentType", answer.getJsonObject("items").getString("$ref"));
    }

    @Test
    void aPagedListNamesItsItemsAndTheirTypes() throws Exception {
        JsonObject document = document();

        JsonObject page = resolve(document, okSchema(document, "/api/practitioners"));
        assertEquals(Set.of("total", "first", "max", "items"), strings(page.getJsonArray("required")));
        assertEquals("#/components/schemas/Practitioner",
                page.getJsonObject("properties").getJsonObject("items").getJsonObject("items").getString("$ref"));
        JsonObject discipline = resolve(document, schema(document, "Practitioner").getJsonObject("properties")
                .getJsonObject("discipline"));
        assertEquals("string", discipline.getString("type"), discipline.toString());
    }

    /**
     * A client generator makes every property that is not {@code required} optional (nullable, an
     * {@code Optional}, a {@code ?}): each object a response can hold says which of its properties
     * are always there, and names only properties it has.
     */
    @Test
    void everyObjectAResponseHoldsListsItsAlwaysPresentPropertiesAsRequired() throws Exception {
        JsonObject document = document();
        Set<String> seen = new TreeSet<>();
        Deque<Map.Entry<String, JsonObject>> todo = new ArrayDeque<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                for (JsonValue response : method.getValue().asJsonObject().getJsonObject("responses").values()) {
                    JsonObject content = response.asJsonObject().getJsonObject("content");
                    if (content != null) {
                        content.values().forEach(media -> todo.push(
                                Map.entry(where, media.asJsonObject().getJsonObject("schema"))));
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        while (!todo.isEmpty()) {
            Map.Entry<String, JsonObject> next = todo.pop();
            JsonObject schema = next.getValue();
            String ref = schema.getString("$ref", null);
            if (ref != null) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (seen.add(name)) {
                    todo.push(Map.entry(name, schema(document, name)));
                }
                continue;
            }
            if (schema.containsKey("items")) {
                todo.push(Map.entry(next.getKey() + "[]", schema.getJsonObject("items")));
            }
            JsonObject properties = schema.getJsonObject("properties");
            if (properties == null || properties.isEmpty()) {
                continue;
            }
            properties.forEach((property, value) -> todo.push(
                    Map.entry(next.getKey() + "." + property, value.asJsonObject())));
            JsonArray required = schema.getJsonArray("required");
            if (required == null || required.isEmpty()) {
                problems.add(next.getKey() + ": no required list");
            } else if (!properties.keySet().containsAll(strings(required))) {
                problems.add(next.getKey() + ": requires properties it does not have, " + strings(required));
            }
        }
        assertTrue(seen.contains("Appointment") && seen.contains("Error"), "the walk reaches the responses: " + seen);
        assertEquals(List.of(), problems);
    }

    /** Ids in paths are record ids: a client passes a 64-bit integer, not any string. */
    @Test
    void everyIdInAPathIsA64BitInteger() throws Exception {
        List<String> problems = new ArrayList<>();
        int ids = 0;
        for (Map.Entry<String, JsonValue> path : document().getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                JsonArray parameters = method.getValue().asJsonObject().getJsonArray("parameters");
                for (JsonValue value : parameters == null ? List.<JsonValue>of() : parameters) {
                    JsonObject parameter = value.asJsonObject();
                    String name = parameter.getString("name");
                    if (!"path".equals(parameter.getString("in")) || !(name.equals("id") || name.endsWith("Id"))) {
                        continue;
                    }
                    ids++;
                    JsonObject schema = parameter.getJsonObject("schema");
                    if (schema == null || !"integer".equals(schema.getString("type", ""))
                            || !"int64".equals(schema.getString("format", ""))) {
                        problems.add(method.getKey().toUpperCase() + " " + path.getKey() + " {" + name + "}: " + schema);
                    }
                }
            }
        }
        assertTrue(ids >= 10, "the path ids are found: " + ids);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyEnumTheDocumentNamesHasExactlyTheConstantsOfItsJavaEnum() throws Exception {
        // the enum schemas come from mp.openapi.schema.* in microprofile-config.properties, which
        // cannot refer to the Java enums: this keeps the two in step
        Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
        enums.put("Sex", Sex.class);
        enums.put("AppointmentStatus", AppointmentStatus.class);
        enums.put("Discipline", Discipline.class);
        enums.put("BodyRegion", BodyRegion.class);
        enums.put("ClearanceEvidence", ClearanceEvidence.class);
        enums.put("ConsentState", TreatmentGate.ConsentState.class);
        enums.put("Instrument", Instrument.class);
        enums.put("ChangeFlag", ChangeFlag.class);
        enums.put("DayOfWeek", DayOfWeek.class);
        JsonObject document = document();

        for (Map.Entry<String, Class<? extends Enum<?>>> e : enums.entrySet()) {
            JsonObject schema = schema(document, e.getKey());
            List<String> constants = Arrays.stream(e.getValue().getEnumConstants()).map(Enum::name).toList();
            assertEquals(constants, schema.getJsonArray("enum").getValuesAs(JsonString::getString), e.getKey());
            assertEquals("string", schema.getString("type"), e.getKey());
        }
    }

    @Test
    void operationIdsAreUniqueAndEveryOperationIsDescribed() throws Exception {
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document().getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                JsonObject operation = method.getValue().asJsonObject();
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                if (!ids.add(operation.getString("operationId", ""))) {
                    problems.add(where + ": operationId missing or used twice");
                }
                if (operation.getString("summary", "").isBlank() || operation.getString("description", "").isBlank()) {
                    problems.add(where + ": no summary or description");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void clientsAreToldOfTokensAndThatCreatingOneTakesThePassword() throws Exception {
        JsonObject document = document();

        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("bearer", schemes.getJsonObject("token").getString("scheme"), schemes.toString());
        assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"), schemes.toString());
        assertEquals(2, document.getJsonArray("security").size(), "either one, for every operation");
        JsonArray create = document.getJsonObject("paths").getJsonObject("/api/tokens").getJsonObject("post")
                .getJsonArray("security");
        assertEquals(Set.of("basic"), create.getJsonObject(0).keySet(), "a token cannot create tokens");
        assertEquals(1, create.size());
    }

    /** The schema of a GET's 200 answer. */
    private static JsonObject okSchema(JsonObject document, String path) {
        return document.getJsonObject("paths").getJsonObject(path).getJsonObject("get").getJsonObject("responses")
                .getJsonObject("200").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema");
    }

    private JsonObject document() throws IOException, InterruptedException {
        return Json.createReader(new StringReader(fetchDocument())).readObject();
    }

    private String fetchDocument() throws IOException, InterruptedException {
        URI openapi = URI.create(base.toExternalForm()).resolve("/openapi");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), openapi + ": " + response.body());
        return response.body();
    }

    private static JsonObject schema(JsonObject document, String name) {
        JsonObject schema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        assertTrue(schema != null, "no schema " + name);
        return schema;
    }

    /** The schema itself, following a {@code $ref} to the document's components. */
    private static JsonObject resolve(JsonObject document, JsonObject schema) {
        String ref = schema.getString("$ref", null);
        return ref == null ? schema : schema(document, ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static Set<String> strings(JsonArray array) {
        return new HashSet<>(array.getValuesAs(JsonString::getString));
    }

    /** {@code -Dclinic.spectral}, else {@code spectral} on the PATH. */
    private static Optional<String> spectralCommand() {
        String given = System.getProperty("clinic.spectral", "");
        if (!given.isBlank()) {
            return Optional.of(given);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("spectral", "spectral.cmd")) {
                File candidate = new File(dir, name);
                if (candidate.isFile() && candidate.canExecute()) {
                    return Optional.of(candidate.getAbsolutePath());
                }
            }
        }
        return Optional.empty();
    }
}
