package org.artclinic.clinic.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An audit event not yet linked into the hash chain: written with the event, removed when the sealer
 * seals it. The sealer reads this short queue instead of looking through the whole trail for events
 * without a seal, which at ten years (twelve million events) took seconds every five seconds
 * (issue 14, decision 0047).
 */
@Entity
@Table(name = "audit_pending")
public class AuditPending implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "event_id")
    private long eventId;

    protected AuditPending() {
    }

    public AuditPending(AuditEvent event) {
        this.eventId = event.getId();
    }

    public long getEventId() {
        return eventId;
    }
}
