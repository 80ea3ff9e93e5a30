package io.mdt.mlflow.boundary;

import java.time.Instant;

/**
 * How MDT's last exchange with MLflow went.
 *
 * @param state {@code off} (no tracking URI configured), {@code up} (the last request
 *     succeeded, or none was made yet) or {@code degraded} (the last request failed; MDT keeps
 *     working and tries again)
 * @param reason why it is degraded, or null
 * @param since when the state began, or null for {@code off}
 */
public record MlflowStatus(String state, String trackingUri, String reason, Instant since) {

    public static final String OFF = "off";
    public static final String UP = "up";
    public static final String DEGRADED = "degraded";
}
