package io.mdt.alerting.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Another inhibition or channel already has the name. Detected before writing, so the
 * transaction stays usable; when two writers race, the database's unique constraint decides.
 */
@ApplicationException(rollback = false)
public class DuplicateNameException extends RuntimeException {

    public DuplicateNameException(String what, String name) {
        super("another " + what + " is already named '" + name + "'");
    }
}
