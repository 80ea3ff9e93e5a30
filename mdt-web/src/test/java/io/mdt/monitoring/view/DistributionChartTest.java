package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.report.ColumnDistribution;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionChartTest {

    @Test
    void binsAreNamedByTheirRangeAndMeasuredAsSharesOfEachSample() {
        var bars = DistributionChart.bars(
                new ColumnDistribution.Binned(new double[] {0, 0.5, 1}, new long[] {3, 1}, new long[] {0, 10}));

        assertThat(bars).extracting(DistributionBar::label).containsExactly("0 to 0.5", "0.5 to 1");
        assertThat(bars.get(0).referenceShare()).isEqualTo(0.75);
        assertThat(bars.get(1).currentShare()).isEqualTo(1.0);
        assertThat(bars.get(0).referenceText()).isEqualTo("3 (75%)");
    }

    @Test
    void theCategoriesNotShownMakeOneLastBar() {
        var bars = DistributionChart.bars(
                new ColumnDistribution.Categories(List.of("a", "b"), new long[] {5, 3}, new long[] {1, 1}, 2, 0));

        assertThat(bars).extracting(DistributionBar::label).containsExactly("a", "b", "other categories");
        assertThat(bars.get(2).referenceShare()).isEqualTo(0.2);
        assertThat(bars.get(2).currentCount()).isZero();
    }

    @Test
    void theChartDrawsBothSamplesInPercentOnTheSameBars() {
        var json = DistributionChart.json(DistributionChart.bars(
                new ColumnDistribution.Categories(List.of("a", "b"), new long[] {1, 3}, new long[] {2, 2}, 0, 0)));

        var chart = Json.createReader(new StringReader(json)).readObject();
        assertThat(chart.getString("type")).isEqualTo("bar");
        var data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getString(1)).isEqualTo("b");
        assertThat(data.getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data")
                        .getJsonNumber(0)
                        .doubleValue())
                .isEqualTo(50.0);
        assertThat(data.getJsonArray("datasets")
                        .getJsonObject(1)
                        .getJsonArray("data")
                        .getJsonNumber(1)
                        .doubleValue())
                .isEqualTo(75.0);
    }
}
