package io.mdt.registry.boundary;

import jakarta.ejb.ApplicationException;

/** The model has no version with the requested label. Raised before any write. */
@ApplicationException(rollback = false)
public class VersionNotFoundException extends RuntimeException {

    public VersionNotFoundException(String model, String label) {
        super("model '" + model + "' has no version '" + label + "'");
    }
}
