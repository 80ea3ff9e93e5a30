package io.mdt.registry.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.QueryParameters;
import io.mdt.registry.boundary.ModelDraft;
import io.mdt.registry.boundary.ModelPage;
import io.mdt.registry.boundary.ModelQuery;
import io.mdt.registry.boundary.ModelSummary;
import io.mdt.registry.boundary.MonitoredModels;
import io.mdt.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registering, reading, listing, changing and removing monitored models. */
@Path("models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Models", description = "The models MDT watches")
@Timed(name = "mdt.models.api", absolute = true, description = "Time spent serving the models API, per operation")
@APIResponse(
        responseCode = "500",
        description = "Internal error, logged under the returned correlation id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ModelsResource {

    @Inject
    MonitoredModels models;

    @Inject
    @ConfigProperty(name = "mdt.models.page-size.default", defaultValue = "20")
    int defaultPageSize;

    @Context
    UriInfo uriInfo;

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Operation(summary = "Register a model")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the new model",
            content = @Content(schema = @Schema(implementation = ModelSummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid or malformed model",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ModelDraft draft) {
        var created = models.create(draft);
        var location = uriInfo.getAbsolutePathBuilder()
                .path(String.valueOf(created.id()))
                .build();
        return Response.created(location).entity(created).build();
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Path("{id}")
    @Operation(summary = "Read a model")
    @APIResponse(
            responseCode = "200",
            description = "The model",
            content = @Content(schema = @Schema(implementation = ModelSummary.class)))
    @APIResponse(
            responseCode = "404",
            description = "No model has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ModelSummary get(@PathParam("id") long id) {
        return models.get(id);
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "List models, a page at a time")
    @APIResponse(
            responseCode = "200",
            description = "One page of models and the total",
            content = @Content(schema = @Schema(implementation = ModelPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid paging or sorting",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ModelPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Models per page (1 to mdt.models.page-size.max)") @QueryParam("size") String size,
            @Parameter(description = "name, taskType, owner, created, updated or id")
                    @QueryParam("sort")
                    @DefaultValue("name")
                    String sort,
            @Parameter(description = "asc or desc") @QueryParam("direction") @DefaultValue("asc") String direction) {
        var query = new ModelQuery(
                QueryParameters.integer("page", page, 0),
                QueryParameters.integer("size", size, defaultPageSize),
                sort,
                QueryParameters.choice("direction", direction, "asc", "desc").equals("asc"));
        return models.list(query);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @PUT
    @Path("{id}")
    @Operation(summary = "Change a model's name, task type, description or owner")
    @APIResponse(
            responseCode = "200",
            description = "The changed model",
            content = @Content(schema = @Schema(implementation = ModelSummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid or malformed model",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No model has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The new name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ModelSummary update(@PathParam("id") long id, ModelDraft draft) {
        return models.update(id, draft);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop watching a model and remove it")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "404",
            description = "No model has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        models.delete(id);
    }
}
