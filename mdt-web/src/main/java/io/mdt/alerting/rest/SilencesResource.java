package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.SilenceDraft;
import io.mdt.alerting.boundary.SilenceSummary;
import io.mdt.alerting.boundary.Silences;
import io.mdt.alerting.entity.SilenceStatus;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.QueryParameters;
import io.mdt.platform.rest.TimeParameters;
import io.mdt.security.entity.Role;
import io.mdt.security.web.CurrentCaller;
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
import java.util.Locale;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Silences: setting up, reading, changing and expiring them. */
@Path("silences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alerting", description = "Silences, inhibitions, notification channels and routes")
@Timed(name = "mdt.silences.api", absolute = true, description = "Time spent serving the silences API, per operation")
@APIResponse(
        responseCode = "400",
        description = "Invalid or malformed request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SilencesResource {

    @Inject
    Silences silences;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    /**
     * A silence as clients send it, times ISO-8601. A {@code createdBy} is still read, so that
     * clients written before sign-in keep working, but never stored: the author is the caller.
     */
    public record SilenceBody(
            List<MatcherBody> matchers,
            String startsAt,
            String endsAt,
            String createdBy,
            String comment,

            @Schema(
                    description = "The team whose alerts alone it mutes; by default the caller's one "
                            + "team, or every team's for an administrator")
            String team) {

        SilenceDraft draft(String author) {
            return new SilenceDraft(
                    MatcherBody.matchers(matchers),
                    TimeParameters.optional("startsAt", startsAt),
                    TimeParameters.optional("endsAt", endsAt),
                    author,
                    comment,
                    team);
        }
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Operation(summary = "Mute the alerts whose labels match, from startsAt (default now) to endsAt")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new silence",
            content = @Content(schema = @Schema(implementation = SilenceSummary.class)))
    public Response create(SilenceBody body) {
        var created = silences.create(body == null ? null : body.draft(caller.name()));
        var location = uriInfo.getAbsolutePathBuilder()
                .path(String.valueOf(created.id()))
                .build();
        return Response.created(location).entity(created).build();
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "List silences, the latest to end first")
    public List<SilenceSummary> list(
            @Parameter(description = "pending, active or expired; absent: all") @QueryParam("status") String status) {
        return silences.list(
                status == null || status.isBlank()
                        ? null
                        : SilenceStatus.valueOf(QueryParameters.choice("status", status, "pending", "active", "expired")
                                .toUpperCase(Locale.ROOT)));
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{id}")
    @Operation(summary = "Read a silence and its status")
    @APIResponse(
            responseCode = "404",
            description = "No silence has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SilenceSummary get(@PathParam("id") long id) {
        return silences.get(id);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @PUT
    @Path("{id}")
    @Operation(summary = "Change a silence that has not expired; an absent startsAt keeps its start")
    @APIResponse(
            responseCode = "404",
            description = "No silence has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SilenceSummary update(@PathParam("id") long id, SilenceBody body) {
        return silences.update(id, body == null ? null : body.draft(caller.name()));
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Expire a silence now; its record stays")
    @APIResponse(
            responseCode = "200",
            description = "The expired silence",
            content = @Content(schema = @Schema(implementation = SilenceSummary.class)))
    @APIResponse(
            responseCode = "404",
            description = "No silence has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SilenceSummary expire(@PathParam("id") long id) {
        return silences.expire(id);
    }
}
