package io.mdt.serving.boundary;

import java.util.Map;

/**
 * The answer to one record of a request: its index in the request, the id it was logged under,
 * the prediction (a class, or a value) and each class's probability by score column, and
 * whether the cache answered.
 */
public record ServedPrediction(
        int index, String predictionId, Object prediction, Map<String, Double> scores, boolean cached) {

    public ServedPrediction {
        scores = Map.copyOf(scores);
    }
}
