package org.artclinic.clinic.intake;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;

/**
 * One version of the informed-consent text for manual therapy. Versions are never changed: an
 * administrator's edit publishes the next version, and every version stays, because a patient's
 * consent names the exact text they signed.
 *
 * <p>An edit either needs new signatures (the risks, the treatment or the patient's rights
 * changed) or not (wording, a typo). Only the latest version that needs new signatures decides
 * whether a patient's consent is current (docs/decisions/0011-treatment-gate.md).
 */
@Entity
@Table(name = "consent_text")
@NamedQuery(name = ConsentText.LATEST, query = "SELECT c FROM ConsentText c ORDER BY c.number DESC")
@NamedQuery(name = ConsentText.BY_NUMBER, query = "SELECT c FROM ConsentText c WHERE c.number = :number")
@NamedQuery(name = ConsentText.LATEST_REQUIRING_SIGNATURE, query = "SELECT c FROM ConsentText c "
        + "WHERE c.requiresNewSignature = TRUE ORDER BY c.number DESC")
public class ConsentText extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String LATEST = "ConsentText.latest";
    public static final String BY_NUMBER = "ConsentText.byNumber";
    public static final String LATEST_REQUIRING_SIGNATURE = "ConsentText.latestRequiringSignature";

    public static final int MAX_LENGTH = 10_000;

    /** 1, 2, 3... in the order published. */
    @Column(name = "version_number", nullable = false, unique = true, updatable = false)
    private int number;

    @Column(name = "body", nullable = false, length = MAX_LENGTH, updatable = false)
    private String body;

    @Column(name = "requires_new_signature", nullable = false, updatable = false)
    private boolean requiresNewSignature;

    @Column(name = "published_by", nullable = false, length = 80, updatable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    protected ConsentText() {
        // for JPA
    }

    /**
     * @param previous the version this one replaces; null for the first, which always needs signatures
     * @param requiresNewSignature patients who signed an earlier version must sign again
     */
    public ConsentText(ConsentText previous, String body, boolean requiresNewSignature, String publishedBy,
            Instant publishedAt) {
        this.body = Text.required(body, MAX_LENGTH, "The consent text");
        if (previous != null && previous.body.equals(this.body)) {
            throw new DomainException("The consent text is unchanged; there is nothing to publish.");
        }
        this.number = previous == null ? 1 : previous.number + 1;
        this.requiresNewSignature = previous == null || requiresNewSignature;
        this.publishedBy = Objects.requireNonNull(publishedBy);
        this.publishedAt = Objects.requireNonNull(publishedAt);
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public boolean isRequiresNewSignature() {
        return requiresNewSignature;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
