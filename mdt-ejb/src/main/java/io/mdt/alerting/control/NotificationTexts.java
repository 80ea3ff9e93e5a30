package io.mdt.alerting.control;

import jakarta.json.Json;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A notification as people read it, in a chat message or an e-mail. */
public final class NotificationTexts {

    private NotificationTexts() {}

    /** {@code [FIRING:2] model=fraud}: the status, the count of firing alerts, the group. */
    public static String title(NotificationContent content) {
        var group = content.groupLabels().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        var status = content.status().toUpperCase(Locale.ROOT);
        var count = content.firingCount() > 0 ? ":" + content.firingCount() : "";
        return "[" + status + count + "] " + (group.isEmpty() ? "MDT alerts" : group);
    }

    /** One paragraph per alert: status, severity and summary, the description, the dashboard link. */
    public static String body(NotificationContent content) {
        return content.alerts().stream()
                .map(alert -> "[" + alert.status().toUpperCase(Locale.ROOT) + "] "
                        + alert.labels().getOrDefault("severity", "") + ": "
                        + alert.annotations().getOrDefault("summary", "") + "\n"
                        + alert.annotations().getOrDefault("description", "") + "\n"
                        + alert.generatorURL())
                .collect(Collectors.joining("\n\n"));
    }

    /** Slack's incoming-webhook body: one text with the title in bold and a line per alert, linked. */
    public static String slack(NotificationContent content) {
        var lines = content.alerts().stream()
                .map(alert -> "• " + (alert.firing() ? "" : "resolved: ")
                        + escape(alert.annotations().getOrDefault("summary", "")) + " <" + alert.generatorURL()
                        + "|details>")
                .collect(Collectors.joining("\n"));
        return Json.createObjectBuilder()
                .add("text", "*" + escape(title(content)) + "*\n" + lines)
                .build()
                .toString();
    }

    /** Slack's control characters in message text. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
