package org.artclinic.clinic.system;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Answers whether the database can be reached and which schema version it holds. */
@Stateless
@PermitAll
public class DatabaseStatus {

    @PersistenceContext
    private EntityManager em;

    /**
     * The version of the last successful migration, or empty when the database cannot be read.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> schemaVersion() {
        try {
            List<?> versions = em.createNativeQuery(
                            "SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL "
                                    + "ORDER BY installed_rank DESC")
                    .setMaxResults(1)
                    .getResultList();
            return versions.stream().findFirst().map(String::valueOf);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
