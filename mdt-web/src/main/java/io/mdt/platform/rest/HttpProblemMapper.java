package io.mdt.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * HTTP-level failures raised by the JAX-RS runtime (unknown path, wrong method, unsupported
 * media type) as problems with the runtime's status.
 */
@Provider
public class HttpProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        var status = exception.getResponse().getStatusInfo();
        if (status.getStatusCode() == Response.Status.BAD_REQUEST.getStatusCode()) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, exception.getMessage())
                    .toResponse();
        }
        var type = status.getStatusCode() == Response.Status.NOT_FOUND.getStatusCode()
                ? ProblemType.NOT_FOUND.uri()
                : ProblemType.HTTP.uri();
        return new Problem(type, status.getReasonPhrase(), status.getStatusCode(), exception.getMessage(), null, null)
                .toResponse();
    }
}
