package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.AlertRules;
import io.mdt.alerting.boundary.DryRun;
import io.mdt.alerting.boundary.RuleDraft;
import io.mdt.alerting.boundary.RuleSummary;
import io.mdt.platform.rest.InvalidParameterException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.TimeParameters;
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

/** Alert rules: global, per model and overrides, and dry runs against stored runs. */
@Path("alert-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alerting", description = "Alert rules, alerts, silences, inhibitions, channels, routes, notifications")
@Timed(name = "mdt.alerting.api", absolute = true, description = "Time spent serving the alerting API, per operation")
@APIResponse(
        responseCode = "400",
        description = "Invalid request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such rule or model",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AlertRulesResource {

    @Inject
    AlertRules rules;

    @Context
    UriInfo uriInfo;

    /** A dry run's request body, times as ISO-8601 text. */
    public record DryRunBody(RuleDraft rule, String model, String from, String to) {}

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Operation(summary = "Create a rule: global without a model, a model's own, or a model's override of a global rule")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new rule",
            content = @Content(schema = @Schema(implementation = RuleSummary.class)))
    @APIResponse(
            responseCode = "409",
            description = "The name is taken in the rule's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(RuleDraft draft) {
        var created = rules.create(draft);
        var location = uriInfo.getAbsolutePathBuilder()
                .path(String.valueOf(created.id()))
                .build();
        return Response.created(location).entity(created).build();
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "Every rule, or a model's own rules and the global ones")
    public List<RuleSummary> list(@QueryParam("model") String model) {
        return rules.list(model);
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{id}")
    @Operation(summary = "Read a rule")
    public RuleSummary get(@PathParam("id") long id) {
        return rules.get(id);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @PUT
    @Path("{id}")
    @Operation(summary = "Change a rule; its model and what it overrides stay")
    public RuleSummary update(@PathParam("id") long id, RuleDraft draft) {
        return rules.update(id, draft);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a rule with its alerts and their history")
    public void delete(@PathParam("id") long id) {
        rules.delete(id);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Path("dry-run")
    @Operation(summary = "Evaluate a rule not saved yet against a model's stored runs: which windows would have fired")
    public DryRun dryRun(DryRunBody body) {
        if (body == null) {
            throw new InvalidParameterException("body", "must be {\"rule\": {...}, \"model\": ..., \"from\", \"to\"}");
        }
        return rules.dryRun(request(body));
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Path("{id}/dry-run")
    @Operation(summary = "Evaluate a saved rule against a model's stored runs: which windows would have fired")
    public DryRun dryRun(@PathParam("id") long id, DryRunBody body) {
        return rules.dryRun(id, request(body == null ? new DryRunBody(null, null, null, null) : body));
    }

    private static DryRun.Request request(DryRunBody body) {
        return new DryRun.Request(
                body.rule(),
                body.model(),
                TimeParameters.optional("from", body.from()),
                TimeParameters.optional("to", body.to()));
    }
}
