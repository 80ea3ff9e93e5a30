package io.mdt.monitoring.rest;

import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.ModelStatus;
import io.mdt.platform.rest.Problem;
import io.mdt.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Each model's current health. */
@Path("models/{model}/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring")
public class ModelStatusResource {

    @Inject
    EvaluationHistory history;

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(
            summary =
                    "The model's health: DEGRADED, DRIFTING, WARNING, HEALTHY or NO_DATA (in that precedence), with the runs behind it")
    @APIResponse(
            responseCode = "200",
            description = "The status",
            content = @Content(schema = @Schema(implementation = ModelStatus.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such model",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ModelStatus status(@PathParam("model") String model) {
        return history.status(model);
    }
}
