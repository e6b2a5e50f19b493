package org.artclinic.clinic.web;

import java.awt.Color;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;

/**
 * Text for the PDFs the clinic prints (the home-program handout, the superbill), set in Liberation
 * Sans, which OpenPDF carries and embeds, so that names such as Małgorzata Dvořák print as written
 * (the standard PDF fonts know only Western European letters).
 */
public final class PdfText {

    public static final Color INK = new Color(0x1f, 0x2d, 0x36);
    public static final Color TEAL = new Color(0x1f, 0x6f, 0x78);
    public static final Color GREY = new Color(0x5b, 0x67, 0x70);

    private PdfText() {
    }

    public static Font font(float size, int style, Color colour) {
        return new Font(Embedded.FONT, size, style, colour);
    }

    public static Paragraph paragraph(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(spacingAfter);
        paragraph.setLeading(font.getSize() * 1.35f);
        return paragraph;
    }

    /** The embedded font, read once (it is 400 kB). */
    /** A table cell with the text, padded, with the pages' light border. */
    public static com.lowagie.text.pdf.PdfPCell cell(String text, Font font, int alignment) {
        com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell(new com.lowagie.text.Phrase(
                text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xcc, 0xd3, 0xd8));
        return cell;
    }

    /** A postal address on one line: "1200 W Madison St, Suite 2, Chicago, IL 60607". */
    public static String address(org.artclinic.clinic.common.Address a) {
        return a.getLine1() + (a.getLine2() == null ? "" : ", " + a.getLine2()) + ", " + a.getCity() + ", "
                + a.getRegion() + " " + a.getPostalCode();
    }

    private static final class Embedded {
        static final BaseFont FONT = load();

        private static BaseFont load() {
            try {
                return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED);
            } catch (DocumentException | java.io.IOException e) {
                throw new IllegalStateException("OpenPDF's Liberation Sans font is missing: " + e.getMessage(), e);
            }
        }
    }
}
