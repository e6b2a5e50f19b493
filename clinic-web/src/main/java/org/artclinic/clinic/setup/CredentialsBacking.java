package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.credential.Certification;
import org.artclinic.clinic.credential.CredentialCoverage;
import org.artclinic.clinic.credential.CredentialService;
import org.artclinic.clinic.credential.CredentialWarning;
import org.artclinic.clinic.credential.Credentials;
import org.artclinic.clinic.credential.CredentialsRequest;
import org.artclinic.clinic.credential.CredentialsRequest.CertificationRequest;
import org.artclinic.clinic.credential.Licence;
import org.artclinic.clinic.credential.UsStates;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.web.Messages;

/**
 * The credentials part of {@code admin/practitioners.xhtml}: the warning chips of the list (what runs
 * out within 60 days or has run out, read once per view by the expiry indexes) and the credentials
 * dialog of one practitioner, the licence and one row per ART certification, saved as a whole with
 * the version read. The page builds the same {@link CredentialsRequest} as the REST API.
 */
@Named
@ViewScoped
public class CredentialsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One certification being edited in the dialog. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private RegionGroup course;
        private LocalDate certifiedOn;
        private LocalDate expiresOn;

        Row(RegionGroup course, LocalDate certifiedOn, LocalDate expiresOn) {
            this.course = course;
            this.certifiedOn = certifiedOn;
            this.expiresOn = expiresOn;
        }

        public RegionGroup getCourse() {
            return course;
        }

        public void setCourse(RegionGroup course) {
            this.course = course;
        }

        public LocalDate getCertifiedOn() {
            return certifiedOn;
        }

        public void setCertifiedOn(LocalDate certifiedOn) {
            this.certifiedOn = certifiedOn;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }

    @EJB
    private CredentialService credentials;

    @Inject
    private ClinicClock clock;

    /** Warnings per practitioner id; a transient cache, read again after a save. */
    private transient java.util.Map<Long, List<CredentialWarning>> warnings;

    // the dialog
    private Long practitionerId;
    private String practitionerName;
    private long version;
    private Discipline profession;
    private String licenceNumber;
    private String licenceState;
    private LocalDate licenceExpiresOn;
    private List<Row> rows = new ArrayList<>();

    /** What of this practitioner's credentials runs out within 60 days, or has run out. */
    public List<CredentialWarning> warnings(Practitioner practitioner) {
        if (warnings == null) {
            warnings = credentials.warnings();
        }
        return warnings.getOrDefault(practitioner.getId(), List.of());
    }

    /** Opens the dialog on a practitioner's credentials as saved now. */
    public void open(Practitioner practitioner) {
        Messages.read(() -> credentials.credentials(practitioner.getId())).ifPresent(this::show);
    }

    private void show(Credentials read) {
        practitionerId = read.practitioner().getId();
        practitionerName = read.practitioner().getDisplayName();
        version = read.version();
        Licence licence = read.licence();
        profession = licence == null ? read.practitioner().getDiscipline() : licence.getProfession();
        licenceNumber = licence == null ? null : licence.getNumber();
        licenceState = licence == null ? null : licence.getState();
        licenceExpiresOn = licence == null ? null : licence.getExpiresOn();
        rows = new ArrayList<>();
        for (Certification c : read.certifications()) {
            rows.add(new Row(c.getCourse(), c.getCertifiedOn(), c.getExpiresOn()));
        }
    }

    /** A new row for the first course not listed yet. */
    public void addCertification() {
        RegionGroup next = Arrays.stream(RegionGroup.values())
                .filter(g -> rows.stream().noneMatch(r -> r.getCourse() == g)).findFirst().orElse(null);
        rows.add(new Row(next, null, null));
    }

    public void removeCertification(Row row) {
        rows.remove(row);
    }

    public void save() {
        if (practitionerId == null) {
            return;
        }
        CredentialsRequest request = new CredentialsRequest(profession, licenceNumber, licenceState,
                licenceExpiresOn, rows.stream()
                        .map(r -> new CertificationRequest(r.getCourse(), r.getCertifiedOn(), r.getExpiresOn()))
                        .toList());
        Messages.changeReporting(() -> credentials.save(practitionerId, version, request),
                saved -> Messages.text("credentials.saved", practitionerName)).ifPresent(saved -> {
                    show(saved);
                    warnings = null;
                });
    }

    /** How a certification row stands today, in words: "Current", "Expires in 23 days", "Expired". */
    public String status(Row row) {
        if (row.getExpiresOn() == null) {
            return "";
        }
        LocalDate today = clock.today();
        long days = ChronoUnit.DAYS.between(today, row.getExpiresOn());
        if (days < 0) {
            return Messages.text("credentials.expired");
        }
        if (row.getCertifiedOn() != null && row.getCertifiedOn().isAfter(today)) {
            return Messages.text("credentials.notYet");
        }
        return CredentialCoverage.needsWarning(row.getExpiresOn(), today)
                ? Messages.text("credentials.expiresIn", days)
                : Messages.text("credentials.current");
    }

    public List<RegionGroup> getCourses() {
        return Arrays.asList(RegionGroup.values());
    }

    public String courseName(RegionGroup course) {
        return course == null ? "" : Certification.courseName(course);
    }

    public List<String> getStates() {
        return UsStates.sorted();
    }

    /** The dialog's title: "Credentials of Dr. Priya Raman". */
    public String getTitle() {
        return practitionerName == null ? "" : Messages.text("credentials.dialog", practitionerName);
    }

    public List<Row> getRows() {
        return rows;
    }

    public Discipline getProfession() {
        return profession;
    }

    public void setProfession(Discipline profession) {
        this.profession = profession;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public String getLicenceState() {
        return licenceState;
    }

    public void setLicenceState(String licenceState) {
        this.licenceState = licenceState;
    }

    public LocalDate getLicenceExpiresOn() {
        return licenceExpiresOn;
    }

    public void setLicenceExpiresOn(LocalDate licenceExpiresOn) {
        this.licenceExpiresOn = licenceExpiresOn;
    }
}
