package io.mdt.alerting.view;

import io.mdt.alerting.boundary.AlertingNotFoundException;
import io.mdt.alerting.boundary.ChannelSummary;
import io.mdt.alerting.boundary.Channels;
import io.mdt.alerting.boundary.DuplicateNameException;
import io.mdt.alerting.boundary.NotificationSummary;
import io.mdt.alerting.boundary.Notifications;
import io.mdt.alerting.boundary.RouteDraft;
import io.mdt.alerting.boundary.RouteSummary;
import io.mdt.alerting.boundary.Routes;
import io.mdt.alerting.entity.LabelMatcher;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ModelValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Channels page: where notifications go (channels), which alerts go there and how they are
 * grouped (routes), and how the latest notifications went. Channels and routes are added and
 * removed here as over REST; what the boundaries refuse becomes a message.
 */
@Named
@ViewScoped
public class ChannelsView implements Serializable {

    private static final int RECENT = 20;

    @Inject
    Channels channels;

    @Inject
    Routes routes;

    @Inject
    Notifications notifications;

    private final ChannelForm channel = new ChannelForm();
    private final RouteForm route = new RouteForm();
    private Page page;

    /** What the page shows, read once per request. */
    public record Page(
            List<ChannelSummary> channels, List<RouteSummary> routes, List<NotificationSummary> notifications) {}

    public Page getPage() {
        if (page == null) {
            page = new Page(channels.list(), routes.list(), notifications.list(null, null, 0, RECENT));
        }
        return page;
    }

    public void addChannel() {
        if (act(() -> "Channel " + channels.create(channel.draft()).name() + " added")) {
            channel.clear();
        }
    }

    public void addRoute() {
        List<LabelMatcher> matchers;
        try {
            matchers = MatcherText.parse(route.getMatchers());
        } catch (IllegalArgumentException unreadable) {
            PageMessages.refused(unreadable);
            return;
        }
        var draft = new RouteDraft(
                route.getChannel(),
                null,
                matchers,
                route.getGroupBy() == null || route.getGroupBy().isBlank()
                        ? null
                        : Arrays.stream(route.getGroupBy().split(","))
                                .map(String::strip)
                                .toList(),
                blankToNull(route.getGroupWait()),
                blankToNull(route.getGroupInterval()),
                blankToNull(route.getRepeatInterval()),
                route.isContinueMatching(),
                true);
        if (act(() -> "Route " + routes.create(draft).id() + " added")) {
            route.clear();
        }
    }

    public void deleteChannel(long id) {
        act(() -> {
            channels.delete(id);
            return "Channel removed, with its routes";
        });
    }

    public void deleteRoute(long id) {
        act(() -> {
            routes.delete(id);
            return "Route removed";
        });
    }

    /** The matchers of a route as people read them. */
    public String matchers(RouteSummary summary) {
        var text = MatcherText.format(summary.matchers());
        return text.isEmpty() ? "every alert" : text;
    }

    private boolean act(Supplier<String> action) {
        try {
            PageMessages.info(action.get());
            page = null;
            return true;
        } catch (ModelValidationException invalid) {
            PageMessages.refused(invalid);
        } catch (DuplicateNameException | AlertingNotFoundException refused) {
            PageMessages.refused(refused);
        }
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ChannelForm getChannel() {
        return channel;
    }

    public RouteForm getRoute() {
        return route;
    }
}
