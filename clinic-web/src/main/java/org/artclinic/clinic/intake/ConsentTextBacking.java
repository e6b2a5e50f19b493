package org.artclinic.clinic.intake;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.web.Formats;
import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code admin/consent.xhtml}: the informed-consent text, its versions, and publishing an
 * edit as the next version. The edit carries the version it started from, so an edit of a text
 * someone else has meanwhile replaced is refused instead of silently overwriting theirs.
 */
@Named
@ViewScoped
public class ConsentTextBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One published version. */
    public record VersionRow(int number, String publishedAt, String publishedBy, boolean requiresNewSignature,
            String body) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @EJB
    private IntakeService intakes;

    @EJB
    private ClinicSetupService setup;

    @Inject
    private Formats formats;

    private transient List<VersionRow> versions;

    /** The version the text being edited started from (0: none published yet). */
    private int editedVersion;
    private String body;
    private boolean requiresNewSignature;

    @PostConstruct
    void init() {
        startEditing();
    }

    private void startEditing() {
        List<VersionRow> all = getVersions();
        editedVersion = all.isEmpty() ? 0 : all.get(0).number();
        body = all.isEmpty() ? null : all.get(0).body();
        requiresNewSignature = false;
    }

    public List<VersionRow> getVersions() {
        if (versions == null) {
            List<ConsentText> all = intakes.consentTextVersions();
            // who published them, by the names people know them by: one query for the list
            Map<String, String> names = setup.peopleNames(all.stream().map(ConsentText::getPublishedBy).toList());
            versions = all.stream()
                    .map(text -> new VersionRow(text.getNumber(), formats.dateTime(text.getPublishedAt()),
                            names.getOrDefault(text.getPublishedBy(), text.getPublishedBy()),
                            text.isRequiresNewSignature(), text.getBody()))
                    .toList();
        }
        return versions;
    }

    public VersionRow getCurrent() {
        return getVersions().isEmpty() ? null : getVersions().get(0);
    }

    public void publish() {
        if (Messages.changeReporting(() -> intakes.publishConsentText(editedVersion, body, requiresNewSignature),
                published -> Messages.text("consentAdmin.published", published.getNumber())).isPresent()) {
            versions = null;
            startEditing();
        }
    }

    public int getEditedVersion() {
        return editedVersion;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isRequiresNewSignature() {
        return requiresNewSignature;
    }

    public void setRequiresNewSignature(boolean requiresNewSignature) {
        this.requiresNewSignature = requiresNewSignature;
    }
}
