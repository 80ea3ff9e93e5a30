package io.mdt.alerting.boundary;

import jakarta.ejb.ApplicationException;

/** Another rule of the same scope (or channel, or inhibition) has the name. Raised before any write. */
@ApplicationException(rollback = false)
public class AlertingNameTakenException extends RuntimeException {

    public AlertingNameTakenException(String what, String name) {
        super("a " + what + " named '" + name + "' already exists");
    }
}
