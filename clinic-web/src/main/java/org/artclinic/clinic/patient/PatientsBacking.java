package org.artclinic.clinic.patient;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code patient/patients.xhtml}: the search box and a lazy, paged list of the patients it
 * finds ({@link PatientSearch} says what the box understands). The search text travels in the
 * address ({@code ?q=}), so a search can be bookmarked, reloaded and reached with the back button.
 */
@Named
@ViewScoped
public class PatientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One line of the list; a small value so that the view state holds no entities. Pages read
     * records with method calls ({@code #{row.name()}}): Jakarta EL 5 has no record properties.
     */
    public record PatientRow(long id, String chartNumber, String name, LocalDate birthDate, int age, String phone,
            String email) implements Serializable {

        static PatientRow of(Patient patient, LocalDate today) {
            return new PatientRow(patient.getId(), patient.getChartNumber(), patient.getSortName(),
                    patient.getBirthDate(), patient.ageOn(today), patient.getPhone(), patient.getEmail());
        }
    }

    @EJB
    private PatientService patients;

    @Inject
    @Param(name = "q")
    private String searchParameter;

    private String query;

    private PatientRow selected;

    private final LazyDataModel<PatientRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(patients.count(query));
        }

        @Override
        public List<PatientRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            LocalDate today = LocalDate.now();
            return patients.search(query, first, pageSize).stream().map(p -> PatientRow.of(p, today)).toList();
        }

        @Override
        public String getRowKey(PatientRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public PatientRow getRowData(String rowKey) {
            List<PatientRow> rows = getWrappedData();
            return rows == null ? null
                    : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
        }
    };

    @PostConstruct
    void init() {
        query = searchParameter == null ? null : searchParameter.strip();
    }

    /** Shows the results of what was typed, from the first page, at an address that can be bookmarked. */
    public String search() {
        String text = query == null ? "" : query.strip();
        return "/patient/patients?faces-redirect=true"
                + (text.isEmpty() ? "" : "&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    /** A click on a row opens that patient's page. */
    public void open(SelectEvent<PatientRow> event) {
        Faces.redirect("patient/patient.xhtml?id=%s", event.getObject().id());
    }

    public LazyDataModel<PatientRow> getModel() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public PatientRow getSelected() {
        return selected;
    }

    public void setSelected(PatientRow selected) {
        this.selected = selected;
    }
}
