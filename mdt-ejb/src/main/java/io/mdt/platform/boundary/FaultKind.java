package io.mdt.platform.boundary;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure may pass if the work is tried again. The one place MDT decides it, so
 * every consumer retries the same faults: those of the moment (the database or the broker
 * unreachable or shutting down, a lost connection, a deadlock, a serialization conflict, a lock
 * not granted in time, a row another transaction changed meanwhile, a full connection pool) are
 * transient; anything else (bad data, a bug,
 * an error of the engine on a window) would fail again the same way and is deterministic.
 */
public enum FaultKind {
    TRANSIENT,
    DETERMINISTIC;

    /**
     * PostgreSQL SQLSTATE classes of transient faults: 08 connection exception, 40 transaction
     * rollback (serialization failure, deadlock), 53 insufficient resources (too many
     * connections, out of memory or disk).
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53");

    /** 40002: a deferred constraint broken at commit, which the same work would break again. */
    private static final String CONSTRAINT_AT_COMMIT = "40002";

    /**
     * Single transient states of other classes: 55P03 lock not available (a lock timeout),
     * 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up).
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "57P01", "57P02", "57P03");

    /** Transient when any cause in the chain is a fault of the moment; deterministic otherwise. */
    public static FaultKind of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isTransient(cause)) {
                return TRANSIENT;
            }
        }
        return DETERMINISTIC;
    }

    /** Whether work that failed so on this delivery of its message should be delivered again. */
    public boolean deliverAgain(int delivery, int maxDeliveries) {
        return this == TRANSIENT && delivery < maxDeliveries;
    }

    private static boolean isTransient(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return isTransientState(sql.getSQLState());
        }
        return cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || cause instanceof LockTimeoutException
                || cause instanceof PessimisticLockException
                || cause instanceof OptimisticLockException
                || cause instanceof JMSException
                || cause instanceof JMSRuntimeException
                || cause instanceof ResourceException
                || cause instanceof ConnectException;
    }

    private static boolean isTransientState(String state) {
        if (TRANSIENT_STATES.contains(state)) {
            return true;
        }
        return state.length() == 5
                && TRANSIENT_CLASSES.contains(state.substring(0, 2))
                && !CONSTRAINT_AT_COMMIT.equals(state);
    }
}
