package io.mdt.ingestion.rest;

import io.mdt.ingestion.boundary.Ingestion;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.RequestBodies;
import io.mdt.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Actual outcomes of a model version's predictions. A 2xx answer means the accepted records
 * are committed; the answer lists every rejected record with its reason.
 */
@Path("models/{model}/versions/{version}/actuals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ingestion", description = "Predictions and actual outcomes of a model version")
@Timed(name = "mdt.actuals.api", absolute = true, description = "Time spent storing batches of actuals")
@APIResponse(
        responseCode = "200",
        description = "Stored what was valid; rejected records are listed",
        content = @Content(schema = @Schema(implementation = IngestionResult.class)))
@APIResponse(
        responseCode = "400",
        description = "Malformed JSON, or no valid record (each rejection listed in violations)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such model or version",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "413",
        description = "More records than mdt.ingestion.batch-limit (10,000)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ActualsResource {

    @Inject
    Ingestion ingestion;

    @PathParam("model")
    String model;

    @PathParam("version")
    String version;

    @RolesAllowed(Role.Names.INGEST)
    @POST
    @Operation(summary = "Store the actual outcome of one prediction or a batch")
    @RequestBody(description = "A record {predictionId, actual, timestamp?} or an array of them")
    public Response actuals(InputStream body) {
        return IngestionResult.answer(ingestion.actuals(model, version, RequestBodies.utf8(body), false));
    }
}
