package org.artclinic.clinic.credential;

import java.io.Serializable;
import java.util.List;

import org.artclinic.clinic.setup.Practitioner;

/**
 * A practitioner's credentials as read, with what to warn about today.
 *
 * @param version the version to send back with a change; 0 while none were recorded
 * @param licence null while none is on record
 */
public record Credentials(Practitioner practitioner, long version, Licence licence,
        List<Certification> certifications, List<CredentialWarning> warnings) implements Serializable {

    static Credentials of(Practitioner practitioner, PractitionerCredentials recorded, java.time.LocalDate today) {
        return recorded == null
                ? new Credentials(practitioner, 0, null, List.of(), List.of())
                : new Credentials(practitioner, recorded.getVersion(), recorded.getLicence(),
                        recorded.getCertifications(), recorded.warnings(today));
    }
}
