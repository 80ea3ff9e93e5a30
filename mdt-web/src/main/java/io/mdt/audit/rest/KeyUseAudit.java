package io.mdt.audit.rest;

import io.mdt.audit.boundary.AuditRecorder;
import io.mdt.security.web.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Records each request an API key makes to a write endpoint (any method but GET, HEAD and
 * OPTIONS): the key, the method, the path and the answer's status, refusals included. Reads are
 * not recorded: a dashboard or a scraper reading with a key would fill the log.
 */
@Provider
public class KeyUseAudit implements ContainerResponseFilter {

    static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentCaller caller;

    @Inject
    AuditRecorder audit;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        caller.get()
                .filter(c -> "api-key".equals(c.via()))
                .ifPresent(key -> audit.keyUsed(
                        key.name(),
                        request.getMethod(),
                        request.getUriInfo().getRequestUri().getRawPath(),
                        response.getStatus()));
    }
}
