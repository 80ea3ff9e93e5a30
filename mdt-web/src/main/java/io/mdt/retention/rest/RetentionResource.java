package io.mdt.retention.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.retention.boundary.DataRetention;
import io.mdt.retention.boundary.MaintenanceReport;
import io.mdt.retention.boundary.RetentionDraft;
import io.mdt.retention.boundary.RetentionSummary;
import io.mdt.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How long a model keeps its raw data, where that data is, and maintenance when an operator wants it now. */
@Path("models/{model}/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Retention of raw predictions and actuals, and their weekly partitions")
@Timed(name = "mdt.retention.api", absolute = true, description = "Time spent serving the retention API, per operation")
@APIResponse(
        responseCode = "404",
        description = "No such model",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RetentionResource {

    @Inject
    DataRetention retention;

    @PathParam("model")
    String model;

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "Read the model's retention and the partitions of its versions' data")
    public RetentionSummary get() {
        return retention.retention(model);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @PUT
    @Operation(summary = "Set how many days of raw predictions and actuals the model keeps (run results stay)")
    @APIResponse(
            responseCode = "400",
            description = "No days, or days outside 1 to 36500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RetentionSummary set(RetentionDraft draft) {
        return retention.retainFor(model, draft);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @POST
    @Path("maintenance")
    @Operation(
            summary = "Maintain the model's partitions now, as the hourly maintenance would: add the weeks due,"
                    + " drop those older than the retention")
    public List<MaintenanceReport> maintain() {
        return retention.versionIds(model).stream()
                .map(retention::maintain)
                .flatMap(Optional::stream)
                .toList();
    }
}
