package org.artclinic.clinic.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The audit report's rows as a file, the whole filtered period and not just the page shown: CSV
 * (Apache Commons CSV) or Excel (FastExcel, which writes each chunk of rows out as it arrives, as
 * text kept in the row and not in a shared table, so memory does not grow with the period). Every
 * ASTM E2147-18 field of decision 0037 is a column, with the time in the clinic's
 * zone. Rows arrive a chunk at a time from {@link AuditReport#exportEvents}.
 */
final class AuditExport {

    /** The columns, in order. */
    static final List<String> HEADER = List.of("When", "User", "Roles", "Action", "Patient", "Patient id",
            "Record type", "Record id", "Outcome", "Address", "Where in the application", "Detail", "Before", "After");

    /** Excel's last row, less the header. */
    static final int EXCEL_MAX_ROWS = 1_048_575;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditExport() {
    }

    static List<String> cells(AuditReport.Row row, ZoneId zone) {
        AuditEvent e = row.event();
        return java.util.Arrays.asList(WHEN.format(e.getAt().atZone(zone)), e.getUser(), e.getRoles(),
                e.getAction().name(), row.patientName(), e.getPatientId() == null ? null : e.getPatientId().toString(),
                e.getRecordType(), e.getRecordId(), e.getOutcome().name(), e.getAddress(), e.getSource(),
                e.getDetail(), e.getBefore(), e.getAfter());
    }

    /**
     * A cell a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -}, {@code @}, or a
     * tab or carriage return first) gets a leading apostrophe, so that a value someone typed into the
     * application, such as a patient's name, cannot run as a formula on the administrator's machine
     * (OWASP, "CSV Injection").
     */
    static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** Writes the CSV (UTF-8 with a byte-order mark, so that Excel reads the accents) as chunks arrive. */
    static void csv(OutputStream out, ZoneId zone, Consumer<Consumer<List<AuditReport.Row>>> rows) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(HEADER);
            rows.accept(chunk -> {
                try {
                    for (AuditReport.Row row : chunk) {
                        printer.printRecord(cells(row, zone).stream().map(AuditExport::defused).toList());
                    }
                    printer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the Excel workbook. Cells are text, never formulas. Past Excel's million rows the sheet
     * ends with a line saying so, and the CSV is the file to take.
     */
    static void xlsx(OutputStream out, ZoneId zone, Consumer<Consumer<List<AuditReport.Row>>> rows) {
        try {
            Workbook workbook = new Workbook(out, "ART Clinic", "1.0");
            Worksheet sheet = workbook.newWorksheet("Audit trail");
            write(sheet, 0, HEADER);
            int[] next = {1};
            long[] over = {0};
            rows.accept(chunk -> {
                for (AuditReport.Row row : chunk) {
                    if (next[0] <= EXCEL_MAX_ROWS - 1) {
                        write(sheet, next[0]++, cells(row, zone));
                    } else {
                        over[0]++;
                    }
                }
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (over[0] > 0) {
                write(sheet, next[0], List.of(over[0] + " more rows do not fit in Excel: export CSV instead."));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Worksheet sheet, int row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                sheet.inlineString(row, i, values.get(i));
            }
        }
    }
}
