package org.artclinic.clinic.billing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.web.PdfText;

/**
 * The patient statement as a PDF (OpenPDF), to hand over or mail: the practice to pay and call, the
 * patient's name and mailing address, the statement date and period, the balance brought forward,
 * each visit (charged, paid by insurance, written off, waiting for insurance, the patient's part)
 * and payment with the running balance, then the amount due and the day to pay it by. No diagnosis or
 * procedure codes: those are on the superbill, for insurers.
 */
public final class StatementPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private StatementPdf() {
    }

    public static byte[] of(ClaimService.Statement statement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Statement for " + statement.patient().getFullName());
            document.addCreator("ART Clinic");
            document.open();
            write(document, statement);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The statement could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void write(Document document, ClaimService.Statement from) throws DocumentException {
        PatientStatement s = from.statement();
        document.add(PdfText.paragraph(from.practice().name(), PdfText.font(16, Font.BOLD, PdfText.TEAL), 1));
        document.add(PdfText.paragraph(from.practice().address() + (from.practice().phone() == null ? ""
                : " · " + from.practice().phone()), PdfText.font(10, Font.NORMAL, PdfText.GREY), 10));
        document.add(PdfText.paragraph("Patient statement", PdfText.font(20, Font.BOLD, PdfText.INK), 2));
        document.add(PdfText.paragraph("Statement date " + DAY.format(s.issuedOn()) + " · Activity from "
                + DAY.format(s.from()) + " to " + DAY.format(s.to()), PdfText.font(10, Font.NORMAL, PdfText.GREY), 8));
        var p = from.patient();
        document.add(PdfText.paragraph(p.getFullName() + "    Account " + p.getChartNumber(),
                PdfText.font(11, Font.BOLD, PdfText.INK), 1));
        if (p.getAddress() != null) {
            document.add(PdfText.paragraph(PdfText.address(p.getAddress()), PdfText.font(10, Font.NORMAL, PdfText.INK), 8));
        }
        document.add(PdfText.paragraph("Balance brought forward: " + s.broughtForwardWords(),
                PdfText.font(11, Font.NORMAL, PdfText.INK), 6));

        PdfPTable table = new PdfPTable(new float[] {1.1f, 3.6f, 1f, 1.1f, 1.1f, 1.2f, 1.1f, 1.1f, 1.2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String head : new String[] {"Date", "Description", "Charged", "Insurance paid", "Written off",
            "Waiting for insurance", "Your part", "You paid", "Balance"}) {
            table.addCell(PdfText.cell(head, PdfText.font(9, Font.BOLD, PdfText.INK), Element.ALIGN_LEFT));
        }
        Font font = PdfText.font(9, Font.NORMAL, PdfText.INK);
        if (s.entries().isEmpty()) {
            com.lowagie.text.pdf.PdfPCell none = PdfText.cell("No visits or payments in this period.",
                    PdfText.font(9, Font.ITALIC, PdfText.GREY), Element.ALIGN_LEFT);
            none.setColspan(9);
            table.addCell(none);
        }
        for (PatientStatement.Entry e : s.entries()) {
            table.addCell(PdfText.cell(DAY.format(e.on()), font, Element.ALIGN_LEFT));
            table.addCell(PdfText.cell(e.description(), font, Element.ALIGN_LEFT));
            for (Money amount : new Money[] {e.charged(), e.insurancePaid(), e.writtenOff(), e.pending(),
                e.patientPart(), e.patientPaid()}) {
                table.addCell(PdfText.cell(amount == null ? "" : amount.format(), font, Element.ALIGN_RIGHT));
            }
            table.addCell(PdfText.cell(signed(e.balance()), font, Element.ALIGN_RIGHT));
        }
        document.add(table);

        document.add(PdfText.paragraph(" ", font, 4));
        if (!s.pendingInsurance().isZero()) {
            document.add(PdfText.paragraph("Waiting for insurance: " + s.pendingInsurance().format()
                    + ". Not yet due from you: we will let you know what insurance leaves to you.",
                    PdfText.font(10, Font.NORMAL, PdfText.GREY), 4));
        }
        if (s.amountDue().isZero()) {
            document.add(PdfText.paragraph("Nothing is due. Your balance: " + s.closingWords() + ".",
                    PdfText.font(13, Font.BOLD, PdfText.INK), 2));
        } else {
            document.add(PdfText.paragraph("Amount due: " + s.amountDue().format() + "    Please pay by "
                    + DAY.format(s.dueOn()) + ".", PdfText.font(13, Font.BOLD, PdfText.INK), 2));
            document.add(PdfText.paragraph("Pay at the front desk, or call us" + (from.practice().phone() == null ? ""
                    : " at " + from.practice().phone()) + " to pay by card. Questions about this statement? Call us.",
                    PdfText.font(10, Font.NORMAL, PdfText.GREY), 2));
        }
    }

    /** A running balance: "$25.00", or "-$10.00" for a credit. */
    private static String signed(BigDecimal balance) {
        return (balance.signum() < 0 ? "-" : "") + Money.of(balance.abs()).format();
    }
}
