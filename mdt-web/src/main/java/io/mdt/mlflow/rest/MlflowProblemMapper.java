package io.mdt.mlflow.rest;

import io.mdt.mlflow.boundary.MlflowUnavailableException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * MLflow not answering, or refusing, is a dependency's fault and may pass: a 503 saying what
 * MLflow could not do, so that the caller can try again.
 */
@Provider
public class MlflowProblemMapper implements ExceptionMapper<MlflowUnavailableException> {

    @Override
    public Response toResponse(MlflowUnavailableException exception) {
        return Problem.of(ProblemType.UNAVAILABLE, exception.getMessage()).toResponse();
    }
}
