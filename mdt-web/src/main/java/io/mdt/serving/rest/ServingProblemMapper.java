package io.mdt.serving.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import io.mdt.serving.boundary.ArtifactNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A version without a model to serve is a 404. */
@Provider
public class ServingProblemMapper implements ExceptionMapper<ArtifactNotFoundException> {

    @Override
    public Response toResponse(ArtifactNotFoundException exception) {
        return Problem.of(ProblemType.NOT_FOUND, exception.getMessage()).toResponse();
    }
}
