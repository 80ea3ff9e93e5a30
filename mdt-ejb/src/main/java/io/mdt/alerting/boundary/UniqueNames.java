package io.mdt.alerting.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Flushes a named row at once, so that a concurrent writer who took the name between the
 * check and the write is told so as a duplicate name, not an internal error.
 */
final class UniqueNames {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueNames() {}

    static void flush(EntityManager em, String what, String name) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateNameException(what, name);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
