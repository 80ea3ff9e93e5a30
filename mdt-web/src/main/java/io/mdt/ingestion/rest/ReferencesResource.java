package io.mdt.ingestion.rest;

import io.mdt.ingestion.boundary.ReferenceDatasets;
import io.mdt.ingestion.boundary.ReferenceLoad;
import io.mdt.ingestion.boundary.ReferenceSummary;
import io.mdt.platform.rest.InvalidParameterException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.RequestBodies;
import io.mdt.platform.rest.TimeParameters;
import io.mdt.platform.rest.TimeParameters.TimeRange;
import io.mdt.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reference datasets of a version. Uploads are streamed into the database as they arrive,
 * so their size is bounded by the disk, not by memory; the newest dataset is the reference.
 */
@Path("models/{model}/versions/{version}/references")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "The data each version's evaluations compare against")
@Timed(name = "mdt.references.api", absolute = true, description = "Time spent loading reference data")
@APIResponse(
        responseCode = "201",
        description = "Stored; the first rejected rows are listed",
        content = @Content(schema = @Schema(implementation = ReferenceLoad.class)))
@APIResponse(
        responseCode = "400",
        description = "Unreadable upload, unknown or missing columns, or no valid row",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such model or version",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReferencesResource {

    /**
     * The form field of the CSV file. Read from the list of parts, since a missing field
     * bound by name fails inside the runtime instead of reaching the resource.
     */
    private static final String FILE_FIELD = "file";

    @Inject
    ReferenceDatasets references;

    @PathParam("model")
    String model;

    @PathParam("version")
    String version;

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Consumes("text/csv")
    @Operation(summary = "Upload a CSV file (header row naming the schema's columns) as the new reference")
    public Response csv(InputStream body) {
        return created(references.uploadCsv(model, version, RequestBodies.utf8(body)));
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a CSV file as the form field 'file' as the new reference")
    public Response multipart(List<EntityPart> parts) {
        var file = (parts == null ? List.<EntityPart>of() : parts)
                .stream()
                        .filter(part -> FILE_FIELD.equals(part.getName()))
                        .findFirst()
                        .orElseThrow(() -> new InvalidParameterException(
                                FILE_FIELD, "must be a CSV file in the form field 'file'"));
        return created(references.uploadCsv(model, version, RequestBodies.utf8(file.getContent())));
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload JSON rows, objects keyed by column name, as the new reference")
    public Response json(InputStream body) {
        return created(references.uploadJson(model, version, RequestBodies.utf8(body)));
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Path("from-predictions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take the version's predictions (with their actuals) of a time range as the new reference")
    public Response fromPredictions(TimeRange range) {
        if (range == null) {
            throw new InvalidParameterException("body", "must be {\"from\": time, \"to\": time}");
        }
        return created(references.fromPredictions(
                model,
                version,
                TimeParameters.required("from", range.from()),
                TimeParameters.required("to", range.to())));
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "List the version's reference datasets, newest (the current reference) first")
    public List<ReferenceSummary> list() {
        return references.list(model, version);
    }

    private static Response created(ReferenceLoad load) {
        return Response.status(Response.Status.CREATED).entity(load).build();
    }
}
