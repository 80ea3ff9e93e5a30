package io.mdt.registry.boundary;

import jakarta.ejb.ApplicationException;

/** No model has the requested id or name. Raised before any write, so the transaction stays usable. */
@ApplicationException(rollback = false)
public class ModelNotFoundException extends RuntimeException {

    public ModelNotFoundException(long id) {
        super("no model with id " + id);
    }

    public ModelNotFoundException(String reference) {
        super("no model with name or id '" + reference + "'");
    }
}
