package io.mdt.alerting.boundary;

import jakarta.ejb.ApplicationException;

/** The action does not apply to the alert in its current state (acknowledging a resolved alert). Raised before any write. */
@ApplicationException(rollback = false)
public class AlertStateException extends RuntimeException {

    public AlertStateException(String message) {
        super(message);
    }
}
