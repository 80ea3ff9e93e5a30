package io.mdt.monitoring.view;

import io.mdt.engine.report.ColumnDistribution;
import io.mdt.platform.view.NumberText;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
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
        var labels = new ArrayList<String>();
        long[] reference = distribution.reference();
        long[] current = distribution.current();
        if (distribution instanceof ColumnDistribution.Binned binned) {
            for (int i = 0; i + 1 < binned.edges().length; i++) {
                labels.add(NumberText.of(binned.edges()[i]) + " to " + NumberText.of(binned.edges()[i + 1]));
            }
        } else if (distribution instanceof ColumnDistribution.Categories categories) {
            labels.addAll(categories.categories());
            if (categories.otherReference() + categories.otherCurrent() > 0) {
                labels.add("other categories");
                reference = append(reference, categories.otherReference());
                current = append(current, categories.otherCurrent());
            }
        }
        long referenceTotal = Arrays.stream(reference).sum();
        long currentTotal = Arrays.stream(current).sum();
        var bars = new ArrayList<DistributionBar>();
        for (int i = 0; i < labels.size(); i++) {
            bars.add(new DistributionBar(
                    labels.get(i),
                    reference[i],
                    share(reference[i], referenceTotal),
                    current[i],
                    share(current[i], currentTotal)));
        }
        return List.copyOf(bars);
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

    private static double share(long count, long total) {
        return total == 0 ? 0 : (double) count / total;
    }

    private static long[] append(long[] counts, long last) {
        long[] longer = Arrays.copyOf(counts, counts.length + 1);
        longer[counts.length] = last;
        return longer;
    }
}
