package io.mdt.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers of every response of the application: no framing, no content-type
 * sniffing, no referrer to other sites, HSTS on HTTPS, and a content security policy. Pages may
 * load only MDT's own resources; their scripts are further limited by the nonce policy
 * PrimeFaces sends in its CSP mode. Forms post to MDT only; with an identity provider, its
 * origin too, since signing out of a single sign-on is a form whose answer redirects there
 * (browsers apply {@code form-action} to redirects). API answers may load nothing at all.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self' 'unsafe-inline' 'unsafe-eval'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'%s; frame-ancestors 'none'";

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    @ConfigProperty(name = "mdt.oidc.issuer")
    Optional<String> issuer;

    private String pagePolicy;

    @Override
    public void init() {
        pagePolicy = pagePolicy(issuer);
    }

    /** The pages' policy, admitting the identity provider's origin as a form's target when there is one. */
    static String pagePolicy(Optional<String> issuer) {
        return PAGE_POLICY.formatted(issuer.map(URI::create)
                .map(uri -> " " + uri.getScheme() + "://" + uri.getRawAuthority())
                .orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(
                "Content-Security-Policy", request.getServletPath().startsWith("/api/") ? API_POLICY : pagePolicy);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
