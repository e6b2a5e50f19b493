package org.artclinic.clinic.testsupport;

import java.util.concurrent.Callable;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs test code under a role (see the {@code As*} subclasses), the way a signed-in user of that
 * role calls the services. No transaction surrounds the call, so every service call inside it
 * commits or rolls back on its own, as it does for a real user.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class RoleRunner {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
