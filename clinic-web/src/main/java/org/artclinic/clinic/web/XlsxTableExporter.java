package org.artclinic.clinic.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.EnumSet;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;
import org.primefaces.component.export.ExcelOptions;

/**
 * A report table as an Excel workbook ({@code <p:dataExporter type="xlsx">}), written with FastExcel
 * instead of PrimeFaces' own exporter, which needs Apache POI: POI and what it brings were 9,000 of
 * the WAR's 16,000 library classes, each read by Payara's class scan at every start (decision 0063).
 * <p>
 * Like PrimeFaces' exporter, the header and footer rows are bold, and a cell whose text is a number
 * ({@code 12}, {@code 1,234}) or an amount ({@code $1,234.56}, as {@code Money.format} writes it) is
 * written as a number, so that a manager can sum the column; the amount keeps its currency format.
 * Everything else is a text cell, never a formula.
 */
public class XlsxTableExporter extends DataTableExporter<XlsxTableExporter.Sheet, ExcelOptions> {

    /**
     * How Excel shows an amount: the dollar sign, thousands and cents (Money's format). Excel shows a
     * dollar sign without quotes, and FastExcel writes the format into XML as it is, so none are used.
     */
    static final String CURRENCY_FORMAT = "$#,##0.00;-$#,##0.00";

    public XlsxTableExporter() {
        super(new ExcelOptions(), EnumSet.of(FacetType.COLUMN), true);
    }

    @Override
    protected Sheet createDocument(FacesContext context) throws IOException {
        Workbook workbook = new Workbook(os(), "ART Clinic", "1.0");
        return new Sheet(workbook, workbook.newWorksheet("Report"));
    }

    @Override
    protected void preRowExport(FacesContext context, DataTable table) {
        document.row++;
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue columnValue, int index) {
        write(document.worksheet, document.row, index, columnValue.toString());
        document.worksheet.style(document.row, index).bold().set();
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn col, ColumnValue columnValue,
            int index) {
        write(document.worksheet, document.row, index, columnValue.toString());
    }

    @Override
    protected void postExport(FacesContext context) throws IOException {
        super.postExport(context);
        document.workbook.finish();
    }

    @Override
    public String getContentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String getFileExtension() {
        return ".xlsx";
    }

    /** Writes one cell: a number or an amount as a number, anything else as text. */
    static void write(Worksheet sheet, int row, int column, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String trimmed = text.strip();
        BigDecimal number = parse(NumberFormat.getNumberInstance(Locale.US), trimmed);
        if (number != null) {
            sheet.value(row, column, number);
            if (trimmed.indexOf(',') >= 0) {
                sheet.style(row, column).format(number.scale() > 0 ? "#,##0.00" : "#,##0").set();
            }
            return;
        }
        BigDecimal amount = parse(NumberFormat.getCurrencyInstance(Locale.US), trimmed);
        if (amount != null) {
            sheet.value(row, column, amount);
            sheet.style(row, column).format(CURRENCY_FORMAT).set();
            return;
        }
        sheet.inlineString(row, column, text);
    }

    /** The whole text read as a number in that format, or null if any of it is not. */
    static BigDecimal parse(NumberFormat format, String text) {
        if (!(format instanceof DecimalFormat decimal)) {
            return null;
        }
        decimal.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = decimal.parse(text, position);
        return parsed instanceof BigDecimal value && position.getIndex() == text.length() ? value : null;
    }

    /** The workbook being written, its one sheet and the row being filled. */
    static final class Sheet {
        private final Workbook workbook;
        private final Worksheet worksheet;
        private int row = -1;

        Sheet(Workbook workbook, Worksheet worksheet) {
            this.workbook = workbook;
            this.worksheet = worksheet;
        }
    }

    /**
     * Puts this exporter in place of PrimeFaces' own for "xlsx" before the first request's view is
     * restored (a phase listener in faces-config.xml). Not when the application starts: PrimeFaces' set-up
     * reads the session cookie settings, which a listener Mojarra added itself may not read then.
     */
    public static final class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;

        private volatile boolean registered;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            if (!registered) {
                synchronized (this) {
                    if (!registered) {
                        DataExporters.register(DataTable.class, XlsxTableExporter.class, "xlsx");
                        registered = true;
                    }
                }
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // registered before the view is restored; nothing to do after
        }
    }
}
