package org.artclinic.clinic.testsupport;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Puts a row back into a state that only older data can be in, to test that the application still
 * handles it (e.g. a phone that migration V4_1 could not normalize).
 */
@Stateless
public class LegacyRows {

    @PersistenceContext
    private EntityManager em;

    /** The patient's phone as saved before phones were normalized: no E.164 form. */
    public void forgetNormalizedPhone(long patientId) {
        em.createNativeQuery("UPDATE patient SET phone_e164 = NULL WHERE id = ?1").setParameter(1, patientId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(org.artclinic.clinic.patient.Patient.class, patientId);
    }

    /** A password hash as stored before today's settings, e.g. with fewer PBKDF2 iterations. */
    public void storePasswordHash(String username, String hash) {
        em.createNativeQuery("UPDATE user_account SET password_hash = ?1 WHERE username = ?2")
                .setParameter(1, hash).setParameter(2, username).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(org.artclinic.clinic.security.UserAccount.class);
    }
}
