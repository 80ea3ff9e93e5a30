package io.mdt.security.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role allows the operation, but not on this: a change to what applies to every
 * team (a global alert rule, a silence of every team) by someone who sees only some teams.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
