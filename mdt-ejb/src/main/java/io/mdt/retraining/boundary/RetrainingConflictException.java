package io.mdt.retraining.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The model is being retrained already: one retraining at a time, so that two challengers are not
 * trained on the same rows. Raised before any write.
 */
@ApplicationException(rollback = false)
public class RetrainingConflictException extends RuntimeException {

    public RetrainingConflictException(String model) {
        super("model '" + model + "' is being retrained already; wait for that retraining to finish");
    }
}
