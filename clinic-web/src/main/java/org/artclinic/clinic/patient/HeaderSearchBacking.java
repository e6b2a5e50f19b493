package org.artclinic.clinic.patient;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.web.Messages;

/**
 * Backs the patient search in the header of every signed-in page
 * ({@code WEB-INF/templates/patient-search.xhtml}): the matches for what was typed so far, by the
 * same index-backed {@link PatientService#search} as the patient list, and the chart of the one
 * picked.
 */
@Named
@RequestScoped
public class HeaderSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many matches the list under the field shows; more typing narrows it. */
    static final int MATCHES = 8;

    /** One match: the name to pick, and the facts that tell two Maria Garcias apart. */
    public record Hit(long id, String name, String facts) implements Serializable {
    }

    @Inject
    private PatientService patients;

    private Long chosenId;

    public List<Hit> complete(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return patients.search(text, 0, MATCHES).stream()
                .map(p -> new Hit(p.getId(), p.getFullName(),
                        Messages.text("headerSearch.facts", String.valueOf(p.getBirthDate()), p.getChartNumber())))
                .toList();
    }

    /** Opens the chart of the patient picked (ajax: answered with a redirect). */
    public void open() throws IOException {
        if (chosenId == null) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/patient/patient.xhtml?id=" + chosenId);
    }

    public Long getChosenId() {
        return chosenId;
    }

    public void setChosenId(Long chosenId) {
        this.chosenId = chosenId;
    }
}
