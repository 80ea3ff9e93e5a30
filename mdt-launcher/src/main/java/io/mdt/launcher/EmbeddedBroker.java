package io.mdt.launcher;

import java.nio.file.Path;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An ActiveMQ Artemis broker inside the launcher's JVM, persistent, speaking the core
 * protocol. It declares MDT's destinations and sends any message that keeps failing to
 * {@code mdt.dead-letter}, where the application also puts what it rejects, and expired
 * messages to {@code mdt.expired}. Every connection logs in as one of the identities of
 * {@link BrokerSecurity}.
 */
final class EmbeddedBroker implements AutoCloseable {

    static final String DEAD_LETTER = "mdt.dead-letter";
    static final String EXPIRED = "mdt.expired";
    private static final String[] QUEUES = {
        "model-commands",
        "mdt.predictions",
        "mdt.actuals",
        "mdt.evaluations",
        "mdt.alerting",
        "mdt.notifications",
        "mdt.retraining",
        "mdt.mlflow",
        DEAD_LETTER,
        EXPIRED
    };
    static final List<String> TOPICS = List.of("model-events", "mdt.drift", "mdt.alerts");
    private static final int MAX_DELIVERY_ATTEMPTS = 5;
    /**
     * Redeliveries wait 1, 2, 4 and 8 s: a fault of the moment (the supervisor restarting the
     * database takes a few seconds) passes before the fifth and last delivery, some 15 s on.
     */
    private static final long REDELIVERY_DELAY_MILLIS = 1000;

    private static final double REDELIVERY_MULTIPLIER = 2;

    private final EmbeddedActiveMQ broker;

    private EmbeddedBroker(EmbeddedActiveMQ broker) {
        this.broker = broker;
    }

    static EmbeddedBroker start(Path dataDirectory, String bindAddress, int port, BrokerCredentials credentials) {
        try {
            var configuration = new ConfigurationImpl()
                    .setName("mdt")
                    .setPersistenceEnabled(true)
                    .setSecurityEnabled(true)
                    .setSecurityRoles(BrokerSecurity.roles())
                    .setJournalDirectory(dataDirectory.resolve("journal").toString())
                    .setBindingsDirectory(dataDirectory.resolve("bindings").toString())
                    .setLargeMessagesDirectory(
                            dataDirectory.resolve("large-messages").toString())
                    .setPagingDirectory(dataDirectory.resolve("paging").toString())
                    .setJMXManagementEnabled(false)
                    .addAcceptorConfiguration("core", "tcp://" + bindAddress + ":" + port + "?protocols=CORE")
                    .addAddressSetting(
                            "#",
                            new AddressSettings()
                                    .setDeadLetterAddress(SimpleString.of(DEAD_LETTER))
                                    .setExpiryAddress(SimpleString.of(EXPIRED))
                                    .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                                    .setRedeliveryDelay(REDELIVERY_DELAY_MILLIS)
                                    .setRedeliveryMultiplier(REDELIVERY_MULTIPLIER)
                                    .setAutoCreateQueues(true)
                                    .setAutoCreateAddresses(true));
            for (var queue : QUEUES) {
                configuration.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
            }
            for (var topic : TOPICS) {
                configuration.addAddressConfiguration(
                        new CoreAddressConfiguration().setName(topic).addRoutingType(RoutingType.MULTICAST));
            }
            var broker = new EmbeddedActiveMQ()
                    .setConfiguration(configuration)
                    .setSecurityManager(BrokerSecurity.manager(credentials));
            broker.start();
            return new EmbeddedBroker(broker);
        } catch (Exception e) {
            throw new LaunchException(
                    "embedded Artemis broker did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
