package io.mdt.retraining.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import io.mdt.retraining.boundary.RetrainingConflictException;
import io.mdt.retraining.boundary.RetrainingNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The retraining API's own problems: an unknown retraining (404), a model retrained already (409). */
public final class RetrainingProblemMapper {

    private RetrainingProblemMapper() {}

    @Provider
    public static class NotFound implements ExceptionMapper<RetrainingNotFoundException> {

        @Override
        public Response toResponse(RetrainingNotFoundException exception) {
            return Problem.of(ProblemType.NOT_FOUND, exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<RetrainingConflictException> {

        @Override
        public Response toResponse(RetrainingConflictException exception) {
            return Problem.of(ProblemType.CONFLICT, exception.getMessage()).toResponse();
        }
    }
}
