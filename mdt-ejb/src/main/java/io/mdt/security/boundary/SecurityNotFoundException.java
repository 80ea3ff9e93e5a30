package io.mdt.security.boundary;

import jakarta.ejb.ApplicationException;

/** No account or key has the id. */
@ApplicationException(rollback = false)
public class SecurityNotFoundException extends RuntimeException {

    public SecurityNotFoundException(String what, long id) {
        super("no " + what + " has id " + id);
    }
}
