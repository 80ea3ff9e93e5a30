package io.mdt.registry.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionDraft;
import io.mdt.registry.boundary.VersionSummary;
import io.mdt.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Versions of a model, each with the schema of its data. */
@Path("models/{model}/versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Versions", description = "Versions of a model and their data schemas")
@Timed(name = "mdt.versions.api", absolute = true, description = "Time spent serving the versions API, per operation")
@APIResponse(
        responseCode = "404",
        description = "No such model or version",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class VersionsResource {

    @Inject
    ModelVersions versions;

    @Context
    UriInfo uriInfo;

    /** The model's name or id. */
    @PathParam("model")
    String model;

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Operation(summary = "Add a version with its schema; creates the tables its data will live in")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = VersionSummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid version or schema",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The label is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(VersionDraft draft) {
        var created = versions.create(model, draft);
        var location = uriInfo.getAbsolutePathBuilder().path(created.label()).build();
        return Response.created(location).entity(created).build();
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "List the model's versions, oldest first")
    public List<VersionSummary> list() {
        return versions.list(model);
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{version}")
    @Operation(summary = "Read a version and its schema")
    public VersionSummary get(@PathParam("version") String version) {
        return versions.get(model, version);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @PUT
    @Path("{version}/stage")
    @Operation(summary = "Move a version to another stage")
    @APIResponse(
            responseCode = "400",
            description = "Unknown stage",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionSummary changeStage(@PathParam("version") String version, StageChange change) {
        return versions.changeStage(model, version, change == null ? null : change.stage());
    }

    /** The body of a stage change: {@code {"stage": "PRODUCTION"}}. */
    public record StageChange(
            @Schema(enumeration = {"STAGING", "PRODUCTION", "ARCHIVED"})
            String stage) {}
}
