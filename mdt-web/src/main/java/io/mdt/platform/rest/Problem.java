package io.mdt.platform.rest;

import io.mdt.registry.boundary.Violation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN per kind of problem; absent
 * members are omitted from the JSON.
 *
 * @param violations each broken rule, for validation problems
 * @param correlationId the id under which an internal error was logged
 */
public record Problem(
        String type, String title, int status, String detail, List<Violation> violations, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null);
    }

    public static Problem invalid(String detail, List<Violation> violations) {
        var type = ProblemType.VALIDATION;
        return new Problem(type.uri(), type.title(), type.status(), detail, violations, null);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
