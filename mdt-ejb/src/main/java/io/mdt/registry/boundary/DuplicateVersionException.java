package io.mdt.registry.boundary;

import jakarta.ejb.ApplicationException;

/** The model already has a version with this label. Raised before any write. */
@ApplicationException(rollback = false)
public class DuplicateVersionException extends RuntimeException {

    public DuplicateVersionException(String model, String label) {
        super("model '" + model + "' already has a version '" + label + "'");
    }
}
