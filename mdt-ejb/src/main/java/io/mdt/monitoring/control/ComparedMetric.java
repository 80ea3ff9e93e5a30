package io.mdt.monitoring.control;

import io.mdt.engine.comparison.Difference;
import io.mdt.engine.comparison.McNemar;

/**
 * One metric of two models (or periods) side by side.
 *
 * @param metric the metric's name
 * @param difference the values, {@code second - first} and its bootstrap interval; null when there is
 *     no row to compute it on
 * @param mcnemar McNemar's test of paired correctness, for accuracy on paired rows only; else null
 * @param undefinedReason why a value or the interval is missing, or null
 */
public record ComparedMetric(String metric, Difference difference, McNemar mcnemar, String undefinedReason) {

    /** The verdict: McNemar's where it was run, which fits accuracy exactly, else the bootstrap's. */
    public boolean significant() {
        if (mcnemar != null) {
            return mcnemar.significant();
        }
        return difference != null && difference.significant();
    }
}
