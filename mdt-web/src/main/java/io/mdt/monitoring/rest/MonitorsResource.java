package io.mdt.monitoring.rest;

import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.Evaluations;
import io.mdt.monitoring.boundary.MetricPoint;
import io.mdt.monitoring.boundary.MonitorDraft;
import io.mdt.monitoring.boundary.MonitorSummary;
import io.mdt.monitoring.boundary.Monitors;
import io.mdt.monitoring.boundary.RunPage;
import io.mdt.monitoring.boundary.RunSummary;
import io.mdt.monitoring.boundary.ScorePoint;
import io.mdt.platform.rest.InvalidParameterException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.QueryParameters;
import io.mdt.platform.rest.TimeParameters;
import io.mdt.platform.rest.TimeParameters.TimeRange;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One monitor: its settings, its runs, a column's score over time, backfills. */
@Path("monitors/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Monitors, evaluation runs and their results")
@Timed(name = "mdt.monitors.api", absolute = true, description = "Time spent serving the monitoring API, per operation")
@APIResponse(
        responseCode = "400",
        description = "Invalid request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such monitor",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MonitorsResource {

    @Inject
    Monitors monitors;

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationHistory history;

    @PathParam("id")
    long id;

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "Read a monitor")
    public MonitorSummary get() {
        return monitors.get(id);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @PUT
    @Operation(summary = "Change a monitor's schedule, tests, thresholds or rules (not its window)")
    public MonitorSummary update(MonitorDraft draft) {
        return monitors.update(id, draft);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @DELETE
    @Operation(summary = "Remove a monitor, its timer and its runs")
    public void delete() {
        monitors.delete(id);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Path("backfill")
    @Operation(summary = "Evaluate every window starting in [from, to) again, replacing earlier results")
    public List<RunSummary> backfill(TimeRange range) {
        if (range == null) {
            throw new InvalidParameterException("body", "must be {\"from\": time, \"to\": time}");
        }
        return evaluations.backfill(
                id, TimeParameters.required("from", range.from()), TimeParameters.required("to", range.to()));
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("runs")
    @Operation(summary = "The monitor's runs, newest window first, optionally for windows starting in [from, to)")
    public RunPage runs(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return history.runs(
                id,
                TimeParameters.optional("from", from),
                TimeParameters.optional("to", to),
                QueryParameters.integer("page", page, 0),
                QueryParameters.integer("size", size, 50));
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("columns/{column}/scores")
    @Operation(summary = "A column's score, threshold and verdict in every evaluated window, oldest first")
    public List<ScorePoint> scores(
            @PathParam("column") String column, @QueryParam("from") String from, @QueryParam("to") String to) {
        return history.scores(id, column, TimeParameters.optional("from", from), TimeParameters.optional("to", to));
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("metrics")
    @Operation(
            summary = "The monitor's performance metrics in every evaluated window, oldest first: realized and"
                    + " estimated values with their 95% band, the reference value, bounds and verdicts")
    public List<MetricPoint> metrics(
            @QueryParam("metric") String metric, @QueryParam("from") String from, @QueryParam("to") String to) {
        return history.metrics(id, metric, TimeParameters.optional("from", from), TimeParameters.optional("to", to));
    }
}
