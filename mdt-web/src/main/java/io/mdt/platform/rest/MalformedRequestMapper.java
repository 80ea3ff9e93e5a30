package io.mdt.platform.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that cannot be read: not JSON, or values of the wrong type. JSON-B's
 * failure arrives wrapped by the JAX-RS runtime; the innermost cause says what is wrong.
 */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.of(ProblemType.MALFORMED_REQUEST, rootMessage(exception)).toResponse();
    }

    private static String rootMessage(Throwable error) {
        var cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? error.getMessage() : cause.getMessage();
    }
}
