package io.mdt.monitoring.view;

import io.mdt.engine.report.ColumnDistribution;
import io.mdt.platform.view.NumberText;
import jakarta.json.Json;
import java.util.List;

/**
 * A column's reference and current distributions overlaid as a Chart.js bar chart, as shares of
 * each sample so that samples of different sizes compare, with the same bars as a table for
 * readers who do not see the chart.
 */
final class DistributionChart {

    static final String REFERENCE_COLOUR = "rgba(107, 114, 128, 0.55)";
    static final String CURRENT_COLOUR = "rgba(37, 99, 235, 0.65)";

    private DistributionChart() {}

    /** The bars of a distribution: a bin's range ("0.5 to 1"), or a category and then the others. */
    static List<DistributionBar> bars(ColumnDistribution distribution) {
        return distribution.bars(NumberText::of).stream()
                .map(bar -> new DistributionBar(
                        bar.label(),
                        bar.referenceCount(),
                        bar.referenceShare(),
                        bar.currentCount(),
                        bar.currentShare()))
                .toList();
    }

    /** The chart's configuration as JSON: shares in percent, the reference bars behind the current ones. */
    static String json(List<DistributionBar> bars) {
        var labels = Json.createArrayBuilder();
        var reference = Json.createArrayBuilder();
        var current = Json.createArrayBuilder();
        for (var bar : bars) {
            labels.add(bar.label());
            reference.add(100 * bar.referenceShare());
            current.add(100 * bar.currentShare());
        }
        var datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", "current window (%)")
                        .add("data", current)
                        .add("backgroundColor", CURRENT_COLOUR)
                        .add("grouped", false)
                        .add("order", 0))
                .add(Json.createObjectBuilder()
                        .add("label", "reference (%)")
                        .add("data", reference)
                        .add("backgroundColor", REFERENCE_COLOUR)
                        .add("grouped", false)
                        .add("barPercentage", 1.0)
                        .add("categoryPercentage", 0.9)
                        .add("order", 1));
        return LineChart.json("bar", labels, datasets);
    }
}
