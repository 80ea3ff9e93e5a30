package io.mdt.mlflow.rest;

import io.mdt.mlflow.boundary.MlflowLink;
import io.mdt.mlflow.boundary.MlflowLinkDraft;
import io.mdt.mlflow.boundary.MlflowLinks;
import io.mdt.mlflow.boundary.MlflowRegistry;
import io.mdt.mlflow.boundary.RegisteredVersion;
import io.mdt.mlflow.boundary.TrainingRecord;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import io.mdt.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which MLflow registered model version a version is; the registry sync then sets its stage. */
@Path("models/{model}/versions/{version}/mlflow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "MLflow", description = "Links between versions and MLflow registered model versions")
@Timed(name = "mdt.mlflow.api", absolute = true, description = "Time spent serving the MLflow API, per operation")
@APIResponse(
        responseCode = "404",
        description = "No such model or version",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MlflowLinkResource {

    @Inject
    MlflowLinks links;

    @Inject
    MlflowRegistry registry;

    @PathParam("model")
    String model;

    @PathParam("version")
    String version;

    @RolesAllowed(Role.Names.ENGINEER)
    @PUT
    @Operation(summary = "Link the version to an MLflow registered model version, replacing its link")
    @APIResponse(
            responseCode = "400",
            description = "Malformed names, or the registry version is linked to another version of the model",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MlflowLink link(MlflowLinkDraft draft) {
        return links.link(model, version, draft);
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "Read the version's link (registeredModel and registryVersion null when unlinked)")
    public MlflowLink get() {
        return links.get(model, version);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Path("registration")
    @Operation(
            summary = "Register the version's model as a new MLflow registry version, with its training's"
                    + " parameters and metrics, and link the version to it")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = RegisteredVersion.class)))
    @APIResponse(
            responseCode = "400",
            description = "Parameter or metric names or values MLflow refuses",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "MLflow is not configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "MLflow did not answer, or refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(TrainingRecord training) {
        var record = training == null ? new TrainingRecord(null, null) : training;
        return registry.register(model, version, record.params(), record.metrics())
                .map(registered -> Response.status(Response.Status.CREATED)
                        .entity(registered)
                        .build())
                .orElseGet(
                        () -> Problem.of(ProblemType.CONFLICT, "MLflow is not configured: set mdt.mlflow.tracking-uri")
                                .toResponse());
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @DELETE
    @Operation(summary = "Unlink the version; its stage stays as it is")
    public MlflowLink unlink() {
        return links.unlink(model, version);
    }
}
