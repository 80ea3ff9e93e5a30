package io.mdt.platform.web;

import io.mdt.platform.boundary.Correlation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every request, of the API or the dashboard, runs under a correlation id: the caller's
 * {@value Correlation#HEADER} when it is a plain token of up to 100 characters, otherwise a new
 * one. The answer names it in the same header, so that a caller can quote it and an operator
 * find every log line of the request, and of the evaluations and alerts it led to, by it.
 */
@WebFilter(filterName = "RequestCorrelation", urlPatterns = "/*")
public class RequestCorrelation extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (var scope = Correlation.open(request.getHeader(Correlation.HEADER))) {
            response.setHeader(Correlation.HEADER, scope.id());
            chain.doFilter(request, response);
        }
    }
}
