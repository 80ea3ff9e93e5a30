package io.mdt.security.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The change cannot be made as things are: the name is taken, or it would leave MDT without an
 * enabled administrator. Detected before writing.
 */
@ApplicationException(rollback = false)
public class SecurityConflictException extends RuntimeException {

    public SecurityConflictException(String message) {
        super(message);
    }
}
