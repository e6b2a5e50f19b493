package org.artclinic.clinic.outcome;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.artclinic.clinic.intake.ComplaintRegion;
import org.artclinic.clinic.intake.IntakeAssessment;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.intake.RegionWords;
import org.artclinic.clinic.patient.PatientBacking;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.web.Formats;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs the Outcome measures tab of {@code patient/patient.xhtml?id=N}: the questionnaire that fits
 * the regions of the patient's latest intake (the numeric pain rating when there is none), buttons
 * to administer every instrument, and, for practitioners, the history of one instrument at a time
 * (lazily paged, with the change since the previous and the first administration judged against
 * the MCID) and its scores over time as a line chart. The front desk may administer but not read
 * the history, as {@link OutcomeService} decides.
 */
@Named
@ViewScoped
public class OutcomesTabBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter CHART_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** One administration as the history table shows it. */
    public record HistoryRow(long id, String when, String by, String score, String unscorableReason,
            String sincePrevious, ChangeFlag flag, String sinceFirst) implements Serializable {
    }

    /** An instrument the patient has answered, and how often. */
    public record Recorded(Instrument instrument, long count) implements Serializable {
    }

    @EJB
    private OutcomeService outcomes;

    @EJB
    private IntakeService intakes;

    @EJB
    private ClinicSetupService setup;

    @Inject
    private Formats formats;

    @Inject
    @Param(name = "id")
    private Long patientId;

    @Inject
    private PatientBacking patientPage;

    private boolean loaded;
    private boolean practitioner;
    private List<Instrument> suggested = List.of();
    private String intakeRegions;
    private String intakeDate;
    private List<Recorded> recorded = List.of();
    private Instrument selected;

    private transient String chart;

    private final LazyDataModel<HistoryRow> history = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return selected == null ? 0 : Math.toIntExact(outcomes.count(patientId, selected));
        }

        @Override
        public List<HistoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (selected == null) {
                return List.of();
            }
            List<OutcomeEntry> page = outcomes.history(patientId, selected, first, pageSize);
            // who recorded them, by the names people know them by: one query for the page
            Map<String, String> names = setup.peopleNames(page.stream().map(e -> e.measure().getAdministeredBy())
                    .toList());
            return page.stream().map(entry -> row(entry, names)).toList();
        }

        @Override
        public String getRowKey(HistoryRow row) {
            return String.valueOf(row.id());
        }
    };

    /** Reads what the tab shows once per view: the suggestion and which instruments have a history. */
    private void load() {
        if (loaded || patientId == null) {
            return;
        }
        loaded = true;
        practitioner = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.PRACTITIONER);
        if (!practitioner) {
            // the intake and the history are the practitioner's; the desk picks what was asked for
            return;
        }
        List<IntakeAssessment> all = intakes.intakes(patientId);
        if (all.isEmpty()) {
            suggested = Instrument.suggestedFor(List.of());
        } else {
            IntakeAssessment latest = all.get(0);
            suggested = Instrument.suggestedFor(latest.getRegions().stream().map(ComplaintRegion::getRegion).toList());
            intakeRegions = latest.getRegions().stream().map(ComplaintRegion::getRegion).distinct()
                    .map(RegionWords::of).collect(Collectors.joining(", "));
            intakeDate = formats.dateTime(latest.getAssessedAt());
        }
        List<Recorded> found = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            long count = outcomes.count(patientId, instrument);
            if (count > 0) {
                found.add(new Recorded(instrument, count));
            }
        }
        recorded = List.copyOf(found);
        if (!recorded.isEmpty()) {
            // the instrument answered most recently
            selected = outcomes.history(patientId, null, 0, 1).get(0).measure().getInstrument();
        }
    }

    private HistoryRow row(OutcomeEntry entry, Map<String, String> names) {
        OutcomeMeasure measure = entry.measure();
        Change previous = entry.sincePrevious();
        Change first = Objects.equals(entry.sinceBaseline(), previous) ? null : entry.sinceBaseline();
        return new HistoryRow(measure.getId(), formats.dateTime(measure.getAdministeredAt()),
                names.getOrDefault(measure.getAdministeredBy(), measure.getAdministeredBy()), OutcomeWords.score(measure.getInstrument(), measure.getScore()),
                measure.getUnscorableReason(), OutcomeWords.change(previous),
                previous == null ? null : previous.flag(), OutcomeWords.change(first));
    }

    /**
     * The selected instrument's scores over time (oldest first, at most the service's page size) as
     * a Chart.js line chart configuration for {@code p:chart}; null when nothing is scored yet.
     */

    /**
     * The tab is rendered when first opened (patient.xhtml's dynamic tabView), in an ajax post whose
     * address has no id: the patient is then the page's.
     */
    @PostConstruct
    void patientOfThePage() {
        if (patientId == null) {
            patientId = patientPage.getId();
        }
    }

    public String getChart() {
        load();
        if (chart == null && selected != null) {
            List<OutcomeEntry> newestFirst = new ArrayList<>(
                    outcomes.history(patientId, selected, 0, OutcomeService.MAX_PAGE));
            Collections.reverse(newestFirst);
            JsonArrayBuilder labels = Json.createArrayBuilder();
            JsonArrayBuilder scores = Json.createArrayBuilder();
            int points = 0;
            for (OutcomeEntry entry : newestFirst) {
                OutcomeMeasure measure = entry.measure();
                if (measure.isScored()) {
                    Instant at = measure.getAdministeredAt();
                    labels.add(CHART_DATE.format(at.atZone(formats.zone())));
                    scores.add(measure.getScore());
                    points++;
                }
            }
            if (points == 0) {
                return null;
            }
            String title = Messages.text("outcome.tab.chartTitle") + " - " + selected.title() + ". "
                    + Messages.text("outcome.tab.chartBetter." + selected.direction().name());
            chart = Json.createObjectBuilder()
                    .add("type", "line")
                    .add("data", Json.createObjectBuilder()
                            .add("labels", labels)
                            .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                    .add("label", selected.name())
                                    .add("data", scores)
                                    .add("fill", false)
                                    .add("borderColor", "#2563eb")
                                    .add("backgroundColor", "#2563eb")
                                    .add("tension", 0))))
                    .add("options", Json.createObjectBuilder()
                            .add("animation", false)
                            .add("scales", Json.createObjectBuilder()
                                    .add("y", Json.createObjectBuilder()
                                            .add("min", selected.minScore())
                                            .add("max", selected.maxScore())))
                            .add("plugins", Json.createObjectBuilder()
                                    .add("legend", Json.createObjectBuilder().add("display", false))
                                    .add("title", Json.createObjectBuilder().add("display", true).add("text", title))))
                    .build().toString();
        }
        return chart;
    }

    /** How a button names an instrument: "Neck Disability Index (NDI)", but "QuickDASH" once. */
    public String label(Instrument instrument) {
        return instrument.title().equalsIgnoreCase(instrument.name()) ? instrument.title()
                : Messages.text("outcome.tab.instrument", instrument.title(), instrument.name());
    }

    /** Shows another instrument's history (ajax). */
    public void setSelected(Instrument selected) {
        this.selected = selected;
        this.chart = null;
    }

    public Instrument getSelected() {
        load();
        return selected;
    }

    public boolean isPractitioner() {
        load();
        return practitioner;
    }

    public List<Instrument> getSuggested() {
        load();
        return suggested;
    }

    /** Every instrument that is not suggested (all of them for the front desk). */
    public List<Instrument> getOthers() {
        load();
        List<Instrument> others = new ArrayList<>(List.of(Instrument.values()));
        others.removeAll(suggested);
        return others;
    }

    /** The regions of the latest intake in words, null when there is no intake. */
    public String getIntakeRegions() {
        load();
        return intakeRegions;
    }

    public String getIntakeDate() {
        load();
        return intakeDate;
    }

    public List<Recorded> getRecorded() {
        load();
        return recorded;
    }

    public LazyDataModel<HistoryRow> getHistory() {
        load();
        return history;
    }

    public Long getPatientId() {
        return patientId;
    }
}
