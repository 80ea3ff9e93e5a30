package io.mdt.mlflow.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The MLflow tracking server did not answer, or refused a request. It leaves the caller's
 * transaction alone: the evaluation or the version the caller is recording stands whatever
 * MLflow says, and the caller decides whether to try again.
 */
@ApplicationException(rollback = false)
public class MlflowUnavailableException extends RuntimeException {

    public MlflowUnavailableException(String action, RuntimeException cause) {
        super("MLflow could not " + action + ": " + cause.getMessage(), cause);
    }
}
