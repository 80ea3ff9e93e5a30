package io.mdt.platform.rest;

import io.mdt.platform.boundary.MalformedJsonException;
import io.mdt.registry.boundary.Violation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that breaks the strict JSON rules: a malformed request, naming where. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<MalformedJsonException> {

    @Override
    public Response toResponse(MalformedJsonException exception) {
        var type = ProblemType.MALFORMED_REQUEST;
        return new Problem(
                        type.uri(),
                        type.title(),
                        type.status(),
                        exception.getMessage(),
                        List.of(new Violation(exception.field(), exception.reason())),
                        null)
                .toResponse();
    }
}
