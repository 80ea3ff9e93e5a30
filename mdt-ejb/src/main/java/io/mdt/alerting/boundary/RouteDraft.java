package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.LabelMatcher;
import io.mdt.alerting.entity.Route.RouteSettings;
import java.time.Duration;
import java.util.List;

/**
 * A route as a client describes it, with Alertmanager's defaults.
 *
 * @param channel the channel's name, or its id
 * @param position where the route is tried, lowest first (0 to 1,000,000); absent: after the
 *     last route (on a change: where it is)
 * @param matchers what an alert's labels must meet to take the route; absent or empty: every alert
 * @param groupBy the labels whose values group alerts into one notification (default {@code
 *     ["model"]}; {@code []}: one group of all)
 * @param groupWait ISO-8601 wait before a new group's first notification, 0 s to 1 day (default
 *     {@code PT30S})
 * @param groupInterval ISO-8601 shortest time between notifications of a changed group, 1 s to
 *     1 day (default {@code PT5M})
 * @param repeatInterval ISO-8601 time after which an unchanged group is notified again, 1 s to
 *     366 days (default {@code PT4H})
 * @param continueMatching whether an alert that takes this route also tries the next ones
 *     (default false)
 * @param sendResolved whether resolved alerts are notified too (default true)
 */
public record RouteDraft(
        String channel,
        Integer position,
        List<LabelMatcher> matchers,
        List<String> groupBy,
        String groupWait,
        String groupInterval,
        String repeatInterval,
        Boolean continueMatching,
        Boolean sendResolved) {

    static final int LAST_POSITION = 1_000_000;
    static final List<String> DEFAULT_GROUP_BY = List.of("model");
    static final Duration DEFAULT_GROUP_WAIT = Duration.ofSeconds(30);
    static final Duration DEFAULT_GROUP_INTERVAL = Duration.ofMinutes(5);
    static final Duration DEFAULT_REPEAT_INTERVAL = Duration.ofHours(4);
    static final Duration LONGEST_WAIT = Duration.ofDays(1);
    static final Duration LONGEST_REPEAT = Duration.ofDays(366);

    /**
     * The route's settings, noting every rule the draft breaks in {@code violations} (the caller
     * adds what it finds of the channel, then raises them); null when the draft is absent.
     */
    static RouteSettings settings(RouteDraft draft, int defaultPosition, Violations violations) {
        if (draft == null) {
            violations.add("body", "must be a route");
            return null;
        }
        int position = draft.position() == null ? defaultPosition : draft.position();
        if (position < 0 || position > LAST_POSITION) {
            violations.add("position", "must be from 0 to " + LAST_POSITION);
        }
        var matchers = violations.matchers("matchers", draft.matchers(), false);
        var groupBy = violations.labelNames("groupBy", draft.groupBy() == null ? DEFAULT_GROUP_BY : draft.groupBy());
        var groupWait =
                violations.duration("groupWait", draft.groupWait(), DEFAULT_GROUP_WAIT, Duration.ZERO, LONGEST_WAIT);
        var groupInterval = violations.duration(
                "groupInterval", draft.groupInterval(), DEFAULT_GROUP_INTERVAL, Duration.ofSeconds(1), LONGEST_WAIT);
        var repeatInterval = violations.duration(
                "repeatInterval",
                draft.repeatInterval(),
                DEFAULT_REPEAT_INTERVAL,
                Duration.ofSeconds(1),
                LONGEST_REPEAT);
        return new RouteSettings(
                position,
                matchers,
                groupBy,
                groupWait,
                groupInterval,
                repeatInterval,
                draft.continueMatching() != null && draft.continueMatching(),
                draft.sendResolved() == null || draft.sendResolved());
    }
}
