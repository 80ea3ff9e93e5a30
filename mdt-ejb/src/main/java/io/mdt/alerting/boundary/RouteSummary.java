package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.LabelMatcher;
import io.mdt.alerting.entity.Route;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A route as clients read it, with its channel's id and name.
 *
 * @param groupWait ISO-8601, e.g. {@code PT30S}; so are the intervals
 */
public record RouteSummary(
        long id,
        int position,
        long channelId,
        String channel,
        List<LabelMatcher> matchers,
        List<String> groupBy,
        String groupWait,
        String groupInterval,
        String repeatInterval,
        boolean continueMatching,
        boolean sendResolved,
        Instant created,
        Instant updated)
        implements Serializable {

    static RouteSummary of(Route route) {
        var settings = route.settings();
        return new RouteSummary(
                route.getId(),
                settings.position(),
                route.getChannel().getId(),
                route.getChannel().getName(),
                List.copyOf(settings.matchers()),
                List.copyOf(settings.groupBy()),
                settings.groupWait().toString(),
                settings.groupInterval().toString(),
                settings.repeatInterval().toString(),
                settings.continueMatching(),
                settings.sendResolved(),
                route.getCreated(),
                route.getUpdated());
    }
}
