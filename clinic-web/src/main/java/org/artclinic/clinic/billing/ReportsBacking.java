package org.artclinic.clinic.billing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code billing/reports.xhtml}: for a period (this month by default) and a location (all by
 * default), the revenue by practitioner, code, payer or month with units per visit; the A/R aging by
 * payer or patient; no-show and late-cancellation rates. Each is one grouped query
 * ({@link ReportService}), shown as a chart and a table that p:dataExporter writes as xlsx, csv or pdf.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;

    @EJB
    private ClinicSetupService setup;

    @Inject
    private ClinicClock clock;

    private LocalDate from;
    private LocalDate to;
    private Long locationId;
    private ReportService.RevenueBy revenueBy = ReportService.RevenueBy.PRACTITIONER;
    private ReportService.AgingBy agingBy = ReportService.AgingBy.PAYER;

    private transient List<Revenue> revenue;
    private transient ArAging aging;
    private transient List<Attendance> attendance;

    /** Runs the reports again with the filters as chosen. */
    public void apply() {
        revenue = null;
        aging = null;
        attendance = null;
    }

    private LocalDate first() {
        return from == null ? clock.today().withDayOfMonth(1) : from;
    }

    private LocalDate last() {
        return to == null ? clock.today() : to;
    }

    public List<Revenue> getRevenue() {
        if (revenue == null) {
            revenue = Messages.read(() -> reports.revenue(revenueBy, first(), last(), locationId)).orElse(List.of());
        }
        return revenue;
    }

    public ArAging getAging() {
        if (aging == null) {
            aging = Messages.read(() -> reports.arAging(agingBy, locationId)).orElse(null);
        }
        return aging;
    }

    public List<ArAging.Row> getAgingRows() {
        return getAging() == null ? List.of() : getAging().rows();
    }

    public List<Attendance> getAttendance() {
        if (attendance == null) {
            attendance = Messages.read(() -> reports.attendance(first(), last(), locationId)).orElse(List.of());
        }
        return attendance;
    }

    public AgingBucket[] getBuckets() {
        return AgingBucket.values();
    }

    /** The revenue as a bar chart (Chart.js configuration): charged and paid per row. */
    public String getRevenueChart() {
        List<Revenue> rows = getRevenue();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.name()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Messages.text("reports.charged"), "#1f6f78", rows, r -> r.charged().amount()));
        if (revenueBy != ReportService.RevenueBy.CODE) {
            datasets.add(dataset(Messages.text("reports.paidSoFar"), "#c2410c", rows,
                    r -> r.paid() == null ? java.math.BigDecimal.ZERO : r.paid().amount()));
        }
        return bars(labels, datasets);
    }

    /** The A/R aging as a stacked bar chart: each payer's (or patient's) balance by bucket. */
    public String getAgingChart() {
        List<ArAging.Row> rows = getAgingRows().stream().limit(15).toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.name()));
        String[] colours = {"#1f6f78", "#4d9aa3", "#d9a21b", "#c2410c", "#7f1d1d"};
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (AgingBucket bucket : AgingBucket.values()) {
            datasets.add(dataset(bucket.label() + " " + Messages.text("reports.days"), colours[bucket.ordinal()], rows,
                    r -> r.buckets().get(bucket).amount()));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    private static <T> jakarta.json.JsonObjectBuilder dataset(String label, String colour, List<T> rows,
            Function<T, java.math.BigDecimal> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.apply(r)));
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("data", data);
    }

    private static String bars(JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    /** A row's balance in a bucket, e.g. {@code amount(row, 'DAYS_31_60')}. */
    public String amount(ArAging.Row row, String bucket) {
        return row.buckets().get(AgingBucket.valueOf(bucket)).format();
    }

    public String total(String bucket) {
        return getAging() == null ? "" : getAging().totals().get(AgingBucket.valueOf(bucket)).format();
    }

    public String rate(java.math.BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + " %";
    }

    public List<Location> getLocations() {
        return setup.locations();
    }

    public ReportService.RevenueBy[] getRevenueGroupings() {
        return ReportService.RevenueBy.values();
    }

    public ReportService.AgingBy[] getAgingGroupings() {
        return ReportService.AgingBy.values();
    }

    public LocalDate getFrom() {
        return first();
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return last();
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public ReportService.RevenueBy getRevenueBy() {
        return revenueBy;
    }

    public void setRevenueBy(ReportService.RevenueBy revenueBy) {
        this.revenueBy = revenueBy == null ? ReportService.RevenueBy.PRACTITIONER : revenueBy;
    }

    public ReportService.AgingBy getAgingBy() {
        return agingBy;
    }

    public void setAgingBy(ReportService.AgingBy agingBy) {
        this.agingBy = agingBy == null ? ReportService.AgingBy.PAYER : agingBy;
    }
}
