package io.mdt.monitoring.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.monitoring.boundary.MainMetric;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {

    @Test
    void theLineSpansTheBoxFromTheHighestValueAtTheTopToTheLowestAtTheBottom() {
        var line = Sparkline.of(new MainMetric("accuracy", List.of(0.9, 0.95, 0.8)));

        assertThat(line.points()).isEqualTo("0.0,8.7 50.0,2.0 100.0,22.0");
        assertThat(line.drawn()).isTrue();
        assertThat(line.label()).isEqualTo("accuracy 0.8");
        assertThat(line.description()).isEqualTo("accuracy in the latest 3 windows: from 0.8 to 0.95, latest 0.8");
    }

    @Test
    void aShareReadsAsAPercentage() {
        var line = Sparkline.of(new MainMetric(MainMetric.DRIFTED_SHARE, List.of(0.0, 0.2)));

        assertThat(line.label()).isEqualTo("features drifted 20%");
        assertThat(line.description()).contains("from 0% to 20%");
    }

    @Test
    void aConstantFigureIsAFlatLineAcrossTheMiddle() {
        var line = Sparkline.of(new MainMetric("mae", List.of(3.0, 3.0, 3.0)));

        assertThat(line.points()).isEqualTo("0.0,12.0 50.0,12.0 100.0,12.0");
    }

    @Test
    void oneWindowHasALabelButNoLineAndNoWindowHasNeither() {
        var single = Sparkline.of(new MainMetric("f1", List.of(0.5)));

        assertThat(single.drawn()).isFalse();
        assertThat(single.missing()).isFalse();
        assertThat(single.label()).isEqualTo("f1 0.5");
        assertThat(Sparkline.of(null).missing()).isTrue();
        assertThat(Sparkline.of(new MainMetric("f1", List.of())).missing()).isTrue();
    }
}
