package io.mdt.mlflow.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.creds.BasicMlflowHostCreds;

/**
 * Where MLflow is ({@code mdt.mlflow.tracking-uri}; none turns the integration off), the token
 * to present ({@code mdt.mlflow.token}, from the environment variable {@code MDT_MLFLOW_TOKEN})
 * and how often the registry is read. One client per application: it keeps a pool of HTTP
 * connections and may be shared by threads.
 */
@ApplicationScoped
public class MlflowSettings {

    @Inject
    @ConfigProperty(name = "mdt.mlflow.tracking-uri")
    Optional<String> trackingUri;

    @Inject
    @ConfigProperty(name = "mdt.mlflow.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "mdt.mlflow.sync-interval", defaultValue = "PT5M")
    String syncInterval;

    @Inject
    @ConfigProperty(name = "mdt.mlflow.max-deliveries", defaultValue = "5")
    int maxDeliveries;

    private MlflowClient client;

    public boolean enabled() {
        return trackingUri.filter(uri -> !uri.isBlank()).isPresent();
    }

    public String trackingUri() {
        return trackingUri.map(String::strip).orElse(null);
    }

    public Duration syncInterval() {
        return Duration.parse(syncInterval);
    }

    /** The deliveries of a figures message before it is dead-lettered: the broker's own limit. */
    public int maxDeliveries() {
        return maxDeliveries;
    }

    synchronized MlflowClient client() {
        if (client == null) {
            client = new MlflowClient(new BasicMlflowHostCreds(trackingUri(), token.orElse(null)));
        }
        return client;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
