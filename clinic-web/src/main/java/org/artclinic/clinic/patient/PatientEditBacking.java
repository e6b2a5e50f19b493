package org.artclinic.clinic.patient;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * Backs {@code patient/edit.xhtml}: registers a new patient ({@code edit.xhtml}) or edits one
 * ({@code edit.xhtml?id=N}). A new registration is first checked for possible duplicates; when
 * there are any the receptionist sees them and either opens that chart or confirms that this is
 * another person. An edit carries the version that was read, so a stale edit is refused.
 */
@Named
@ViewScoped
public class PatientEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An existing chart that looks like the person being registered, and why. */
    public record DuplicateRow(long id, String name, String chartNumber, LocalDate birthDate, String reasons)
            implements Serializable {

        static DuplicateRow of(PatientService.PossibleDuplicate duplicate) {
            Patient p = duplicate.patient();
            return new DuplicateRow(p.getId(), p.getFullName(), p.getChartNumber(), p.getBirthDate(),
                    String.join(", ", duplicate.reasons()));
        }
    }

    @Inject
    private ClinicClock clock;

    @Inject
    private PatientService patients;

    @Inject
    @Param(name = "id")
    private Long id;

    private long version;
    private String fullName;
    private boolean missing;
    private PatientForm form = new PatientForm();
    private List<DuplicateRow> duplicates = List.of();

    /** Reads the patient being edited (view action, on the first request only). */
    public void load() {
        if (id == null) {
            return;
        }
        Messages.read(() -> patients.find(id), "edit.noPatient").ifPresentOrElse(patient -> {
            version = patient.getVersion();
            fullName = patient.getFullName();
            form = PatientForm.of(patient.details());
        }, () -> missing = true);
    }

    public String save() {
        duplicates = List.of();
        if (isNew()) {
            // possible duplicates are shown for the receptionist to decide: nothing is saved yet
            Optional<List<PatientService.PossibleDuplicate>> found = Messages.read(
                    () -> patients.possibleDuplicates(form.toDetails()));
            if (found.isEmpty()) {
                return null;
            }
            if (!found.get().isEmpty()) {
                duplicates = found.get().stream().map(DuplicateRow::of).toList();
                return null;
            }
            return register(false);
        }
        return afterRedirect(Messages.changeReporting(() -> patients.update(id, version, form.toDetails()),
                saved -> Messages.text("edit.saved", saved.getFullName()), "edit.stale"));
    }

    /** The receptionist has seen the possible duplicates and says this is another person. */
    public String registerAnyway() {
        return register(true);
    }

    private String register(boolean confirmedNotDuplicate) {
        return afterRedirect(Messages.changeReporting(() -> patients.register(form.toDetails(), confirmedNotDuplicate),
                patient -> Messages.text("edit.registered", patient.getFullName(), patient.getChartNumber())));
    }

    /** The patient's page with the confirmation, once saved; else this form again with the refusal. */
    private static String afterRedirect(Optional<Patient> saved) {
        saved.ifPresent(patient -> Messages.keepForRedirect());
        return saved.map(PatientEditBacking::patientPage).orElse(null);
    }

    private static String patientPage(Patient patient) {
        return "/patient/patient?faces-redirect=true&id=" + patient.getId();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isMissing() {
        return missing;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public PatientForm getForm() {
        return form;
    }

    public List<DuplicateRow> getDuplicates() {
        return duplicates;
    }

    /** The years the birth date picker offers, e.g. "1896:2026". */
    public String getBirthYearRange() {
        int year = clock.today().getYear();
        return (year - 130) + ":" + year;
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public ContactChannel[] getContactChannels() {
        return ContactChannel.values();
    }
}
