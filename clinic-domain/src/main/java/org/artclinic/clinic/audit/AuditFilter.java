package org.artclinic.clinic.audit;

import java.io.Serializable;
import java.time.Instant;

/** What the audit report shows: a period (either end open), and optionally one user, patient or action. */
public record AuditFilter(Instant from, Instant to, String user, Long patientId, AuditAction action)
        implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
