package org.artclinic.clinic.credential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.setup.Practitioner;

/**
 * One practitioner's licence and ART certifications, edited together (one version for both: an
 * administrator saves the credentials as a whole).
 */
@Entity
@Table(name = "practitioner_credentials")
@NamedQuery(name = PractitionerCredentials.OF_PRACTITIONER,
        query = "SELECT c FROM PractitionerCredentials c WHERE c.practitioner.id = :practitioner")
@NamedQuery(name = PractitionerCredentials.LICENCE_EXPIRING,
        query = "SELECT c FROM PractitionerCredentials c JOIN FETCH c.practitioner "
                + "WHERE c.licence.expiresOn <= :horizon")
@NamedQuery(name = PractitionerCredentials.CERTIFICATION_EXPIRING,
        query = "SELECT DISTINCT c FROM PractitionerCredentials c JOIN c.certifications k "
                + "JOIN FETCH c.practitioner WHERE k.expiresOn <= :horizon")
public class PractitionerCredentials extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** A practitioner's credentials: the unique key on practitioner_id serves it. */
    public static final String OF_PRACTITIONER = "PractitionerCredentials.ofPractitioner";
    /** Credentials whose licence expires by :horizon (or has expired): index ix_credentials_licence_expiry. */
    public static final String LICENCE_EXPIRING = "PractitionerCredentials.licenceExpiring";
    /** Credentials with a certification expiring by :horizon: index ix_certification_expiry. */
    public static final String CERTIFICATION_EXPIRING = "PractitionerCredentials.certificationExpiring";

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practitioner_id", nullable = false, unique = true, updatable = false)
    private Practitioner practitioner;

    /** Null while none is on record: the practitioner may not chart then. */
    @Embedded
    private Licence licence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practitioner_certification", joinColumns = @JoinColumn(name = "credentials_id"))
    private List<Certification> certifications = new ArrayList<>();

    protected PractitionerCredentials() {
    }

    public PractitionerCredentials(Practitioner practitioner, Licence licence, List<Certification> certifications) {
        if (practitioner == null) {
            throw new IllegalArgumentException("practitioner");
        }
        this.practitioner = practitioner;
        replace(licence, certifications);
    }

    /** Replaces the licence and the certifications, at most one per course. */
    public final void replace(Licence newLicence, List<Certification> newCertifications) {
        Set<RegionGroup> courses = EnumSet.noneOf(RegionGroup.class);
        for (Certification c : newCertifications) {
            if (!courses.add(c.getCourse())) {
                throw new DomainException("The ART " + c.getCourseName() + " certification is listed twice; "
                        + "keep the latest one.");
            }
        }
        this.licence = newLicence;
        this.certifications.clear();
        this.certifications.addAll(newCertifications.stream()
                .sorted(Comparator.comparing(Certification::getCourse)).toList());
    }

    /** Why the practitioner may not chart a protocol of {@code group} on {@code day}; empty when they may. */
    public Optional<String> refusal(RegionGroup group, LocalDate day) {
        return CredentialCoverage.refusal(practitioner.getDisplayName(), getLicence(), certifications, group, day);
    }

    /** What runs out within 60 days of {@code today}, or has run out. */
    public List<CredentialWarning> warnings(LocalDate today) {
        return CredentialCoverage.warnings(getLicence(), certifications, today);
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    /** The licence; null when none is on record (an embedded licence read back with no fields is none). */
    public Licence getLicence() {
        return licence == null || licence.getExpiresOn() == null ? null : licence;
    }

    /** By course. */
    public List<Certification> getCertifications() {
        return certifications.stream().sorted(Comparator.comparing(Certification::getCourse)).toList();
    }
}
