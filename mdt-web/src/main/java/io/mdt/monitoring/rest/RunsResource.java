package io.mdt.monitoring.rest;

import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.RunDetail;
import io.mdt.platform.rest.Problem;
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

/** Single runs with their column results. */
@Path("runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring")
@APIResponse(
        responseCode = "404",
        description = "No such run",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RunsResource {

    @Inject
    EvaluationHistory history;

    @GET
    @Path("{id}")
    @Operation(summary = "A run with the test, score, threshold, verdict and data quality of every column")
    public RunDetail run(@PathParam("id") long id) {
        return history.run(id);
    }
}
