package org.artclinic.clinic.billing;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.artclinic.clinic.web.PdfText;

/**
 * The superbill as a PDF (OpenPDF) a patient sends to an insurer: for each visit the place (practice
 * location with address and phone), the provider with NPI, the date of service, the diagnoses
 * (ICD-10-CM with their words) and each procedure line (CPT with modifiers, units, fee, amount); then
 * the totals: charged, paid by insurers, paid by the patient, and the balance.
 */
public final class SuperbillPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private SuperbillPdf() {
    }

    public static byte[] of(Superbill bill, java.time.LocalDate printedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Superbill for " + bill.patient().getFullName());
            document.addCreator("ART Clinic");
            document.open();
            write(document, bill, printedOn);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The superbill could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void write(Document document, Superbill bill, java.time.LocalDate printedOn) throws DocumentException {
        var practice = bill.practice();
        document.add(PdfText.paragraph(practice.name(), PdfText.font(14, Font.BOLD, PdfText.INK), 1));
        document.add(PdfText.paragraph(practice.address() + (practice.phone() == null ? "" : " · " + practice.phone())
                + "    NPI " + practice.npi() + "    Tax ID " + practice.taxId(), PdfText.font(9, Font.NORMAL,
                        PdfText.GREY), 8));
        document.add(PdfText.paragraph("Superbill", PdfText.font(20, Font.BOLD, PdfText.TEAL), 2));
        document.add(PdfText.paragraph("Statement of services for insurance reimbursement, "
                + DAY.format(bill.from()) + " to " + DAY.format(bill.to()) + ". Printed " + DAY.format(printedOn) + ".",
                PdfText.font(10, Font.NORMAL, PdfText.GREY), 10));
        var p = bill.patient();
        document.add(PdfText.paragraph("Patient: " + p.getFullName() + "    Date of birth: " + DAY.format(p.getBirthDate())
                + "    Chart: " + p.getChartNumber(), PdfText.font(11, Font.BOLD, PdfText.INK), 2));
        if (p.getAddress() != null) {
            document.add(PdfText.paragraph(PdfText.address(p.getAddress()), PdfText.font(10, Font.NORMAL, PdfText.INK), 10));
        }
        if (bill.visits().isEmpty()) {
            document.add(PdfText.paragraph("No approved visits in this period.", PdfText.font(11, Font.ITALIC,
                    PdfText.GREY), 10));
        }
        for (ChargeSheet visit : bill.visits()) {
            var place = visit.getLocation();
            var provider = visit.getPractitioner();
            document.add(PdfText.paragraph("Date of service " + DAY.format(visit.getDateOfService()) + " — "
                    + place.getName(), PdfText.font(12, Font.BOLD, PdfText.TEAL), 1));
            document.add(PdfText.paragraph(place.getAddress() == null ? place.getPhone()
                    : PdfText.address(place.getAddress()) + (place.getPhone() == null ? "" : " · " + place.getPhone()),
                    PdfText.font(9, Font.NORMAL, PdfText.GREY), 1));
            document.add(PdfText.paragraph("Provider: " + provider.getDisplayName() + (provider.getNpi() == null ? ""
                    : ", NPI " + provider.getNpi()), PdfText.font(10, Font.NORMAL, PdfText.INK), 3));
            StringBuilder dx = new StringBuilder("Diagnoses (ICD-10-CM): ");
            int n = 1;
            for (String code : visit.getDiagnoses()) {
                dx.append(n > 1 ? "; " : "").append(n++).append(". ").append(code);
                String words = bill.diagnosisWords().get(code);
                if (words != null) {
                    dx.append(" ").append(words);
                }
            }
            document.add(PdfText.paragraph(dx.toString(), PdfText.font(10, Font.NORMAL, PdfText.INK), 4));
            PdfPTable table = new PdfPTable(new float[] {1.2f, 1.4f, 0.8f, 1.2f, 1.2f, 1.2f});
            table.setWidthPercentage(100);
            for (String head : new String[] {"CPT", "Modifiers", "Units", "Diagnosis", "Fee", "Amount"}) {
                table.addCell(cell(head, PdfText.font(9, Font.BOLD, PdfText.INK), Element.ALIGN_LEFT));
            }
            for (ChargeLine line : visit.getLines()) {
                if (line.getUnits() == 0) {
                    continue;
                }
                Font font = PdfText.font(10, Font.NORMAL, PdfText.INK);
                table.addCell(cell(line.getCode(), font, Element.ALIGN_LEFT));
                table.addCell(cell(line.getModifierCodes(), font, Element.ALIGN_LEFT));
                table.addCell(cell(String.valueOf(line.getUnits()), font, Element.ALIGN_RIGHT));
                table.addCell(cell(String.join(",", line.getDiagnosisPointers().stream().map(String::valueOf).toList()),
                        font, Element.ALIGN_LEFT));
                table.addCell(cell(line.getUnitFee().format(), font, Element.ALIGN_RIGHT));
                table.addCell(cell(line.getAmount().format(), font, Element.ALIGN_RIGHT));
            }
            document.add(table);
            document.add(PdfText.paragraph("Visit total " + visit.getTotal().format(), PdfText.font(10, Font.BOLD,
                    PdfText.INK), 10));
        }
        document.add(PdfText.paragraph("Total charged: " + bill.charged().format(), PdfText.font(11, Font.BOLD,
                PdfText.INK), 1));
        document.add(PdfText.paragraph("Paid by insurers: " + bill.insurersPaid().format(), PdfText.font(11,
                Font.NORMAL, PdfText.INK), 1));
        document.add(PdfText.paragraph("Paid by the patient in this period: " + bill.patientPaid().format(),
                PdfText.font(11, Font.NORMAL, PdfText.INK), 1));
        document.add(PdfText.paragraph("Balance today: " + bill.balance().words(), PdfText.font(12, Font.BOLD,
                PdfText.INK), 1));
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        return PdfText.cell(text, font, alignment);
    }

}
