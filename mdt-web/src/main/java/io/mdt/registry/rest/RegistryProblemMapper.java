package io.mdt.registry.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import io.mdt.registry.boundary.DuplicateModelNameException;
import io.mdt.registry.boundary.DuplicateVersionException;
import io.mdt.registry.boundary.ModelNotFoundException;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.VersionNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The registry's domain errors as problems: 400 with each violation, 404 for models and versions, 409. */
public final class RegistryProblemMapper {

    private RegistryProblemMapper() {}

    @Provider
    public static class Invalid implements ExceptionMapper<ModelValidationException> {
        @Override
        public Response toResponse(ModelValidationException exception) {
            return Problem.invalid(exception.getMessage(), exception.violations())
                    .toResponse();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<ModelNotFoundException> {
        @Override
        public Response toResponse(ModelNotFoundException exception) {
            return Problem.of(ProblemType.NOT_FOUND, exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class VersionNotFound implements ExceptionMapper<VersionNotFoundException> {
        @Override
        public Response toResponse(VersionNotFoundException exception) {
            return Problem.of(ProblemType.NOT_FOUND, exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class DuplicateVersion implements ExceptionMapper<DuplicateVersionException> {
        @Override
        public Response toResponse(DuplicateVersionException exception) {
            return Problem.of(ProblemType.DUPLICATE_NAME, exception.getMessage())
                    .toResponse();
        }
    }

    @Provider
    public static class DuplicateName implements ExceptionMapper<DuplicateModelNameException> {
        @Override
        public Response toResponse(DuplicateModelNameException exception) {
            return Problem.of(ProblemType.DUPLICATE_NAME, exception.getMessage())
                    .toResponse();
        }
    }
}
