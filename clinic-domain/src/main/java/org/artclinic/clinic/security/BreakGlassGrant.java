package org.artclinic.clinic.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;

/**
 * A practitioner's emergency access to a patient outside their care team (break-glass, see
 * {@link PatientAccess}): who, which patient, why, and until when. Never changed once given; the
 * audit trail holds the same facts as an EMERGENCY_ACCESS row, chained with the rest.
 */
@Entity
@Table(name = "break_glass_grant")
@NamedQuery(name = BreakGlassGrant.LATEST_END,
        query = "SELECT g.expiresAt FROM BreakGlassGrant g WHERE g.username = :username AND g.patientId = :patientId "
                + "ORDER BY g.expiresAt DESC")
public class BreakGlassGrant extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String LATEST_END = "BreakGlassGrant.latestEnd";

    /** One working shift: long enough to treat and chart, short enough that access is asked again the next day. */
    public static final Duration LASTS = Duration.ofHours(8);
    /** A reason shorter than this says nothing a reviewer could check ("x", "test"). */
    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 500;

    @Column(nullable = false, length = 100, updatable = false)
    private String username;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private Long patientId;

    @Column(nullable = false, length = MAX_REASON, updatable = false)
    private String reason;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected BreakGlassGrant() {
        // JPA
    }

    /** @throws DomainException when the reason is missing, too short to mean anything, or too long */
    public BreakGlassGrant(String username, long patientId, String reason, Instant now) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_REASON) {
            throw new DomainException("Give the reason you need this record (at least " + MIN_REASON
                    + " characters), for example \"covering for Dr. Okafor today\".");
        }
        if (text.length() > MAX_REASON) {
            throw new DomainException("The reason is too long: at most " + MAX_REASON + " characters.");
        }
        this.username = username;
        this.patientId = patientId;
        this.reason = text;
        this.grantedAt = now;
        this.expiresAt = now.plus(LASTS);
    }

    public String getUsername() {
        return username;
    }

    public Long getPatientId() {
        return patientId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
