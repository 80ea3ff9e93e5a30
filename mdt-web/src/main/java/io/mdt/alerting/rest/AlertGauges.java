package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.Alerts;
import io.mdt.alerting.entity.AlertState;
import io.mdt.alerting.entity.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes the number of alerts by state and severity on {@code /metrics}
 * ({@code mdt_alerts{state, severity}}), read from the database at most every few seconds
 * however often the metrics are scraped.
 */
@ApplicationScoped
public class AlertGauges {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private static final Metadata ALERTS = Metadata.builder()
            .withName("mdt.alerts")
            .withDescription("Alerts by state (firing, acknowledged, resolved) and severity")
            .build();

    @Inject
    MetricRegistry registry;

    @Inject
    Alerts alerts;

    private volatile Map<String, Long> counts = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (var state : AlertState.values()) {
            for (var severity : Severity.values()) {
                var key = state.name().toLowerCase(Locale.ROOT) + "/" + severity.label();
                registry.gauge(
                        ALERTS,
                        this,
                        gauges -> gauges.count(key),
                        new Tag("state", state.name().toLowerCase(Locale.ROOT)),
                        new Tag("severity", severity.label()));
            }
        }
    }

    private long count(String key) {
        if (readAt.plus(FRESH_FOR).isBefore(Instant.now())) {
            counts = alerts.countsByStateAndSeverity();
            readAt = Instant.now();
        }
        return counts.getOrDefault(key, 0L);
    }
}
