package io.mdt.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Counts notifications sent and failed for good, by channel, on {@code /metrics}. */
@ApplicationScoped
public class AlertingMetrics {

    private static final Metadata SENT = Metadata.builder()
            .withName("mdt.notifications.sent")
            .withDescription("Notifications a channel took, by channel")
            .build();

    private static final Metadata FAILED = Metadata.builder()
            .withName("mdt.notifications.failed")
            .withDescription("Notifications that failed for good after their last attempt, by channel")
            .build();

    private static final Metadata ATTEMPTS_FAILED = Metadata.builder()
            .withName("mdt.notifications.attempts.failed")
            .withDescription("Delivery attempts that failed (and were retried or gave up), by channel")
            .build();

    @Inject
    MetricRegistry registry;

    public void sent(String channel) {
        registry.counter(SENT, new Tag("channel", channel)).inc();
    }

    public void attemptFailed(String channel, boolean gaveUp) {
        registry.counter(ATTEMPTS_FAILED, new Tag("channel", channel)).inc();
        if (gaveUp) {
            registry.counter(FAILED, new Tag("channel", channel)).inc();
        }
    }
}
