package org.artclinic.clinic.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the application sends while a piece of test code runs, through
 * EclipseLink's session events, so a test can assert that reading a list costs a fixed number of
 * queries however long the list is (no query per row). The in-container tests run one at a time,
 * so the count is the code's own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SqlStatements {

    @PersistenceContext
    private EntityManager em;

    /** What ran and the SQL it sent. */
    public record Counted<T>(T result, List<String> statements) {
    }

    public <T> Counted<T> during(Callable<T> work) throws Exception {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        SessionEventAdapter listener = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                statements.add(event.getCall() instanceof DatabaseCall call ? call.getSQLString()
                        : String.valueOf(event.getCall()));
            }
        };
        Session server = em.getEntityManagerFactory().unwrap(Session.class);
        server.getEventManager().addListener(listener);
        try {
            T result = work.call();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            server.getEventManager().removeListener(listener);
        }
    }
}
