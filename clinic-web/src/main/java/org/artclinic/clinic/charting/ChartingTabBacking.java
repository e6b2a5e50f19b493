package org.artclinic.clinic.charting;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.patient.PatientBacking;
import org.omnifaces.cdi.Param;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The Charting tab of {@code patient/patient.xhtml?id=N}, for practitioners: the patient's visit
 * notes, newest visit first, a page at a time (a patient in care for years has hundreds), each
 * one click from the note.
 */
@Named
@ViewScoped
public class ChartingTabBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final int EXCERPT = 140;

    /** One note as the list shows it. */
    public record NoteRow(long id, String visit, String practitioner, NoteStatus status, boolean late,
            String assessment) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @EJB
    private VisitNoteService notes;

    @Inject
    @Param(name = "id")
    private Long patientId;

    @Inject
    private PatientBacking patientPage;

    private final LazyDataModel<NoteRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return patientId == null ? 0 : Math.toIntExact(notes.countOfPatient(patientId));
        }

        @Override
        public List<NoteRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return patientId == null ? List.of() : notes.ofPatient(patientId, first, pageSize).stream()
                    .map(ChartingTabBacking::row).toList();
        }

        @Override
        public String getRowKey(NoteRow row) {
            return String.valueOf(row.id());
        }
    };

    private static NoteRow row(VisitNote note) {
        String assessment = note.getSoap().assessment();
        if (assessment != null && assessment.length() > EXCERPT) {
            assessment = assessment.substring(0, EXCERPT - 1) + "…";
        }
        return new NoteRow(note.getId(),
                DAY.format(note.getVisitStartsAt().atZone(note.getAppointment().getLocation().getZone())),
                note.getPractitioner().getDisplayName(), note.getStatus(), note.isLate(), assessment);
    }

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

    public LazyDataModel<NoteRow> getModel() {
        return model;
    }
}
