package io.mdt.monitoring.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A model's main figure in its latest finished windows, oldest first, for a sparkline: the first
 * performance metric of its main monitor (realized where actuals arrived, else estimated), or,
 * when no window has a value of one, the share of features that drifted. The main monitor
 * is the first monitor of the newest version that has been evaluated.
 *
 * @param name the metric's name, or {@value #DRIFTED_SHARE}
 * @param values one per window that has a value
 */
public record MainMetric(String name, List<Double> values) implements Serializable {

    public static final String DRIFTED_SHARE = "features drifted";

    public MainMetric {
        values = List.copyOf(values);
    }

    /** Whether the figure is a share (shown as a percentage) rather than a metric's value. */
    public boolean share() {
        return DRIFTED_SHARE.equals(name);
    }

    /** The latest window's value, or null when no window has one. */
    public Double latest() {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
