package org.artclinic.clinic.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.artclinic.clinic.outcome.Change;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.patient.PatientSummary;
import org.artclinic.clinic.web.Formats;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * Backs {@code charting/progress.xhtml?patient=N[&from=yyyy-mm-dd&to=yyyy-mm-dd]}: the patient's
 * progress (decision 0033). Each chart is a Chart.js configuration handed to PrimeFaces
 * {@code p:chart} as its JSON {@code value}; the same rows make the table beside it, which is what a
 * screen reader reads (the canvas is an image). {@code from} is where a treatment plan's period
 * starts when the chart is opened from the plan.
 */
@Named
@RequestScoped
public class ProgressBacking {

    /** The colours of the lines: left, right, and the difference (dashed), readable on white. */
    private static final String LEFT = "#1d4ed8";
    private static final String RIGHT = "#b45309";
    private static final String DIFFERENCE = "#6b7280";

    @EJB
    private ProgressService service;

    @EJB
    private PatientService patients;

    @Inject
    private Formats formats;

    @Inject
    @Param(name = "patient")
    private Long patientId;

    @Inject
    @Param(name = "from")
    private String from;

    @Inject
    @Param(name = "to")
    private String to;

    private Progress progress;
    private PatientSummary summary;

    /** View action: the patient and period of the address; a wrong one gets a message, not an error page. */
    public void load() {
        if (patientId == null) {
            Messages.error("prog.noPatient");
            return;
        }
        LocalDate first;
        LocalDate last;
        try {
            first = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
            last = to == null || to.isBlank() ? null : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            Messages.error("prog.badDate");
            return;
        }
        progress = Messages.read(() -> service.of(patientId, first, last)).orElse(null);
        if (progress != null) {
            summary = patients.summary(patientId);
        }
    }

    public boolean isFound() {
        return progress != null;
    }

    public Progress getProgress() {
        return progress;
    }

    public PatientSummary getSummary() {
        return summary;
    }

    public Long getPatientId() {
        return patientId;
    }

    /** "from 2026-03-01 to today", or empty for the whole history. */
    public String getPeriod() {
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            return Messages.text("prog.periodAll");
        }
        return Messages.text("prog.period", from == null || from.isBlank() ? "–" : from.strip(),
                to == null || to.isBlank() ? Messages.text("prog.today") : to.strip());
    }

    /** A row's label on the chart and in the table: the clinic's date and where it was measured. */
    public String when(java.time.Instant at) {
        return formats.date(at);
    }

    public String source(ReadingSource source) {
        return Messages.text("prog.source." + source.name());
    }

    public String romCaption(RomSeries series) {
        return Messages.text(series.movement().sided() ? "prog.romCaption" : "prog.romCaptionMidline",
                series.movement().label(), series.normalDegrees());
    }

    public String outcomeCaption(OutcomeSeries series) {
        return Messages.text("prog.outcomeCaption", series.instrument().title());
    }

    /** The chart's text for a screen reader: what it shows, and that the table has its values. */
    public String chartOf(String what) {
        return Messages.text("prog.chartOf", what);
    }

    /** Left and right (or the midline value) of a movement, and their difference, as a line chart. */
    public String romChart(RomSeries series) {
        List<RomRow> rows = series.rows();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        if (series.movement().sided()) {
            datasets.add(dataset(Messages.text("prog.left"), LEFT, false, rows, RomRow::left));
            datasets.add(dataset(Messages.text("prog.right"), RIGHT, false, rows, RomRow::right));
            datasets.add(dataset(Messages.text("prog.difference"), DIFFERENCE, true, rows, RomRow::difference));
        } else {
            datasets.add(dataset(Messages.text("prog.midline"), LEFT, false, rows, RomRow::midline));
        }
        return chart(labels(rows.stream().map(r -> label(r.at(), r.source())).toList()), datasets,
                Messages.text("prog.degrees"), null);
    }

    public String painChart() {
        List<PainPoint> pain = progress.pain();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Messages.text("prog.pain"), RIGHT, false, pain, p -> p.value()));
        return chart(labels(pain.stream().map(p -> label(p.at(), p.source())).toList()), datasets,
                Messages.text("prog.painAxis"), 10);
    }

    public String outcomeChart(OutcomeSeries series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(series.instrument().title(), LEFT, false, series.scores(), s -> s.score()));
        return chart(labels(series.scores().stream().map(s -> formats.date(s.at())).toList()), datasets,
                Messages.text("prog.score"), null);
    }

    /** The change since the period's first score, in words, with its flag; empty for the first. */
    public String change(OutcomeSeries.Score score) {
        Change change = score.sinceFirst();
        return change == null ? Messages.text("prog.firstScore") : change.describe();
    }

    public String flag(OutcomeSeries.Score score) {
        return score.sinceFirst() == null ? "" : Messages.text("prog.flag." + score.sinceFirst().flag().name());
    }

    /** "12 (left lower)", or "–" when one side is missing. */
    public String difference(RomRow row) {
        if (row.difference() == null) {
            return "–";
        }
        return row.lowerSide() == null ? row.difference() + "°"
                : Messages.text("prog.lower", row.difference(), Messages.text("prog.side." + row.lowerSide().name()));
    }

    private String label(java.time.Instant at, ReadingSource source) {
        return formats.date(at) + " · " + source(source);
    }

    private static JsonArrayBuilder labels(List<String> labels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        labels.forEach(array::add);
        return array;
    }

    private static <T> JsonObjectBuilder dataset(String label, String colour, boolean dashed, List<T> rows,
            Function<T, Number> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (T row : rows) {
            Number number = value.apply(row);
            if (number == null) {
                data.addNull();
            } else if (number instanceof BigDecimal decimal) {
                data.add(decimal);
            } else {
                data.add(number.intValue());
            }
        }
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("spanGaps", true)
                .add("tension", 0.2).add("pointRadius", 4);
        if (dashed) {
            set.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("borderWidth", 1.5);
        }
        return set;
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, String axis, Integer max) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", axis));
        if (max != null) {
            y.add("max", max);
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }
}
