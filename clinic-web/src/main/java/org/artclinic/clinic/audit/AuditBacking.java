package org.artclinic.clinic.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code admin/audit.xhtml}, the audit report (ONC 170.315(d)(3)): the events of a period
 * (the last 7 days by default), filtered by user, patient (by chart number) and action, read a page
 * at a time newest first; and the verification of the hash chain.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditReport report;

    @Inject
    private ClinicClock clock;

    private LocalDate from;
    private LocalDate to;
    private String user;
    private String chartNumber;
    private AuditAction action;
    private AuditFilter filter;
    /** Whether more events match than the report counts ({@link AuditReport#COUNT_LIMIT}), as last read. */
    private boolean moreThanShown;
    /** The order the table shows, which the exports keep. */
    private AuditReport.Order order = AuditReport.Order.NEWEST_FIRST;

    private final LazyDataModel<AuditReport.Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            AuditReport.Total total = Messages.read(() -> report.total(filter())).orElse(new AuditReport.Total(0, true));
            moreThanShown = !total.exact();
            return Math.toIntExact(total.count());
        }

        @Override
        public List<AuditReport.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            order = orderOf(sortBy);
            return Messages.read(() -> report.rows(filter(), order, first, pageSize)).orElse(List.of());
        }

        @Override
        public String getRowKey(AuditReport.Row row) {
            return String.valueOf(row.event().getId());
        }
    };

    /** Applies the filters typed; a chart number no patient has is said, and shows nothing. */
    public void apply() {
        filter = null;
        filter();
    }

    public void clear() {
        from = null;
        to = null;
        user = null;
        chartNumber = null;
        action = null;
        filter = null;
    }

    private AuditFilter filter() {
        if (filter == null) {
            LocalDate first = from == null ? clock.today().minusDays(7) : from;
            Instant start = first.atStartOfDay(clock.zone()).toInstant();
            Instant end = to == null ? null : to.plusDays(1).atStartOfDay(clock.zone()).toInstant();
            Long patient = null;
            if (chartNumber != null && !chartNumber.isBlank()) {
                patient = Messages.read(() -> report.patientOfChart(chartNumber)).flatMap(found -> found).orElse(-1L);
                if (patient == -1L) {
                    Messages.error("audit.noPatient", chartNumber.strip());
                }
            }
            filter = new AuditFilter(start, end, user == null || user.isBlank() ? null : user.strip(), patient, action);
        }
        return filter;
    }

    /** Whether more events match the filters than the table's pages reach. */
    public boolean isMoreThanShown() {
        return moreThanShown;
    }

    /** How many events the table's pages reach at most, for the page to say. */
    public int getCountLimit() {
        return AuditReport.COUNT_LIMIT;
    }

    /** Whether the report shows one patient's rows, so that their access report can be made. */
    public boolean isOnePatient() {
        Long patient = filter().patientId();
        return patient != null && patient > 0;
    }

    /**
     * The shown patient's access history for the shown period as a PDF to give them; read when the
     * button is pressed, so the PDF holds what the filter shows then.
     */
    public org.primefaces.model.StreamedContent getAccessReport() {
        AuditFilter shown = filter();
        if (shown.patientId() == null || shown.patientId() <= 0) {
            return null;
        }
        byte[] pdf = AccessReportPdf.of(report.accessHistory(shown.patientId(), shown.from(), shown.to()),
                clock.zone());
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("access-report-" + chartNumber.strip() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new java.io.ByteArrayInputStream(pdf))
                .build();
    }

    /**
     * The table's sort as the report's order: by user (A to Z, then newest first), or by time; no sort
     * is newest first.
     */
    static AuditReport.Order orderOf(Map<String, SortMeta> sortBy) {
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() == null || sort.getOrder().isUnsorted()) {
                continue;
            }
            if ("user".equals(sort.getField())) {
                return AuditReport.Order.BY_USER;
            }
            if ("at".equals(sort.getField())) {
                return sort.getOrder().isAscending() ? AuditReport.Order.OLDEST_FIRST : AuditReport.Order.NEWEST_FIRST;
            }
        }
        return AuditReport.Order.NEWEST_FIRST;
    }

    /** Every row of the filtered period (not only the page shown), in the order shown, as CSV. */
    public org.primefaces.model.StreamedContent getPeriodCsv() {
        return download("csv", "text/csv;charset=UTF-8", AuditExport::csv);
    }

    /** Every row of the filtered period, in the order shown, as an Excel workbook. */
    public org.primefaces.model.StreamedContent getPeriodXlsx() {
        return download("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AuditExport::xlsx);
    }

    /** How a file is written from the chunks the report hands over. */
    @FunctionalInterface
    private interface FileWriter {
        void write(java.io.OutputStream out, java.time.ZoneId zone,
                java.util.function.Consumer<java.util.function.Consumer<List<AuditReport.Row>>> rows);
    }

    private org.primefaces.model.StreamedContent download(String extension, String type, FileWriter writer) {
        AuditFilter shown = filter();
        AuditReport.Order sorted = order;
        java.time.ZoneId zone = clock.zone();
        AuditReport exporter = report;
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("audit-trail-" + clock.today() + "." + extension)
                .contentType(type)
                .writer(out -> writer.write(out, zone, sink -> exporter.exportEvents(shown, sorted, sink::accept)))
                .build();
    }

    /** Verifies the hash chain and says what it found. */
    public void verify() {
        Messages.read(() -> report.verify()).ifPresent(v -> {
            if (v.intact()) {
                Messages.info("audit.intact", v.checked());
            } else {
                AuditChain.Break broken = v.broken().orElseThrow();
                Messages.error("audit.broken", broken.position(), broken.eventId(), broken.reason());
            }
        });
    }

    public String words(AuditAction a) {
        return Messages.text("audit.action." + a.name());
    }

    public String words(AuditOutcome o) {
        return Messages.text("audit.outcome." + o.name());
    }

    /**
     * Where in the application, as shown in the table: a line may break after each dot
     * ("PatientService." / "find"), not inside a name, as it did in a column of the report's width.
     */
    public String breakable(String source) {
        return source == null ? "" : source.replace(".", ".\u200B");
    }

    public LazyDataModel<AuditReport.Row> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getChartNumber() {
        return chartNumber;
    }

    public void setChartNumber(String chartNumber) {
        this.chartNumber = chartNumber;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }
}
