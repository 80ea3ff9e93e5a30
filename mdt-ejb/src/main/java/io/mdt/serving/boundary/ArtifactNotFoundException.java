package io.mdt.serving.boundary;

import jakarta.ejb.ApplicationException;

/** The version carries no model to serve. Raised before any write. */
@ApplicationException(rollback = false)
public class ArtifactNotFoundException extends RuntimeException {

    public ArtifactNotFoundException(String model, String label) {
        super("version '" + label + "' of model '" + model + "' has no artifact; upload one with PUT .../artifact");
    }
}
