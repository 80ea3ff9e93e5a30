package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.AlertAction;
import io.mdt.alerting.boundary.AlertPage;
import io.mdt.alerting.boundary.AlertQuery;
import io.mdt.alerting.boundary.AlertSummary;
import io.mdt.alerting.boundary.AlertTransitionSummary;
import io.mdt.alerting.boundary.Alerts;
import io.mdt.alerting.boundary.OpenAlertCounts;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.QueryParameters;
import io.mdt.platform.rest.TimeParameters;
import io.mdt.security.entity.Role;
import io.mdt.security.web.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Alerts: listing and filtering them, their history, acknowledging and resolving them. */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alerting")
@Timed(name = "mdt.alerts.api", absolute = true, description = "Time spent serving the alerts API, per operation")
@APIResponse(
        responseCode = "400",
        description = "Invalid request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such alert or model",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AlertsResource {

    @Inject
    Alerts alerts;

    @Inject
    CurrentCaller caller;

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(
            summary = "Alerts, newest first, filtered by state (firing, acknowledged, resolved, open), severity,"
                    + " model, subject (column, metric or monitor) and time")
    public AlertPage list(
            @QueryParam("state") String state,
            @QueryParam("severity") String severity,
            @QueryParam("model") String model,
            @QueryParam("subject") String subject,
            @QueryParam("column") String column,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return alerts.list(new AlertQuery(
                state,
                severity,
                model,
                subject != null ? subject : column,
                TimeParameters.optional("from", from),
                TimeParameters.optional("to", to),
                QueryParameters.integer("page", page, 0),
                QueryParameters.integer("size", size, 50)));
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("counts")
    @Operation(summary = "Open alerts by severity, of all models or of one")
    public OpenAlertCounts counts(@QueryParam("model") String model) {
        return alerts.openCounts(model == null || model.isBlank() ? null : model);
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{id}")
    @Operation(summary = "Read an alert, with the silences and alerts that mute it now")
    public AlertSummary get(@PathParam("id") long id) {
        return alerts.get(id);
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{id}/history")
    @Operation(summary = "Every transition of an alert, oldest first, with the runs that caused them")
    public List<AlertTransitionSummary> history(@PathParam("id") long id) {
        return alerts.history(id);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge a firing alert: who and why")
    @APIResponse(
            responseCode = "409",
            description = "The alert is not firing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AlertSummary acknowledge(@PathParam("id") long id, AlertAction action) {
        return alerts.acknowledge(id, authored(action));
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Path("{id}/unacknowledge")
    @Operation(summary = "Take back an acknowledgement: the alert fires again")
    @APIResponse(
            responseCode = "409",
            description = "The alert is not acknowledged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AlertSummary unacknowledge(@PathParam("id") long id, AlertAction action) {
        return alerts.unacknowledge(id, authored(action));
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Path("{id}/resolve")
    @Operation(summary = "Resolve an open alert by hand, with a comment; the resolution is notified")
    @APIResponse(
            responseCode = "409",
            description = "The alert is already resolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AlertSummary resolve(@PathParam("id") long id, AlertAction action) {
        return alerts.resolve(id, authored(action));
    }

    /** The action as the caller's: whoever the body names, the author is who sent it. */
    private AlertAction authored(AlertAction action) {
        return new AlertAction(caller.name(), action == null ? null : action.comment());
    }
}
