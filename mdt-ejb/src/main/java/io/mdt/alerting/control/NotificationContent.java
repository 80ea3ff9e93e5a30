package io.mdt.alerting.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one notification tells, in the shape of Alertmanager's webhook body (version 4), so
 * that receivers written for Alertmanager read MDT's: the group, its common labels and
 * annotations, and each alert with its status, labels, annotations and times. MDT adds each
 * alert's id, state and value.
 */
public record NotificationContent(
        String version,
        String groupKey,
        int truncatedAlerts,
        String status,
        String receiver,
        Map<String, String> groupLabels,
        Map<String, String> commonLabels,
        Map<String, String> commonAnnotations,
        String externalURL,
        List<Item> alerts) {

    /** Alertmanager's zero time, which its webhook sends as the end of a firing alert. */
    public static final Instant ZERO = Instant.parse("0001-01-01T00:00:00Z");

    /** One alert in a notification. */
    public record Item(
            long id,
            String status,
            String state,
            Map<String, String> labels,
            Map<String, String> annotations,
            Instant startsAt,
            Instant endsAt,
            String generatorURL,
            String fingerprint,
            Double value) {

        public boolean firing() {
            return "firing".equals(status);
        }
    }

    public static NotificationContent of(
            String groupKey, String receiver, Map<String, String> groupLabels, String externalUrl, List<Item> alerts) {
        boolean firing = alerts.stream().anyMatch(Item::firing);
        return new NotificationContent(
                "4",
                groupKey,
                0,
                firing ? "firing" : "resolved",
                receiver,
                groupLabels,
                common(alerts.stream().map(Item::labels).toList()),
                common(alerts.stream().map(Item::annotations).toList()),
                externalUrl,
                alerts);
    }

    public long firingCount() {
        return alerts.stream().filter(Item::firing).count();
    }

    /** The pairs every map has, as Alertmanager's common labels and annotations. */
    private static Map<String, String> common(List<Map<String, String>> maps) {
        if (maps.isEmpty()) {
            return Map.of();
        }
        var common = new HashMap<>(maps.get(0));
        for (var map : maps.subList(1, maps.size())) {
            common.entrySet().removeIf(e -> !Objects.equals(map.get(e.getKey()), e.getValue()));
        }
        return Map.copyOf(common);
    }
}
