package io.mdt.alerting.boundary;

import jakarta.ejb.ApplicationException;

/** No alerting resource (rule, alert, silence, inhibition, channel, route) has the requested id. Raised before any write. */
@ApplicationException(rollback = false)
public class AlertingNotFoundException extends RuntimeException {

    public AlertingNotFoundException(String what, long id) {
        super("no " + what + " with id " + id);
    }
}
