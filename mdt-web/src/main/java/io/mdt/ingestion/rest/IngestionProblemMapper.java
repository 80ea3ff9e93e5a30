package io.mdt.ingestion.rest;

import io.mdt.ingestion.boundary.BatchTooLargeException;
import io.mdt.ingestion.boundary.EmptyReferenceException;
import io.mdt.ingestion.boundary.MalformedBatchException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import io.mdt.registry.boundary.Violation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Batches that cannot be taken: 400 when unreadable or without a valid row, 413 when too long. */
public final class IngestionProblemMapper {

    private IngestionProblemMapper() {}

    @Provider
    public static class Malformed implements ExceptionMapper<MalformedBatchException> {
        @Override
        public Response toResponse(MalformedBatchException exception) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, exception.getMessage())
                    .toResponse();
        }
    }

    @Provider
    public static class EmptyReference implements ExceptionMapper<EmptyReferenceException> {
        @Override
        public Response toResponse(EmptyReferenceException exception) {
            var violations = exception.rejected().stream()
                    .map(r -> new Violation("rows[" + r.index() + "]", r.reason()))
                    .toList();
            return Problem.invalid(exception.getMessage(), violations).toResponse();
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<BatchTooLargeException> {
        @Override
        public Response toResponse(BatchTooLargeException exception) {
            return Problem.of(ProblemType.BATCH_TOO_LARGE, exception.getMessage())
                    .toResponse();
        }
    }
}
