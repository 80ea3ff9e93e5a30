package io.mdt.serving.rest;

import io.mdt.platform.rest.Problem;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import io.mdt.security.entity.Role;
import io.mdt.serving.boundary.ArtifactSummary;
import io.mdt.serving.boundary.Artifacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The model a version's predictions come from, uploaded as its bytes: {@code format=tribuo}, a
 * Tribuo model in protobuf form, or {@code format=onnx}, an ONNX graph with its features (and a
 * classifier's classes) given as repeated parameters. At most {@code mdt.serving.artifact-limit}
 * bytes.
 */
@Path("models/{model}/versions/{version}/artifact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Serving", description = "A version's model, and predictions it scores")
@APIResponse(
        responseCode = "404",
        description = "No such model or version, or no artifact",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArtifactResource {

    @Inject
    Artifacts artifacts;

    @Inject
    @ConfigProperty(name = "mdt.serving.artifact-limit", defaultValue = "67108864")
    int limit;

    @PathParam("model")
    String model;

    @PathParam("version")
    String version;

    @RolesAllowed(Role.Names.ENGINEER)
    @PUT
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Upload the version's model, replacing the one it had")
    @APIResponse(
            responseCode = "200",
            description = "Stored, with what the model reads and gives",
            content = @Content(schema = @Schema(implementation = ArtifactSummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a model of this format, too large, or not fitting the version's schema",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "The artifact directory cannot be written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArtifactSummary upload(
            @QueryParam("format") @Parameter(description = "tribuo or onnx") String format,
            @QueryParam("features")
                    @Parameter(description = "ONNX only: each feature the model reads, in the order of its input")
                    List<String> features,
            @QueryParam("classes")
                    @Parameter(description = "ONNX classifiers only: each class, in the order of its scores")
                    List<String> classes,
            InputStream body)
            throws IOException {
        var content = body.readNBytes(limit + 1);
        if (content.length > limit) {
            throw new ModelValidationException(List.of(new Violation(
                    "body", "the artifact is larger than mdt.serving.artifact-limit (" + limit + " bytes)")));
        }
        return artifacts.upload(model, version, format, content, features, classes);
    }

    @RolesAllowed(Role.Names.VIEWER)
    @GET
    @Operation(summary = "The version's model: format, checksum, size, features and outputs")
    public ArtifactSummary get() {
        return artifacts.get(model, version);
    }

    @RolesAllowed(Role.Names.ENGINEER)
    @DELETE
    @Operation(summary = "Remove the version's model; the version is no longer served")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete() {
        artifacts.delete(model, version);
    }
}
