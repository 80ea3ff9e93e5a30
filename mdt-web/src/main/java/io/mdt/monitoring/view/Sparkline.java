package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.MainMetric;
import io.mdt.platform.view.NumberText;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A model's main figure over its latest windows as a line small enough for a table cell, drawn
 * as SVG on the server rather than as a chart per row: the points of a polyline in a
 * {@value #WIDTH} x {@value #HEIGHT} box, scaled between the lowest and the highest value so that a
 * change shows whatever its size, and the words a screen reader says instead.
 *
 * @param points the polyline's points, empty when fewer than two windows have a value
 * @param label the figure's name and latest value ({@code accuracy 0.912}, {@code features drifted 20%})
 * @param description the range the line covers, in words
 */
public record Sparkline(String points, String label, String description) implements Serializable {

    static final int WIDTH = 100;
    static final int HEIGHT = 24;
    /** Keeps the line's stroke inside the box at the lowest and highest value. */
    private static final double MARGIN = 2;

    /** The sparkline of a model with no evaluated window. */
    static final Sparkline NONE = new Sparkline("", "", "");

    static Sparkline of(MainMetric metric) {
        if (metric == null || metric.values().isEmpty()) {
            return NONE;
        }
        var values = metric.values();
        var label = metric.name() + " " + text(metric, metric.latest());
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        var description = "%s in the latest %d windows: from %s to %s, latest %s"
                .formatted(
                        metric.name(),
                        values.size(),
                        text(metric, low),
                        text(metric, high),
                        text(metric, metric.latest()));
        return new Sparkline(values.size() < 2 ? "" : points(values, low, high), label, description);
    }

    public boolean drawn() {
        return !points.isEmpty();
    }

    public boolean missing() {
        return label.isEmpty();
    }

    private static String points(List<Double> values, double low, double high) {
        double step = (double) WIDTH / (values.size() - 1);
        double span = high - low;
        return IntStream.range(0, values.size())
                .mapToObj(i -> {
                    double y =
                            span == 0 ? HEIGHT / 2.0 : MARGIN + (high - values.get(i)) / span * (HEIGHT - 2 * MARGIN);
                    return String.format(Locale.ROOT, "%.1f,%.1f", i * step, y);
                })
                .collect(Collectors.joining(" "));
    }

    private static String text(MainMetric metric, double value) {
        return metric.share() ? NumberText.percent(value) : NumberText.of(value);
    }
}
