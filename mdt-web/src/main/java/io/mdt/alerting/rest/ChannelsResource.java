package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.ChannelDraft;
import io.mdt.alerting.boundary.ChannelSummary;
import io.mdt.alerting.boundary.Channels;
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

/** Notification channels: where notifications go and how hard MDT tries. */
@Path("channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alerting")
@Timed(name = "mdt.channels.api", absolute = true, description = "Time spent serving the channels API, per operation")
@APIResponse(
        responseCode = "400",
        description = "Invalid or malformed request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ChannelsResource {

    @Inject
    Channels channels;

    @Context
    UriInfo uriInfo;

    @RolesAllowed(Role.Names.ADMIN)
    @POST
    @Operation(summary = "Create a channel")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new channel",
            content = @Content(schema = @Schema(implementation = ChannelSummary.class)))
    @APIResponse(
            responseCode = "409",
            description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ChannelDraft draft) {
        var created = channels.create(draft);
        var location = uriInfo.getAbsolutePathBuilder()
                .path(String.valueOf(created.id()))
                .build();
        return Response.created(location).entity(created).build();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @GET
    @Operation(summary = "List the channels, oldest first")
    public List<ChannelSummary> list() {
        return channels.list();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @GET
    @Path("{id}")
    @Operation(summary = "Read a channel")
    @APIResponse(
            responseCode = "404",
            description = "No channel has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChannelSummary get(@PathParam("id") long id) {
        return channels.get(id);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @PUT
    @Path("{id}")
    @Operation(summary = "Change a channel")
    @APIResponse(
            responseCode = "404",
            description = "No channel has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The new name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChannelSummary update(@PathParam("id") long id, ChannelDraft draft) {
        return channels.update(id, draft);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a channel")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "404",
            description = "No channel has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        channels.delete(id);
    }
}
