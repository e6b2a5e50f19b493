package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.util.List;
import java.util.OptionalInt;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.patient.PatientSummary;
import org.artclinic.clinic.web.Messages;

/**
 * The front desk's patient picker: the search behind the autocomplete, the chosen patient, and
 * what the desk needs to know about them at once (visits left on the authorization, copay). Each
 * page's backing bean holds one ({@code @Inject}); the markup is the {@code <clinic:patientPicker>}
 * tag file. Serializable with its view-scoped owner.
 */
@Dependent
public class PatientPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PatientService patients;

    private Patient patient;
    private List<Patient> suggestions = List.of();
    private String facts;

    /** The autocomplete's suggestions; kept so the converter can turn the chosen one back into a patient. */
    public List<Patient> complete(String query) {
        suggestions = Messages.readQuietly(() -> patients.search(query, 0, 10)).orElse(List.of());
        return suggestions;
    }

    /** After a patient is chosen in the autocomplete: the facts about them. */
    public void onSelect() {
        facts = patient == null ? null : facts(patients.summary(patient.getId()));
    }

    /** Shows the facts of a patient chosen elsewhere (e.g. a row of the day sheet); returns their summary. */
    public PatientSummary show(long patientId) {
        PatientSummary summary = patients.summary(patientId);
        patient = summary.patient();
        // the converter turns the submitted value back into a patient from the suggestions, so the
        // patient shown must be among them, or the next submit of the form would lose them
        suggestions = List.of(patient);
        facts = facts(summary);
        return summary;
    }

    /** Forgets the chosen patient, for the next booking or entry. */
    public void clear() {
        patient = null;
        facts = null;
    }

    static String facts(PatientSummary summary) {
        OptionalInt remaining = summary.remainingAuthorizedVisits();
        String visits = remaining.isPresent() ? Messages.text("calendar.patient.remainingVisits", remaining.getAsInt())
                : Messages.text("calendar.patient.noAuthorization");
        String copay = summary.copay() == null ? Messages.text("calendar.patient.noCopay")
                : Messages.text("calendar.patient.copay", summary.copay().format());
        return visits + " " + copay;
    }

    public Patient getPatient() {
        return patient;
    }

    public void setPatient(Patient patient) {
        this.patient = patient;
    }

    public List<Patient> getSuggestions() {
        return suggestions;
    }

    public String getFacts() {
        return facts;
    }
}
