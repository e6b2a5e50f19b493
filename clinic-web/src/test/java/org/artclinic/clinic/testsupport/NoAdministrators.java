package org.artclinic.clinic.testsupport;

import java.util.concurrent.Callable;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.security.Role;

/**
 * A fresh installation's state inside the test deployment, which always has the demo
 * administrator: runs test code in one transaction in which every administrator account is
 * deactivated, as an administrator would call the services, and rolls it all back at the end, so
 * nothing the code did (e.g. a first administrator) stays.
 */
@Stateless
@RunAs(Role.Names.ADMIN)
public class NoAdministrators {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public <T> T call(Callable<T> work) throws Exception {
        try {
            em.createNativeQuery("UPDATE user_account SET active = FALSE WHERE id IN "
                    + "(SELECT user_account_id FROM user_account_role WHERE role = 'ADMIN')").executeUpdate();
            return work.call();
        } finally {
            context.setRollbackOnly();
        }
    }
}
