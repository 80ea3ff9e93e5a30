package io.mdt.monitoring.rest;

import io.mdt.monitoring.boundary.MonitorDraft;
import io.mdt.monitoring.boundary.MonitorSummary;
import io.mdt.monitoring.boundary.Monitors;
import io.mdt.platform.rest.Problem;
import io.mdt.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The monitors of one model version. */
@Path("models/{model}/versions/{version}/monitors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring")
@APIResponse(
        responseCode = "404",
        description = "No such model or version",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class VersionMonitorsResource {

    @Inject
    Monitors monitors;

    @PathParam("model")
    String model;

    @PathParam("version")
    String version;

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Operation(summary = "Create a monitor; its persistent timer starts at once")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = MonitorSummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid monitor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(MonitorDraft draft) {
        var created = monitors.create(model, version, draft);
        return Response.created(UriBuilder.fromPath("/api/v1/monitors/{id}").build(created.id()))
                .entity(created)
                .build();
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "List the version's monitors")
    public List<MonitorSummary> list() {
        return monitors.list(model, version);
    }
}
