package io.mdt.security.web;

import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * The answers to a caller who may not go on: 401 when it did not prove who it is (with the
 * schemes it may use), 403 when its roles do not allow the operation. Both are problems, for
 * the JAX-RS filter and for the authentication mechanism, which answers before JAX-RS runs.
 */
final class AccessProblems {

    static final String CHALLENGE = "Bearer realm=\"mdt\", Basic realm=\"mdt\", charset=\"UTF-8\"";

    private AccessProblems() {}

    static Problem unauthenticated(String detail) {
        return Problem.of(ProblemType.UNAUTHENTICATED, detail);
    }

    static Problem forbidden(String detail) {
        return Problem.of(ProblemType.FORBIDDEN, detail);
    }

    static Response response(Problem problem) {
        var response = problem.toResponse();
        if (problem.status() == HttpServletResponse.SC_UNAUTHORIZED) {
            return Response.fromResponse(response)
                    .header("WWW-Authenticate", CHALLENGE)
                    .build();
        }
        return response;
    }

    static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (problem.status() == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        try (var jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(problem));
        } catch (Exception e) {
            throw new IOException("cannot write the problem", e);
        }
        response.flushBuffer();
    }
}
