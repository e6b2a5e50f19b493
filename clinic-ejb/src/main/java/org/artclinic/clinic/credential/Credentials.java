package org.artclinic.clinic.credential;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.artclinic.clinic.setup.Practitioner;

/**
 * A practitioner's credentials as read, with what to warn about today.
 *
 * @param version the version to send back with a change; 0 while none were recorded
 * @param licence null while none is on record
 * @param asOf the clinic's date the warnings were judged on
 */
public record Credentials(Practitioner practitioner, long version, Licence licence,
        List<Certification> certifications, List<CredentialWarning> warnings, LocalDate asOf) implements Serializable {

    static Credentials of(Practitioner practitioner, PractitionerCredentials recorded, LocalDate today) {
        return recorded == null
                ? new Credentials(practitioner, 0, null, List.of(), List.of(), today)
                : new Credentials(practitioner, recorded.getVersion(), recorded.getLicence(),
                        recorded.getCertifications(), recorded.warnings(today), today);
    }
}
