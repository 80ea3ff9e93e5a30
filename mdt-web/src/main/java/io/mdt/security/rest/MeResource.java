package io.mdt.security.rest;

import io.mdt.security.boundary.Caller;
import io.mdt.security.entity.Role;
import io.mdt.security.web.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is to MDT: for clients checking their credential and its roles. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class MeResource {

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Role.Names.VIEWER, Role.Names.INGEST})
    @Operation(summary = "The caller's name, roles and how it authenticated")
    public Caller me() {
        return caller.get().orElseThrow();
    }
}
