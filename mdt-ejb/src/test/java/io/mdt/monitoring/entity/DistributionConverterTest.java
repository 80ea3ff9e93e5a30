package io.mdt.monitoring.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.report.ColumnDistribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionConverterTest {

    private final DistributionConverter converter = new DistributionConverter();

    @Test
    void binsSurviveTheRoundTrip() {
        var stored = converter.convertToDatabaseColumn(
                new ColumnDistribution.Binned(new double[] {-1.5, 0.25, 2}, new long[] {3, 0}, new long[] {1, 7}));

        var read = (ColumnDistribution.Binned) converter.convertToEntityAttribute(stored);

        assertThat(read.edges()).containsExactly(-1.5, 0.25, 2.0);
        assertThat(read.reference()).containsExactly(3, 0);
        assertThat(read.current()).containsExactly(1, 7);
    }

    @Test
    void categoriesSurviveTheRoundTripWithWhatTheOthersAddUpTo() {
        var stored = converter.convertToDatabaseColumn(new ColumnDistribution.Categories(
                List.of("red", "blue \"navy\""), new long[] {5, 2}, new long[] {0, 9}, 4, 1));

        var read = (ColumnDistribution.Categories) converter.convertToEntityAttribute(stored);

        assertThat(read.categories()).containsExactly("red", "blue \"navy\"");
        assertThat(read.reference()).containsExactly(5, 2);
        assertThat(read.current()).containsExactly(0, 9);
        assertThat(read.otherReference()).isEqualTo(4);
        assertThat(read.otherCurrent()).isEqualTo(1);
    }

    @Test
    void nothingStaysNothing() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
