package io.mdt.retraining.boundary;

import jakarta.ejb.ApplicationException;

/** No retraining of that id for the model (or not one the caller sees). Raised before any write. */
@ApplicationException(rollback = false)
public class RetrainingNotFoundException extends RuntimeException {

    public RetrainingNotFoundException(String model, long id) {
        super("model '" + model + "' has no retraining " + id);
    }
}
