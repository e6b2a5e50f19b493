package org.artclinic.clinic.credential;

import java.io.Serializable;
import java.time.LocalDate;

import org.artclinic.clinic.protocol.RegionGroup;

/**
 * A credential that runs out within {@link CredentialCoverage#WARNING_DAYS} days, or has run out.
 *
 * @param course the certification's course; null for the licence
 * @param daysLeft days from today to the expiry date (0: expires today, still valid); negative once expired
 */
public record CredentialWarning(RegionGroup course, LocalDate expiresOn, long daysLeft) implements Serializable {

    public boolean isLicence() {
        return course == null;
    }

    /** Past the expiry date: the credential no longer covers charting. */
    public boolean isExpired() {
        return daysLeft < 0;
    }

    /** What it is about: "Licence" or "Upper Extremity certification". */
    public String credential() {
        return course == null ? "Licence" : Certification.courseName(course) + " certification";
    }

    /** In words, e.g. "Licence expires in 23 days", "Upper Extremity certification expired on 2026-10-31". */
    public String message() {
        if (isExpired()) {
            return credential() + " expired on " + expiresOn;
        }
        if (daysLeft == 0) {
            return credential() + " expires today";
        }
        return credential() + " expires in " + daysLeft + (daysLeft == 1 ? " day" : " days");
    }
}
