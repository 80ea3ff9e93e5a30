package io.mdt.serving.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import io.mdt.serving.control.ArtifactStorageException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An artifact directory that cannot be written or read is the server's fault and may pass (a
 * full or unmounted volume): a 503 saying which directory, so the operator knows where to look.
 */
@Provider
public class ArtifactStorageProblemMapper implements ExceptionMapper<ArtifactStorageException> {

    @Override
    public Response toResponse(ArtifactStorageException exception) {
        return Problem.of(ProblemType.UNAVAILABLE, exception.getMessage()).toResponse();
    }
}
