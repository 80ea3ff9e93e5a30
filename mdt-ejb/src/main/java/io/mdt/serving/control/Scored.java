package io.mdt.serving.control;

import java.io.Serializable;
import java.util.Map;

/**
 * A model's answer for one record, as the cache keeps it.
 *
 * @param label the class a classifier chose, or null
 * @param value the value a regression model predicted, or null
 * @param scores each class's probability, by class, when the classifier gives them
 */
public record Scored(String label, Double value, Map<String, Double> scores) implements Serializable {

    public Scored {
        scores = Map.copyOf(scores);
    }
}
