package org.artclinic.clinic.credential;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.setup.Discipline;

/**
 * A practitioner's credentials as an administrator saves them, from the practitioners page or
 * {@code PUT /api/practitioners/{id}/credentials} alike; checked once, by the domain constructors,
 * in {@link CredentialService#save}.
 *
 * @param profession null, with the other licence fields empty, for "no licence on record"
 */
public record CredentialsRequest(Discipline profession, String licenceNumber, String licenceState,
        LocalDate licenceExpiresOn, List<CertificationRequest> certifications) implements Serializable {

    /** One certification: the course and the days it was earned and expires (inclusive). */
    public record CertificationRequest(RegionGroup course, LocalDate certifiedOn, LocalDate expiresOn)
            implements Serializable {

        Certification certification() {
            return new Certification(course, certifiedOn, expiresOn);
        }
    }

    public CredentialsRequest {
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
    }

    /** The licence; null when no licence field is filled in. */
    Licence licence() {
        boolean none = profession == null && (licenceNumber == null || licenceNumber.isBlank())
                && (licenceState == null || licenceState.isBlank()) && licenceExpiresOn == null;
        return none ? null : new Licence(profession, licenceNumber, licenceState, licenceExpiresOn);
    }

    List<Certification> certificationList() {
        return certifications.stream().map(CertificationRequest::certification).toList();
    }
}
