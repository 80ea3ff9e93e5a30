package io.mdt.security.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.TimeParameters;
import io.mdt.security.boundary.ApiKeyDraft;
import io.mdt.security.boundary.ApiKeySummary;
import io.mdt.security.boundary.ApiKeys;
import io.mdt.security.boundary.CreatedApiKey;
import io.mdt.security.entity.Role;
import io.mdt.security.web.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** API keys of integrated systems; administrators only. A key's secret is shown only in the answer that creates it. */
@Path("api-keys")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@APIResponse(
        responseCode = "400",
        description = "Invalid or malformed request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApiKeysResource {

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    /** A key as clients ask for it, its expiry ISO-8601. */
    public record ApiKeyBody(
            String name,
            String role,

            @Schema(
                    description =
                            "The team whose models the key sees; required unless model is given or the role is mdt-admin")
            String team,

            @Schema(description = "The one model (name or id) the key is limited to")
            String model,

            String expiresAt) {}

    @POST
    @Operation(
            summary =
                    "Create a key: name, role, team or model, expiresAt; the answer holds its secret, shown this once")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new key",
            content = @Content(schema = @Schema(implementation = CreatedApiKey.class)))
    @APIResponse(
            responseCode = "409",
            description = "A key that is not revoked has the name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ApiKeyBody body) {
        var draft = body == null
                ? new ApiKeyDraft(null, null, null, null, null)
                : new ApiKeyDraft(
                        body.name(),
                        body.role(),
                        body.team(),
                        body.model(),
                        TimeParameters.optional("expiresAt", body.expiresAt()));
        var created = keys.create(draft, caller.name());
        var location = uriInfo.getAbsolutePathBuilder()
                .path(String.valueOf(created.key().id()))
                .build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Operation(summary = "List the keys, newest first, with their status and last use")
    public List<ApiKeySummary> list() {
        return keys.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a key")
    @APIResponse(
            responseCode = "404",
            description = "No key has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiKeySummary get(@PathParam("id") long id) {
        return keys.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a key at once; its record stays")
    @APIResponse(
            responseCode = "404",
            description = "No key has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiKeySummary revoke(@PathParam("id") long id) {
        return keys.revoke(id);
    }
}
