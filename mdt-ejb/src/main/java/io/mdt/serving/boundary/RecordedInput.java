package io.mdt.serving.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * A record MDT saw before, to be scored again by another version: its prediction id, the time it
 * was seen and its features.
 */
public record RecordedInput(String predictionId, Instant timestamp, JsonObject features) {}
