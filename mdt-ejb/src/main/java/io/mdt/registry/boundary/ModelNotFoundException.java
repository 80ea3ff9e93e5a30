package io.mdt.registry.boundary;

import jakarta.ejb.ApplicationException;

/** No model has the requested id. Raised before any write, so the transaction stays usable. */
@ApplicationException(rollback = false)
public class ModelNotFoundException extends RuntimeException {

    public ModelNotFoundException(long id) {
        super("no model with id " + id);
    }
}
