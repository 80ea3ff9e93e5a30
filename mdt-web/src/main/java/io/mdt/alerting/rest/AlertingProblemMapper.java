package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.AlertingNotFoundException;
import io.mdt.alerting.boundary.DuplicateNameException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Alerting's domain errors as problems: 404 for an unknown id, 409 for a name taken. */
public final class AlertingProblemMapper {

    private AlertingProblemMapper() {}

    @Provider
    public static class NotFound implements ExceptionMapper<AlertingNotFoundException> {
        @Override
        public Response toResponse(AlertingNotFoundException exception) {
            return Problem.of(ProblemType.NOT_FOUND, exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class DuplicateName implements ExceptionMapper<DuplicateNameException> {
        @Override
        public Response toResponse(DuplicateNameException exception) {
            return Problem.of(ProblemType.DUPLICATE_NAME, exception.getMessage())
                    .toResponse();
        }
    }
}
