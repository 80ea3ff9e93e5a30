package io.mdt.serving.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.RequestBodies;
import io.mdt.registry.boundary.Violation;
import io.mdt.security.entity.Role;
import io.mdt.serving.boundary.Serving;
import io.mdt.serving.boundary.ServingReport;
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
 * Predictions of a version's model: each record scored (or answered from the cache) and logged
 * as the version's prediction, so a served model is monitored with no work on the client's side.
 */
@Path("models/{model}/versions/{version}/predict")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Serving", description = "A version's model, and predictions it scores")
@Timed(name = "mdt.serving.api", absolute = true, description = "Time spent scoring and logging served predictions")
public class PredictResource {

    @Inject
    Serving serving;

    @PathParam("model")
    String model;

    @PathParam("version")
    String version;

    @RolesAllowed({Role.Names.INGEST, Role.Names.ENGINEER})
    @POST
    @Operation(summary = "Score one record or a batch with the version's model")
    @RequestBody(
            description = "A record {features, predictionId?, segments?} or an array of them; every feature of the"
                    + " version's schema, as for predictions")
    @APIResponse(
            responseCode = "200",
            description = "The answers; rejected records are listed",
            content = @Content(schema = @Schema(implementation = ServingReport.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, or no record could be answered (each rejection listed in violations)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such model or version, or the version has no artifact",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response predict(InputStream body) {
        var report = serving.predict(model, version, RequestBodies.utf8(body));
        if (report.nothingAnswered()) {
            return Problem.invalid(
                            "no record could be answered",
                            report.rejected().stream()
                                    .map(r -> new Violation("records[" + r.index() + "]", r.reason()))
                                    .toList())
                    .toResponse();
        }
        return Response.ok(report).build();
    }
}
