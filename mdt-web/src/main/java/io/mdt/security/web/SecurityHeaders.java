package io.mdt.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every response of the application: no framing, no content-type
 * sniffing, no referrer to other sites, HSTS on HTTPS, and a content security policy. Pages may
 * load only MDT's own resources; their scripts are further limited by the nonce policy
 * PrimeFaces sends in its CSP mode. API answers may load nothing at all.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self' 'unsafe-inline' 'unsafe-eval'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(
                "Content-Security-Policy", request.getServletPath().startsWith("/api/") ? API_POLICY : PAGE_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
