package io.mdt.engine.performance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of one report as they are computed, in the order they are put: a value, or null and the
 * reason it is undefined. A NaN or infinite value without a reason is a bug, so it is refused here
 * rather than reported as a number.
 */
final class MetricValues {

    static final String NO_ROWS = "there is no labelled row";
    static final String NO_SCORE = "no score column";

    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> undefined = new LinkedHashMap<>();

    void put(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException(name + " is " + value + " without a reason");
        }
        values.put(name, value);
    }

    void undefined(String name, String reason) {
        values.put(name, null);
        undefined.put(name, reason);
    }

    /** {@code numerator / denominator}, or undefined with {@code reason} when the denominator is zero. */
    void ratio(String name, double numerator, double denominator, String reason) {
        if (denominator == 0) {
            undefined(name, reason);
        } else {
            put(name, numerator / denominator);
        }
    }

    /** Every metric of {@code task} undefined for the same reason, as on a window without actuals. */
    static MetricValues allUndefined(Task task, String reason) {
        MetricValues values = new MetricValues();
        Catalogue.names(task).forEach(name -> values.undefined(name, reason));
        return values;
    }

    Map<String, Double> values() {
        return values;
    }

    Map<String, String> undefined() {
        return undefined;
    }
}
