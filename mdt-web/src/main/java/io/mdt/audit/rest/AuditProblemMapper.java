package io.mdt.audit.rest;

import io.mdt.audit.boundary.AuditNotFoundException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An unknown audit entry: 404. */
@Provider
public class AuditProblemMapper implements ExceptionMapper<AuditNotFoundException> {

    @Override
    public Response toResponse(AuditNotFoundException exception) {
        return Problem.of(ProblemType.NOT_FOUND, exception.getMessage()).toResponse();
    }
}
