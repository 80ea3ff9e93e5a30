package io.mdt.monitoring.boundary;

import jakarta.ejb.ApplicationException;

/** No monitor or run has the requested id. Raised before any write. */
@ApplicationException(rollback = false)
public class MonitorNotFoundException extends RuntimeException {

    public MonitorNotFoundException(String what, long id) {
        super("no " + what + " with id " + id);
    }
}
