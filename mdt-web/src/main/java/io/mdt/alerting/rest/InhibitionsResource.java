package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.InhibitionDraft;
import io.mdt.alerting.boundary.InhibitionSummary;
import io.mdt.alerting.boundary.Inhibitions;
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

/** Inhibition rules: firing alerts that mute the notifications of others. */
@Path("inhibitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alerting")
@Timed(
        name = "mdt.inhibitions.api",
        absolute = true,
        description = "Time spent serving the inhibitions API, per operation")
@APIResponse(
        responseCode = "400",
        description = "Invalid or malformed request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InhibitionsResource {

    @Inject
    Inhibitions inhibitions;

    @Context
    UriInfo uriInfo;

    /** An inhibition rule as clients send it. */
    public record InhibitionBody(
            String name, List<MatcherBody> sourceMatchers, List<MatcherBody> targetMatchers, List<String> equal) {

        InhibitionDraft draft() {
            return new InhibitionDraft(
                    name, MatcherBody.matchers(sourceMatchers), MatcherBody.matchers(targetMatchers), equal);
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    @POST
    @Operation(summary = "Create an inhibition rule")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new rule",
            content = @Content(schema = @Schema(implementation = InhibitionSummary.class)))
    @APIResponse(
            responseCode = "409",
            description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(InhibitionBody body) {
        var created = inhibitions.create(body == null ? null : body.draft());
        var location = uriInfo.getAbsolutePathBuilder()
                .path(String.valueOf(created.id()))
                .build();
        return Response.created(location).entity(created).build();
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "List the inhibition rules, oldest first")
    public List<InhibitionSummary> list() {
        return inhibitions.list();
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{id}")
    @Operation(summary = "Read an inhibition rule")
    @APIResponse(
            responseCode = "404",
            description = "No inhibition rule has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InhibitionSummary get(@PathParam("id") long id) {
        return inhibitions.get(id);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @PUT
    @Path("{id}")
    @Operation(summary = "Change an inhibition rule")
    @APIResponse(
            responseCode = "404",
            description = "No inhibition rule has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The new name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InhibitionSummary update(@PathParam("id") long id, InhibitionBody body) {
        return inhibitions.update(id, body == null ? null : body.draft());
    }

    @RolesAllowed(Role.Names.ADMIN)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an inhibition rule")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "404",
            description = "No inhibition rule has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        inhibitions.delete(id);
    }
}
