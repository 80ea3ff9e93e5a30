package io.mdt.audit.boundary;

import jakarta.ejb.ApplicationException;

/** No entry has the id. */
@ApplicationException(rollback = false)
public class AuditNotFoundException extends RuntimeException {

    public AuditNotFoundException(long id) {
        super("no audit entry has id " + id);
    }
}
