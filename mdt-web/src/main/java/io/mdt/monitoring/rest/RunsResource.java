package io.mdt.monitoring.rest;

import io.mdt.monitoring.boundary.ColumnEvidence;
import io.mdt.monitoring.boundary.ConfusionMatrixSummary;
import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.RunDetail;
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

/** Single runs with their column results, one column's evidence, and performance. */
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

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{id}")
    @Operation(summary = "A run with the test, score, threshold, verdict and data quality of every column")
    public RunDetail run(@PathParam("id") long id) {
        return history.run(id);
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{id}/columns/{column}")
    @Operation(
            summary = "One column of the run with its evidence: its result, the reference and current samples on"
                    + " the bins (edges) or categories the engine compared them on, and its score in the windows"
                    + " up to this one")
    public ColumnEvidence column(@PathParam("id") long id, @PathParam("column") String column) {
        return history.column(id, column);
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{id}/confusion-matrix")
    @Operation(
            summary = "The run's realized confusion matrix: rows actual classes, columns predicted ones, in"
                    + " label order ([[tn, fp], [fn, tp]] for a binary classifier)")
    @APIResponse(
            responseCode = "400",
            description = "The run has no confusion matrix (a regression model, too few actuals, not finished)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConfusionMatrixSummary confusionMatrix(@PathParam("id") long id) {
        return history.confusionMatrix(id);
    }
}
