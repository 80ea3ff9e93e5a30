package io.mdt.security.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import io.mdt.security.boundary.NotPermittedException;
import io.mdt.security.boundary.SecurityConflictException;
import io.mdt.security.boundary.SecurityNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Security's domain errors as problems: 404 for an unknown id, 409 for a conflict, 403 for a change beyond the caller's teams. */
public final class SecurityProblemMapper {

    private SecurityProblemMapper() {}

    @Provider
    public static class NotFound implements ExceptionMapper<SecurityNotFoundException> {
        @Override
        public Response toResponse(SecurityNotFoundException exception) {
            return Problem.of(ProblemType.NOT_FOUND, exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<SecurityConflictException> {
        @Override
        public Response toResponse(SecurityConflictException exception) {
            return Problem.of(ProblemType.CONFLICT, exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class NotPermitted implements ExceptionMapper<NotPermittedException> {
        @Override
        public Response toResponse(NotPermittedException exception) {
            return Problem.of(ProblemType.FORBIDDEN, exception.getMessage()).toResponse();
        }
    }
}
