package org.artclinic.clinic.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes audit events. A success is written in the caller's transaction, so a change that rolls back
 * leaves no row saying it happened; a refusal, a denial or a failure (whose transaction rolls back)
 * and a sign-in event are written in a transaction of their own, so they stay.
 */
@Stateless
@PermitAll
@NotAudited
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    /** In the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(AuditEvent event) {
        persist(event);
    }

    /** In a transaction of its own: kept whatever happens to the caller's. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(AuditEvent event) {
        persist(event);
    }

    /** The event, and its place in the sealer's queue (it has its id once persisted: a sequence). */
    private void persist(AuditEvent event) {
        em.persist(event);
        em.persist(new AuditPending(event));
    }
}
