package org.artclinic.clinic.billing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.artclinic.clinic.common.DomainException;

/**
 * The CSV files of the code sets: the ones shipped with the application and the yearly updates a
 * manager imports. A file is read whole and refused whole when a row is wrong, every problem named
 * by its row, so that it can be put right in one go.
 *
 * <pre>
 * procedure codes: code,timed,kind,description,effective_from,effective_to
 * diagnosis codes: code,billable,description,effective_from,effective_to
 * </pre>
 */
public final class CodeSetFile {

    public static final List<String> PROCEDURE_COLUMNS = List.of("code", "timed", "kind", "description",
            "effective_from", "effective_to");
    public static final List<String> DIAGNOSIS_COLUMNS = List.of("code", "billable", "description", "effective_from",
            "effective_to");

    private CodeSetFile() {
    }

    /** A file refused as a whole. */
    public static class Invalid extends DomainException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        public Invalid(List<String> problems) {
            super("The file was not imported; nothing was changed. " + problems.size()
                    + (problems.size() == 1 ? " problem: " : " problems: ")
                    + String.join(" ", problems.stream().limit(10).toList()) + (problems.size() > 10 ? " …" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public static List<ProcedureCode> procedureCodes(String content) {
        return read(content, PROCEDURE_COLUMNS, (cell, problems) -> new ProcedureCode(cell.apply("code"),
                kind(cell.apply("kind")), bool(cell.apply("timed"), "timed"), cell.apply("description"),
                date(cell.apply("effective_from"), "effective_from"), date(cell.apply("effective_to"), "effective_to")),
                ProcedureCode::getCode);
    }

    public static List<DiagnosisCode> diagnosisCodes(String content) {
        return read(content, DIAGNOSIS_COLUMNS, (cell, problems) -> new DiagnosisCode(cell.apply("code"),
                bool(cell.apply("billable"), "billable"), cell.apply("description"),
                date(cell.apply("effective_from"), "effective_from"), date(cell.apply("effective_to"), "effective_to")),
                DiagnosisCode::getCode);
    }

    private interface RowReader<T> {
        T read(Function<String, String> cell, List<String> problems);
    }

    private static <T> List<T> read(String content, List<String> columns, RowReader<T> reader,
            Function<T, String> codeOf) {
        String text = content == null ? "" : content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            throw new Invalid(List.of("The file is empty."));
        }
        List<String> problems = new ArrayList<>();
        List<T> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            List<String> missing = columns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new Invalid(List.of("Row 1: the header lacks the column(s) " + String.join(", ", missing)
                        + "; the columns are " + String.join(",", columns) + "."));
            }
            int number = 1;
            for (CSVRecord csv : parser) {
                number++;
                Function<String, String> cell = column -> csv.isMapped(column) && csv.isSet(column)
                        && !csv.get(column).isEmpty() ? csv.get(column) : null;
                try {
                    T row = reader.read(cell, problems);
                    Integer first = seen.putIfAbsent(codeOf.apply(row), number);
                    if (first != null) {
                        problems.add("Row " + number + ": " + codeOf.apply(row) + " is in the file twice (also row "
                                + first + ").");
                    } else {
                        rows.add(row);
                    }
                } catch (DomainException e) {
                    problems.add("Row " + number + ": " + e.getMessage());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add("The file is not readable as CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return rows;
    }

    private static ProcedureKind kind(String value) {
        try {
            return ProcedureKind.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("the kind \"" + (value == null ? "" : value) + "\" is not one of "
                    + java.util.Arrays.toString(ProcedureKind.values()) + ".");
        }
    }

    private static boolean bool(String value, String column) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new DomainException(column + " is true or false, not \"" + v + "\".");
        };
    }

    private static LocalDate date(String value, String column) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(column + " \"" + value + "\" is not a date like 2026-01-01.");
        }
    }
}
