package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.NotificationSummary;
import io.mdt.alerting.boundary.Notifications;
import io.mdt.platform.rest.InvalidParameterException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.QueryParameters;
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
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The record of notifications: sent, still being tried, failed with the reason. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerting")
@Timed(name = "mdt.notifications.api", absolute = true, description = "Time spent serving the notifications API")
@APIResponse(
        responseCode = "400",
        description = "Invalid request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @RolesAllowed(Role.Names.ADMIN)
    @GET
    @Operation(
            summary = "Notifications, newest first, optionally of one channel (id) and status (pending, sent, failed)")
    public List<NotificationSummary> list(
            @QueryParam("channel") String channel,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return notifications.list(
                channel(channel),
                status,
                QueryParameters.integer("page", page, 0),
                QueryParameters.integer("size", size, 50));
    }

    @RolesAllowed(Role.Names.ADMIN)
    @GET
    @Path("{id}")
    @Operation(summary = "Read a notification")
    @APIResponse(
            responseCode = "404",
            description = "No such notification",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationSummary get(@PathParam("id") long id) {
        return notifications.get(id);
    }

    private static Long channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(channel.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("channel", "must be a channel id");
        }
    }
}
