package io.mdt.audit.rest;

import io.mdt.audit.boundary.AuditLog;
import io.mdt.audit.boundary.AuditPage;
import io.mdt.audit.boundary.AuditQuery;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.QueryParameters;
import io.mdt.platform.rest.TimeParameters;
import io.mdt.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for administrators: filtered pages, one entry, and an export as JSON lines. */
@Path("audit")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@APIResponse(
        responseCode = "400",
        description = "Invalid filter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AuditResource {

    @Inject
    AuditLog log;

    /** A page of entries, their before and after as JSON. */
    public record AuditEntries(List<AuditEntryBody> items, long total, int page, int size) {
        static AuditEntries of(AuditPage page) {
            return new AuditEntries(
                    page.items().stream().map(AuditEntryBody::of).toList(), page.total(), page.page(), page.size());
        }
    }

    @GET
    @Operation(
            summary = "Audit entries, newest first, filtered by actor, action (a prefix when it ends in '.' or '*'),"
                    + " target type and id, and time (from inclusive, to exclusive)")
    public AuditEntries list(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("targetType") String targetType,
            @QueryParam("targetId") String targetId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return AuditEntries.of(log.list(query(actor, action, targetType, targetId, from, to)
                .withPage(QueryParameters.integer("page", page, 0), QueryParameters.integer("size", size, 50))));
    }

    @GET
    @Path("export")
    @Produces(AuditLines.MEDIA_TYPE)
    @Operation(
            summary = "Every entry under the same filters as the list, oldest first, as JSON lines"
                    + " (application/x-ndjson), streamed")
    @APIResponse(
            responseCode = "200",
            description = "One JSON object per line",
            content = @Content(mediaType = AuditLines.MEDIA_TYPE))
    public Response export(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("targetType") String targetType,
            @QueryParam("targetId") String targetId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        var lines = new AuditLines(log, query(actor, action, targetType, targetId, from, to));
        StreamingOutput body = lines::writeTo;
        return Response.ok(body, AuditLines.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"mdt-audit.jsonl\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one audit entry")
    @APIResponse(
            responseCode = "404",
            description = "No entry has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditEntryBody get(@PathParam("id") long id) {
        return AuditEntryBody.of(log.get(id));
    }

    private static AuditQuery query(
            String actor, String action, String targetType, String targetId, String from, String to) {
        return new AuditQuery(
                actor,
                action,
                targetType,
                targetId,
                TimeParameters.optional("from", from),
                TimeParameters.optional("to", to),
                0,
                50);
    }
}
