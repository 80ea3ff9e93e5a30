package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.RouteDraft;
import io.mdt.alerting.boundary.RouteSummary;
import io.mdt.alerting.boundary.Routes;
import io.mdt.platform.rest.Problem;
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

/** Notification routes: which alerts go to which channel, grouped and timed as Alertmanager does. */
@Path("routes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alerting")
@Timed(name = "mdt.routes.api", absolute = true, description = "Time spent serving the routes API, per operation")
@APIResponse(
        responseCode = "400",
        description = "Invalid or malformed request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RoutesResource {

    @Inject
    Routes routes;

    @Context
    UriInfo uriInfo;

    /** A route as clients send it; {@code channel} is the channel's name or id. */
    public record RouteBody(
            String channel,
            Integer position,
            List<MatcherBody> matchers,
            List<String> groupBy,
            String groupWait,
            String groupInterval,
            String repeatInterval,
            Boolean continueMatching,
            Boolean sendResolved) {

        RouteDraft draft() {
            return new RouteDraft(
                    channel,
                    position,
                    MatcherBody.matchers(matchers),
                    groupBy,
                    groupWait,
                    groupInterval,
                    repeatInterval,
                    continueMatching,
                    sendResolved);
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    @POST
    @Operation(summary = "Create a route; absent a position, it comes after the last route")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new route",
            content = @Content(schema = @Schema(implementation = RouteSummary.class)))
    public Response create(RouteBody body) {
        var created = routes.create(body == null ? null : body.draft());
        var location = uriInfo.getAbsolutePathBuilder()
                .path(String.valueOf(created.id()))
                .build();
        return Response.created(location).entity(created).build();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @GET
    @Operation(summary = "List the routes in the order alerts try them: by position, then id")
    public List<RouteSummary> list() {
        return routes.list();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @GET
    @Path("{id}")
    @Operation(summary = "Read a route")
    @APIResponse(
            responseCode = "404",
            description = "No route has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RouteSummary get(@PathParam("id") long id) {
        return routes.get(id);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @PUT
    @Path("{id}")
    @Operation(summary = "Change a route; an absent position keeps it where it is")
    @APIResponse(
            responseCode = "404",
            description = "No route has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RouteSummary update(@PathParam("id") long id, RouteBody body) {
        return routes.update(id, body == null ? null : body.draft());
    }

    @RolesAllowed(Role.Names.ADMIN)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a route and its notification groups")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "404",
            description = "No route has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        routes.delete(id);
    }
}
