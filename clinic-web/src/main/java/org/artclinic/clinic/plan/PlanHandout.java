package org.artclinic.clinic.plan;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.artclinic.clinic.web.PdfText;

/**
 * The home-program handout of a plan, as a PDF (OpenPDF) the patient takes home: who it is for, the
 * course of visits and when progress is re-checked, the goals, and the exercises grouped by the
 * article's five aftercare kinds, each with its dose and how to do it. Plain words, large type,
 * one column: it is read at home, often on a phone. The text is set in {@link PdfText}'s embedded font.
 */
public final class PlanHandout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final Color INK = PdfText.INK;
    private static final Color TEAL = PdfText.TEAL;
    private static final Color GREY = PdfText.GREY;
    /** When to stop and call: our own words, shown on every handout. */
    static final String SAFETY = "Stop an exercise and call the clinic if pain becomes sharp or keeps rising, spreads "
            + "down an arm or leg, or you feel numbness, tingling or weakness that does not settle within a few minutes.";

    private PlanHandout() {
    }

    /** The handout of a plan, for a patient, written on a day. */
    public static byte[] of(TreatmentPlan plan, String patientName, LocalDate printedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Home program for " + patientName);
            document.addAuthor(plan.getPractitioner().getDisplayName());
            document.addCreator("ART Clinic");
            document.open();
            write(document, plan, patientName, printedOn);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void write(Document document, TreatmentPlan plan, String patientName, LocalDate printedOn)
            throws DocumentException {
        document.add(paragraph("Your home program", font(20, Font.BOLD, TEAL), 4));
        document.add(paragraph(patientName + " · with " + plan.getPractitioner().getDisplayName() + " · "
                + DAY.format(printedOn), font(11, Font.NORMAL, GREY), 14));

        document.add(paragraph("Your visits", font(14, Font.BOLD, INK), 4));
        document.add(paragraph(course(plan), font(12, Font.NORMAL, INK), 12));

        document.add(paragraph("What we are working towards", font(14, Font.BOLD, INK), 4));
        for (PlanGoal goal : plan.getGoals()) {
            document.add(paragraph("•  " + goal.words(), font(12, Font.NORMAL, INK), 2));
        }
        document.add(Chunk.NEWLINE);

        List<HomeExercise> exercises = plan.getHomeProgram();
        if (exercises.isEmpty()) {
            document.add(paragraph("No exercises yet: your practitioner will add them at your next visit.",
                    font(12, Font.ITALIC, GREY), 12));
        }
        for (AftercareCategory category : AftercareCategory.values()) {
            List<HomeExercise> ofKind = exercises.stream().filter(e -> e.getCategory() == category).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            document.add(paragraph(category.title(), font(14, Font.BOLD, TEAL), 2));
            document.add(paragraph(category.why(), font(11, Font.ITALIC, GREY), 6));
            for (HomeExercise exercise : ofKind) {
                Paragraph line = new Paragraph();
                line.add(new Chunk(exercise.getName(), font(12, Font.BOLD, INK)));
                line.add(new Chunk(" — " + exercise.getDose(), font(12, Font.NORMAL, INK)));
                line.setSpacingAfter(exercise.getInstructions() == null ? 8 : 2);
                document.add(line);
                if (exercise.getInstructions() != null) {
                    document.add(paragraph(exercise.getInstructions(), font(11, Font.NORMAL, INK), 8));
                }
            }
        }
        Paragraph safety = paragraph(SAFETY, font(11, Font.BOLD, INK), 0);
        safety.setSpacingBefore(12);
        document.add(safety);
    }

    /** "2 visits a week for 3 weeks (6 visits), from Tuesday 1 December 2026. We re-check your progress at visit 6." */
    static String course(TreatmentPlan plan) {
        StringBuilder text = new StringBuilder()
                .append(plan.getVisitsPerWeek()).append(plan.getVisitsPerWeek() == 1 ? " visit" : " visits")
                .append(" a week for ").append(plan.getWeeks()).append(plan.getWeeks() == 1 ? " week" : " weeks")
                .append(" (").append(plan.getPlannedVisits()).append(plan.getPlannedVisits() == 1 ? " visit" : " visits")
                .append("), from ").append(DAY.format(plan.getStartsOn())).append(". We re-check your progress");
        if (plan.getReEvaluateAfterVisits() != null) {
            text.append(" at visit ").append(plan.getReEvaluateAfterVisits());
        }
        if (plan.getReEvaluateOn() != null) {
            text.append(plan.getReEvaluateAfterVisits() != null ? " or" : "").append(" on ")
                    .append(DAY.format(plan.getReEvaluateOn()));
            if (plan.getReEvaluateAfterVisits() != null) {
                text.append(", whichever comes first");
            }
        }
        return text.append('.').toString();
    }

    private static Paragraph paragraph(String text, Font font, float spacingAfter) {
        Paragraph paragraph = PdfText.paragraph(text, font, spacingAfter);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    private static Font font(float size, int style, Color colour) {
        return PdfText.font(size, style, colour);
    }
}
