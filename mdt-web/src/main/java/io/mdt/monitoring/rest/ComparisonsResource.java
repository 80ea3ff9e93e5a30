package io.mdt.monitoring.rest;

import io.mdt.monitoring.boundary.ComparisonRequest;
import io.mdt.monitoring.boundary.VersionComparison;
import io.mdt.monitoring.boundary.VersionComparisons;
import io.mdt.platform.rest.Problem;
import io.mdt.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Compares two versions of a model, or two periods. A POST because the request is a computation
 * described by a body, not a resource to cache; nothing is stored.
 */
@Path("models/{model}/comparisons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comparison", description = "Champion against challenger, or one period against another")
@Timed(name = "mdt.comparisons.api", absolute = true, description = "Time spent comparing versions, per operation")
@APIResponse(
        responseCode = "400",
        description = "Invalid request, versions that cannot be compared, or a range over the limits",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such model or version",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ComparisonsResource {

    @Inject
    VersionComparisons comparisons;

    @PathParam("model")
    String model;

    @RolesAllowed(Role.Names.VIEWER)
    @POST
    @Operation(
            summary = "Each metric of two versions side by side, overall and per window, with the difference"
                    + " second - first, its 95% bootstrap interval and whether it is significant (McNemar for"
                    + " accuracy on paired predictions)")
    @APIResponse(
            responseCode = "200",
            description = "The comparison",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VersionComparison.class)))
    public VersionComparison compare(ComparisonRequest request) {
        return comparisons.compare(model, request);
    }
}
