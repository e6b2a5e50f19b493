package org.artclinic.clinic.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link of the audit trail's hash chain: the event at this position, the hash of the link before
 * and this link's hash over both (see {@link AuditChain}). Seals are only ever inserted, in position
 * order, by the sealer; the database refuses UPDATE and DELETE.
 */
@Entity
@Table(name = "audit_seal")
public class AuditSeal implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "position")
    private long position;

    @Column(name = "event_id", nullable = false, unique = true)
    private long eventId;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    protected AuditSeal() {
    }

    /** The link after {@code previousHash} at this position, sealing the event. */
    public AuditSeal(long position, AuditEvent event, String previousHash, Instant sealedAt) {
        this.position = position;
        this.eventId = event.getId();
        this.previousHash = previousHash;
        this.hash = AuditChain.hash(previousHash, event.canonical());
        this.sealedAt = sealedAt;
    }

    public long getPosition() {
        return position;
    }

    public long getEventId() {
        return eventId;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    public Instant getSealedAt() {
        return sealedAt;
    }
}
