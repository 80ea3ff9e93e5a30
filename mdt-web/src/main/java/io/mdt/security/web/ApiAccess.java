package io.mdt.security.web;

import io.mdt.security.boundary.Caller;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Enforces the role every API operation declares with {@code @RolesAllowed} (on the method, or
 * else on its class): 401 for an anonymous caller, 403 for a caller without one of the roles.
 * An operation that declares nothing is refused to everyone: a new endpoint is closed until it
 * says who may use it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccess implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        var method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (!(http.getAttribute(MdtAuthentication.SESSION_CALLER) instanceof Caller caller)) {
            request.abortWith(AccessProblems.response(AccessProblems.unauthenticated(
                    "send an API key or token as 'Authorization: Bearer ...', or a built-in account's"
                            + " name and password as HTTP Basic")));
            return;
        }
        var allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(caller.roles()::contains)) {
            request.abortWith(AccessProblems.response(AccessProblems.forbidden(
                    allowed == null
                            ? "this operation is open to no role"
                            : "this operation needs the role " + String.join(" or ", allowed.value()))));
        }
    }
}
