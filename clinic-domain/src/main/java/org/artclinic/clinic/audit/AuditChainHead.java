package org.artclinic.clinic.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit trail's hash chain: the last sealed position and its hash. One row; the
 * sealer locks it while it adds links, so two servers never seal at the same time, and a chain cut
 * short (its last links removed) no longer ends where the head says.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The id of the one row. */
    public static final long ONLY = 1L;

    @Id
    private long id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public long getLastPosition() {
        return lastPosition;
    }

    public String getLastHash() {
        return lastHash;
    }

    /** Moves the head to the link just added. */
    public void advance(AuditSeal seal) {
        if (seal.getPosition() != lastPosition + 1 || !seal.getPreviousHash().equals(lastHash)) {
            throw new IllegalStateException("a seal must follow the head: position " + (lastPosition + 1));
        }
        lastPosition = seal.getPosition();
        lastHash = seal.getHash();
    }
}
