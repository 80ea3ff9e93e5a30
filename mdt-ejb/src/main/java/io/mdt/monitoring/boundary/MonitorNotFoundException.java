package io.mdt.monitoring.boundary;

import jakarta.ejb.ApplicationException;

/** No monitor or run has the requested id, or a run no result for a column. Raised before any write. */
@ApplicationException(rollback = false)
public class MonitorNotFoundException extends RuntimeException {

    public MonitorNotFoundException(String what, long id) {
        super("no " + what + " with id " + id);
    }

    /** A run has no result for the column: the column is not in the version or was not tested. */
    public MonitorNotFoundException(long runId, String column) {
        super("run " + runId + " has no result for a column named " + column);
    }
}
