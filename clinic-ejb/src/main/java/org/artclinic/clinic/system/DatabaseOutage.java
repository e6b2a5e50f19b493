package org.artclinic.clinic.system;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure means "the database cannot be reached just now" (it is down, restarting, or
 * the pool could not get a connection) rather than a fault of the request or of the code: such a
 * request is answered 503 with Retry-After, not 500 (issue 15, decision 0042).
 */
public final class DatabaseOutage {

    /**
     * Seconds a caller should wait before trying again while the database is unreachable: what the
     * API's 503 and the "temporarily unavailable" page both say in Retry-After (a fast restart of
     * PostgreSQL takes about a second).
     */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /** Anywhere in the chain of causes (EclipseLink sets its internal exception as the cause). */
    public static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (t instanceof SQLException sql && unreachable(sql)) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
            if (closedUnderCommit(t)) {
                return true;
            }
            String type = t.getClass().getName();
            // the pool could not hand out a connection (Payara's connector layer)
            if (type.endsWith("PoolingException") || type.endsWith("ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01 to 57P03 (PostgreSQL shutting down or not yet
     * accepting connections: admin shutdown, crash shutdown, cannot connect now); ISO/IEC 9075 and
     * PostgreSQL Appendix A, "PostgreSQL Error Codes"; H2's 90098 and 90121 (the database was
     * closed, or is closing as the JVM stops).
     */
    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("90098") || state.equals("90121"));
    }

    /**
     * A commit or rollback that failed because the connection under it had just been closed (seen in
     * DatabaseRestartIT, at the instant of a PostgreSQL restart under load): Payara's resource adapter
     * reports it as an {@code XAException} carrying only the text of its
     * {@code LocalTransactionException}, the SQLException itself no longer chained. The transaction
     * did not commit, so the request may be sent again. The schema has no deferred constraints, so a
     * local transaction's commit fails only when its connection does.
     */
    private static boolean closedUnderCommit(Throwable t) {
        return t instanceof javax.transaction.xa.XAException
                && String.valueOf(t.getMessage()).contains("LocalTransactionException");
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        if (t instanceof SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return null;
    }
}
