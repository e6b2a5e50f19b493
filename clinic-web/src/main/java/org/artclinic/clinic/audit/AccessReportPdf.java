package org.artclinic.clinic.audit;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.artclinic.clinic.web.PdfText;

/**
 * A patient's access history as a PDF to give them ("who saw my record"): who opened, changed,
 * printed or exported which part of their record and when, in the clinic's time, with the reason
 * for any emergency access. Staff appear by the names patients know them by; nothing of the
 * record's content is in it.
 */
public final class AccessReportPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final String BUNDLE = "org.artclinic.clinic.web.audit";

    private AccessReportPdf() {
    }

    public static byte[] of(AuditReport.AccessHistory history, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Record access report for " + history.patientName());
            document.addCreator("ART Clinic");
            document.open();
            write(document, history, zone);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The access report could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void write(Document document, AuditReport.AccessHistory h, ZoneId zone) throws DocumentException {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        Font body = PdfText.font(9, Font.NORMAL, PdfText.INK);
        Font head = PdfText.font(9, Font.BOLD, PdfText.INK);
        document.add(PdfText.paragraph("Record access report", PdfText.font(20, Font.BOLD, PdfText.INK), 2));
        document.add(PdfText.paragraph(h.patientName() + "    Chart " + h.chartNumber(),
                PdfText.font(11, Font.BOLD, PdfText.INK), 1));
        String period = (h.from() == null ? "From the first record" : "From " + DAY.format(h.from().atZone(zone)))
                + (h.to() == null ? " to today" : " to " + DAY.format(h.to().minusSeconds(1).atZone(zone)));
        document.add(PdfText.paragraph(period + " · times in " + zone.getId(), PdfText.font(10, Font.NORMAL,
                PdfText.GREY), 4));
        document.add(PdfText.paragraph(words.getString("access.report.explain"), PdfText.font(9, Font.NORMAL,
                PdfText.GREY), 8));
        if (h.lines().isEmpty()) {
            document.add(PdfText.paragraph(words.getString("access.report.none"), body, 0));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {1.3f, 1.8f, 1.1f, 2.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String title : new String[] {"When", "Who", "Role", "What"}) {
            table.addCell(PdfText.cell(title, head, Element.ALIGN_LEFT));
        }
        for (AuditReport.AccessLine line : h.lines()) {
            table.addCell(PdfText.cell(WHEN.format(line.at().atZone(zone)), body, Element.ALIGN_LEFT));
            table.addCell(PdfText.cell(line.person(), body, Element.ALIGN_LEFT));
            table.addCell(PdfText.cell(roles(line.role()), body, Element.ALIGN_LEFT));
            table.addCell(PdfText.cell(what(words, line), body, Element.ALIGN_LEFT));
        }
        document.add(table);
        if (h.total() > h.lines().size()) {
            document.add(PdfText.paragraph("The newest " + h.lines().size() + " of " + h.total()
                    + " accesses are listed; ask for a shorter period to see the others.", body, 0));
        }
    }

    /** "viewed the patient", "changed the visit note (refused)", "emergency access: Covering for ..." */
    private static String what(ResourceBundle words, AuditReport.AccessLine line) {
        String action = words.getString("audit.action." + line.action().name());
        String record = line.record() == null ? "" : " (" + line.record() + ")";
        String outcome = line.outcome() == AuditOutcome.SUCCESS ? ""
                : ", " + words.getString("audit.outcome." + line.outcome().name());
        String reason = line.reason() == null ? "" : ". " + line.reason();
        return action + record + outcome + reason;
    }

    /** "FRONT_DESK,MANAGER" as "Front desk, manager". */
    private static String roles(String roles) {
        if (roles == null || roles.isBlank()) {
            return "";
        }
        String text = Arrays.stream(roles.split(",")).map(r -> r.strip().replace('_', ' ').toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
