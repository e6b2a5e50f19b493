package org.artclinic.clinic.patient;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.ClinicClock;
import org.omnifaces.util.Faces;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code patient/patients.xhtml}: the search box and a lazy, paged list of the patients it
 * finds ({@link PatientSearch} says what the box understands).
 *
 * <p>The search text is a patient's name, birth date or phone, so it never goes into the address:
 * addresses end up in the browser's history, in bookmarks and in server and proxy logs. The box
 * posts with ajax and the text lives in this view's state. To make "back" from a patient's page
 * show the same results, the page keeps the text in the browser's own state for that history
 * entry ({@code history.replaceState}, never sent anywhere) and searches again with it.
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

    @Inject
    private PatientService patients;

    /** Ages on the clinic's today, not the server's. */
    @Inject
    private ClinicClock clock;

    private String query;
    /** The table's first row: the paginator writes it (patients.xhtml binds {@code first}), a new search resets it. */
    private int first;

    private PatientRow selected;

    /** More patients match than were counted: the pages reach the first 1,000 and a hint asks for a longer search. */
    private boolean more;

    private final LazyDataModel<PatientRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long counted = patients.count(query);
            more = counted > PatientService.COUNTED_UP_TO;
            return Math.toIntExact(Math.min(counted, PatientService.COUNTED_UP_TO));
        }

        @Override
        public List<PatientRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            LocalDate today = clock.today();
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

    public boolean isMore() {
        return more;
    }

    /** Shows the results of what was typed, from the first page (the table is re-rendered by the ajax call). */
    public void search() {
        query = query == null ? null : query.strip();
        selected = null;
        first = 0; // back to the first page
    }

    /** A click on a row opens that patient's page. */
    public void open(SelectEvent<PatientRow> event) {
        Faces.redirect("patient/patient.xhtml?id=%s", event.getObject().id());
    }

    public LazyDataModel<PatientRow> getModel() {
        return model;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
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
