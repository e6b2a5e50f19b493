package org.artclinic.clinic.protocol;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.Side;

/**
 * The protocol library as a file, CSV or JSON, in one shape for export, import and the library
 * shipped with the application ({@code protocols/library.json}). Columns (CSV) and keys (JSON) are
 * the REST API's names; lists (sides, indications, links) are JSON arrays, or in a CSV cell
 * separated by semicolons. Links name other protocols by name.
 *
 * <p>Reading checks every row and reports every problem at once with its row number (CSV: the
 * spreadsheet row, the header being row 1; JSON: the position in the array, from 1), so that a
 * file is either taken whole or refused whole.
 */
public final class ProtocolFile {

    /** The file formats of an import or export. */
    public enum Format {
        CSV("text/csv", "csv"),
        JSON("application/json", "json");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The format of a file by its name's ending or its content's first character. */
        public static Format guess(String fileName, String content) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            String text = content == null ? "" : content.stripLeading();
            return text.startsWith("[") || text.startsWith("{") ? JSON : CSV;
        }
    }

    /** One row read from a file, with the number that its problems name. */
    public record Row(int number, ProtocolRecord record) {
    }

    public static final List<String> COLUMNS = List.of("name", "regionGroup", "region", "structure", "tissue", "sides",
            "startPosition", "contactPoint", "tensionDirection", "movement", "typicalPasses", "indications", "links",
            "notes", "status");

    private static final List<String> REQUIRED = COLUMNS.subList(0, 11);
    private static final String LIST_SEPARATOR = ";";

    private ProtocolFile() {
    }

    // ---- writing

    public static String write(List<ProtocolRecord> records, Format format) {
        return format == Format.CSV ? csv(records) : json(records);
    }

    private static String csv(List<ProtocolRecord> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (ProtocolRecord r : records) {
                ProtocolDetails d = r.details();
                printer.printRecord(d.name(), d.regionGroup(), d.region(), d.structure(), d.tissue(),
                        joined(d.sides().stream().sorted().map(Side::name).toList()), d.startPosition(),
                        d.contactPoint(), d.tensionDirection(), d.movement(), d.typicalPasses(),
                        joined(d.indications()), joined(r.links()), d.notes() == null ? "" : d.notes(), r.status());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String json(List<ProtocolRecord> records) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ProtocolRecord r : records) {
            ProtocolDetails d = r.details();
            JsonObjectBuilder object = Json.createObjectBuilder()
                    .add("name", d.name())
                    .add("regionGroup", d.regionGroup().name())
                    .add("region", d.region().name())
                    .add("structure", d.structure())
                    .add("tissue", d.tissue().name())
                    .add("sides", Json.createArrayBuilder(d.sides().stream().sorted().map(Side::name).toList()))
                    .add("startPosition", d.startPosition())
                    .add("contactPoint", d.contactPoint())
                    .add("tensionDirection", d.tensionDirection())
                    .add("movement", d.movement())
                    .add("typicalPasses", d.typicalPasses())
                    .add("indications", Json.createArrayBuilder(d.indications()))
                    .add("links", Json.createArrayBuilder(r.links()));
            if (d.notes() != null) {
                object.add("notes", d.notes());
            }
            array.add(object.add("status", r.status().name()));
        }
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(array.build());
        return out.toString().strip() + "\n";
    }

    private static String joined(List<String> values) {
        return String.join(LIST_SEPARATOR + " ", values);
    }

    // ---- reading

    /**
     * Every row of a file, checked; the names within the file are unique. Links are not looked up
     * here (they may name protocols of the library): the importer does that.
     *
     * @throws InvalidProtocolFile naming every problem with its row
     */
    public static List<Row> read(String content, Format format) {
        String text = content == null ? "" : content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            throw new InvalidProtocolFile(List.of("The file is empty."));
        }
        List<String> problems = new ArrayList<>();
        List<Row> rows = format == Format.CSV ? readCsv(text, problems) : readJson(text, problems);
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            Integer first = seen.putIfAbsent(Protocol.searchName(row.record().name()), row.number());
            if (first != null) {
                problems.add(rowText(row.number()) + "\"" + row.record().name() + "\" is in the file twice (also row "
                        + first + ").");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProtocolFile(problems);
        }
        return rows;
    }

    public static String rowText(int number) {
        return "Row " + number + ": ";
    }

    private static List<Row> readCsv(String text, List<String> problems) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add("Row 1: the header lacks the column(s) " + String.join(", ", missing)
                        + "; the columns are " + String.join(", ", COLUMNS) + ".");
                return rows;
            }
            int number = 1;
            for (CSVRecord csv : parser) {
                number++;
                Function<String, String> cell = column -> csv.isMapped(column) && csv.isSet(column) ? csv.get(column) : null;
                ProtocolRecord record = row(number, cell, column -> split(cell.apply(column)), problems);
                if (record != null) {
                    rows.add(new Row(number, record));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add("The file is not readable as CSV: " + e.getMessage());
        }
        return rows;
    }

    private static List<String> split(String cell) {
        return cell == null || cell.isBlank() ? List.of()
                : Arrays.stream(cell.split(LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Row> readJson(String text, List<String> problems) {
        List<Row> rows = new ArrayList<>();
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            // JsonException for broken JSON; the parser's own RuntimeException for nesting beyond its limit
            problems.add("The file is not readable as JSON: " + e.getMessage());
            return rows;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add("The file is not a JSON array of protocols.");
            return rows;
        }
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            int number = i + 1;
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(rowText(number) + "not a JSON object.");
                continue;
            }
            JsonObject object = array.getJsonObject(i);
            ProtocolRecord record = row(number, key -> jsonText(object.get(key)), key -> jsonList(object.get(key)),
                    problems);
            if (record != null) {
                rows.add(new Row(number, record));
            }
        }
        return rows;
    }

    private static String jsonText(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return value.toString();
    }

    private static List<String> jsonList(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray().stream().map(ProtocolFile::jsonText).filter(s -> s != null && !s.isBlank())
                    .toList();
        }
        return split(jsonText(value));
    }

    /** One row's fields made into a record, or null with its problems added (each naming the row). */
    private static ProtocolRecord row(int number, Function<String, String> text, Function<String, List<String>> list,
            List<String> problems) {
        int before = problems.size();
        RegionGroup group = choice(number, "regionGroup", text.apply("regionGroup"), RegionGroup.class, problems);
        BodyRegion region = choice(number, "region", text.apply("region"), BodyRegion.class, problems);
        Tissue tissue = choice(number, "tissue", text.apply("tissue"), Tissue.class, problems);
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (String side : list.apply("sides")) {
            Side one = choice(number, "sides", side, Side.class, problems);
            if (one != null) {
                sides.add(one);
            }
        }
        String status = text.apply("status");
        ProtocolStatus state = status == null || status.isBlank() ? ProtocolStatus.ACTIVE
                : choice(number, "status", status, ProtocolStatus.class, problems);
        int passes = 0;
        String passesText = text.apply("typicalPasses");
        try {
            passes = Integer.parseInt(passesText == null ? "" : passesText.strip());
        } catch (NumberFormatException e) {
            problems.add(rowText(number) + "typicalPasses \"" + (passesText == null ? "" : passesText.strip())
                    + "\" is not a whole number.");
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            ProtocolDetails details = new ProtocolDetails(text.apply("name"), group, region, text.apply("structure"),
                    tissue, sides, text.apply("startPosition"), text.apply("contactPoint"),
                    text.apply("tensionDirection"), text.apply("movement"), passes, list.apply("indications"),
                    text.apply("notes"));
            return new ProtocolRecord(details, list.apply("links"), state);
        } catch (DomainException e) {
            problems.add(rowText(number) + e.getMessage());
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(int number, String field, String value, Class<E> type,
            List<String> problems) {
        String text = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problems.add(rowText(number) + field + " \"" + (value == null ? "" : value.strip()) + "\" is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
            return null;
        }
    }
}
