package io.mdt.retraining.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.retraining.boundary.RetrainingDraft;
import io.mdt.retraining.boundary.RetrainingSummary;
import io.mdt.retraining.boundary.Retrainings;
import io.mdt.retraining.entity.RetrainingOrigin;
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

/**
 * A model's retrainings: asked for here, run by a worker, followed by their state and step until
 * they succeed (with the challenger version and its comparison) or fail (with the reason).
 */
@Path("models/{model}/retrainings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Retraining", description = "Challengers trained on a version's labelled predictions")
@Timed(
        name = "mdt.retrainings.api",
        absolute = true,
        description = "Time spent serving the retraining API, per operation")
@APIResponse(
        responseCode = "404",
        description = "No such model, version or retraining",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RetrainingsResource {

    private static final RetrainingDraft DEFAULTS = new RetrainingDraft(null, null, null, null, null, null);

    @Inject
    Retrainings retrainings;

    @Context
    UriInfo uriInfo;

    @PathParam("model")
    String model;

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Operation(
            summary = "Train a challenger on a version's labelled predictions of a range, register it as a STAGING"
                    + " version and compare it with that version on a hold-out; an empty body takes every default")
    @APIResponse(
            responseCode = "202",
            description = "Queued; follow it at the Location",
            content = @Content(schema = @Schema(implementation = RetrainingSummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request, or a version that cannot be trained again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The model is being retrained already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response request(RetrainingDraft draft) {
        var queued = retrainings.request(model, draft == null ? DEFAULTS : draft, RetrainingOrigin.API);
        var location = uriInfo.getAbsolutePathBuilder()
                .path(Long.toString(queued.id()))
                .build();
        return Response.accepted(queued).location(location).build();
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "The model's retrainings, newest first")
    public List<RetrainingSummary> list() {
        return retrainings.list(model);
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{id}")
    @Operation(summary = "One retraining: its state, step, rows and, once succeeded, its comparison")
    public RetrainingSummary get(@PathParam("id") long id) {
        return retrainings.get(model, id);
    }
}
