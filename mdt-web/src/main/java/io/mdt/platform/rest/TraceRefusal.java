package io.mdt.platform.rest;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses the {@code TRACE} method on every path, API and pages alike, with a problem. The HTTP
 * listener lets {@code TRACE} through to the application (its own refusal has an empty body), so
 * this filter, first in {@code web.xml}, is what keeps a request from being echoed back
 * (cross-site tracing).
 */
public class TraceRefusal extends HttpFilter {

    static final String ALLOWED = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"TRACE".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        var type = ProblemType.HTTP;
        var body = Json.createObjectBuilder()
                .add("type", type.uri())
                .add("title", type.title())
                .add("status", HttpServletResponse.SC_METHOD_NOT_ALLOWED)
                .add("detail", "The TRACE method is not served")
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", ALLOWED);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
