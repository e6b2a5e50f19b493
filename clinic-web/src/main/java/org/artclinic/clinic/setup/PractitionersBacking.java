package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code admin/practitioners.xhtml}: practitioners (add, edit, activate) and which one is
 * picked from the list. The picked practitioner's weekly hours are {@link WorkingHoursBacking}'s,
 * their time off {@link TimeOffBacking}'s; both follow {@link #getSelection()}. The credentials column
 * and dialog are {@link CredentialsBacking}'s.
 *
 * <p>As on the locations page, the list is a transient cache (the application is distributable),
 * read once per view and again after a change; the bean keeps ids, versions and typed input.
 */
@Named
@ViewScoped
public class PractitionersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DEFAULT_COLOUR = "#1f6f78";

    @Inject
    private ClinicSetupService setup;

    private transient List<Practitioner> practitioners;

    /** The practitioner whose hours and time off are shown, if one is picked. */
    private final Pick selection = new Pick();

    // the practitioner dialog
    private Long editId;
    private long editVersion;
    private String name;
    private Discipline discipline;
    private String npi;
    private String colour = DEFAULT_COLOUR;
    private String username;

    public List<Practitioner> getPractitioners() {
        if (practitioners == null) {
            practitioners = setup.practitioners();
        }
        return practitioners;
    }

    public List<Discipline> getDisciplines() {
        return Arrays.asList(Discipline.values());
    }

    public Practitioner getSelected() {
        return selection.getId() == null ? null
                : getPractitioners().stream().filter(p -> p.getId().equals(selection.getId())).findFirst().orElse(null);
    }

    /** The practitioner picked from the list, which the page's other parts follow. */
    public Pick getSelection() {
        return selection;
    }

    public void select(Practitioner practitioner) {
        selection.choose(practitioner.getId());
    }

    /** The user name of a practitioner's sign-in account, or empty. */
    public String username(Practitioner practitioner) {
        UserAccount account = practitioner.getUserAccount();
        return account == null ? "" : account.getUsername();
    }

    // ---- practitioners

    public void newPractitioner() {
        editId = null;
        editVersion = 0;
        name = null;
        discipline = null;
        npi = null;
        // a colour no active practitioner has, so the calendar's columns stay apart
        colour = PractitionerColours.forNew(getPractitioners().stream().filter(Practitioner::isActive)
                .map(Practitioner::getColour).toList());
        username = null;
    }

    public void edit(Practitioner practitioner) {
        editId = practitioner.getId();
        editVersion = practitioner.getVersion();
        name = practitioner.getDisplayName();
        discipline = practitioner.getDiscipline();
        npi = practitioner.getNpi();
        colour = practitioner.getColour();
        username = username(practitioner);
    }

    public boolean isEditing() {
        return editId != null;
    }

    public void savePractitioner() {
        if (discipline == null) {
            Messages.refuseKey("practitioners.disciplineRequired");
            return;
        }
        String shown = name == null ? "" : name.strip();
        if (Messages.change(() -> editId == null
                ? setup.createPractitioner(name, discipline, npi, colour, username)
                : setup.updatePractitioner(editId, editVersion, name, discipline, npi, colour, username),
                editId == null ? "practitioners.added" : "practitioners.saved", shown)) {
            practitioners = null;
        }
    }

    public void setActive(Practitioner practitioner, boolean active) {
        if (Messages.change(() -> {
            setup.setPractitionerActive(practitioner.getId(), active);
            return null;
        }, active ? "practitioners.activated" : "practitioners.deactivated", practitioner.getDisplayName())) {
            practitioners = null;
        }
    }

    // ---- form fields

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public String getNpi() {
        return npi;
    }

    public void setNpi(String npi) {
        this.npi = npi;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
