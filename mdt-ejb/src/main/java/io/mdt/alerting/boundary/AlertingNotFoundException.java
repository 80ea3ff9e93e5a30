package io.mdt.alerting.boundary;

import jakarta.ejb.ApplicationException;

/** No silence, inhibition, channel, route, rule or alert has the requested id. Raised before any write. */
@ApplicationException(rollback = false)
public class AlertingNotFoundException extends RuntimeException {

    public AlertingNotFoundException(String what, long id) {
        super("no " + what + " with id " + id);
    }
}
