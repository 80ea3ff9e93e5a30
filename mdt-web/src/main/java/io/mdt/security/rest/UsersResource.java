package io.mdt.security.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.security.boundary.UserChange;
import io.mdt.security.boundary.UserDraft;
import io.mdt.security.boundary.UserSummary;
import io.mdt.security.boundary.Users;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The accounts of the built-in user store; administrators only. */
@Path("users")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@APIResponse(
        responseCode = "400",
        description = "Invalid or malformed request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UsersResource {

    @Inject
    Users users;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Create an account: name, password (12 characters or more), role")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new account",
            content = @Content(schema = @Schema(implementation = UserSummary.class)))
    @APIResponse(
            responseCode = "409",
            description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(UserDraft draft) {
        var created = users.create(draft);
        var location = uriInfo.getAbsolutePathBuilder()
                .path(String.valueOf(created.id()))
                .build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Operation(summary = "List the accounts by name")
    public List<UserSummary> list() {
        return users.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an account")
    @APIResponse(
            responseCode = "404",
            description = "No account has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserSummary get(@PathParam("id") long id) {
        return users.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account's role, whether it is enabled, or its password (which also unlocks it)")
    @APIResponse(
            responseCode = "409",
            description = "The change would leave no enabled administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserSummary change(@PathParam("id") long id, UserChange change) {
        return users.change(id, change);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an account")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "409",
            description = "It is the last enabled administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        users.delete(id);
    }
}
