package org.artclinic.clinic.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.ejb.EJBException;
import jakarta.transaction.SystemException;

import org.junit.jupiter.api.Test;

/** Which failures are answered 503 "try again" rather than 500. */
class DatabaseOutageTest {

    @Test
    void aCommitWhoseConnectionWasClosedByARestartIsAnOutage() {
        // the chain Payara threw in DatabaseRestartIT when PostgreSQL restarted under a commit
        SystemException system = new SystemException();
        system.initCause(new XAException(
                "jakarta.resource.spi.LocalTransactionException: This connection has been closed."));
        assertTrue(DatabaseOutage.isCause(new EJBException("Unable to complete container-managed transaction.",
                system)));
    }

    @Test
    void aTransactionFailureOfAnotherKindIsNot() {
        SystemException system = new SystemException();
        system.initCause(new XAException(XAException.XA_RBDEADLOCK));
        assertFalse(DatabaseOutage.isCause(new EJBException("Unable to complete container-managed transaction.",
                system)));
    }

    @Test
    void theDatabaseShuttingDownOrRefusingIsAnOutageAndABrokenRuleIsNot() {
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("This connection has been closed.",
                "08003"))));
        assertFalse(DatabaseOutage.isCause(new RuntimeException(new SQLException(
                "duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("a bug")));
    }
}
