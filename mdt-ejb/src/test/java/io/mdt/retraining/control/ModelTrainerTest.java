package io.mdt.retraining.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mdt.serving.control.ServableModel;
import io.mdt.serving.entity.ArtifactFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    @Test
    void aClassifierLearnsTheClassesOfItsRowsAndIsServedOnRawValues() {
        var random = new Random(3);
        int n = 2_000;
        var rows = new double[n][];
        var labels = new String[n];
        for (int i = 0; i < n; i++) {
            double income = 1_000 + 4_000 * random.nextDouble();
            double debt = random.nextDouble();
            rows[i] = new double[] {income, debt};
            labels[i] = income / 5_000 - debt > 0 ? "1" : "0";
        }

        var artifact = ModelTrainer.classifier(List.of("income", "debt"), rows, labels);

        try (var served = ServableModel.read(ArtifactFormat.TRIBUO, artifact, List.of(), List.of())) {
            assertThat(served.classifier()).isTrue();
            assertThat(served.outputs()).containsExactlyInAnyOrder("0", "1");
            int right = 0;
            for (int i = 0; i < n; i++) {
                var point = Map.of("income", 1_000 + 4_000 * random.nextDouble(), "debt", random.nextDouble());
                var values = served.features().stream().mapToDouble(point::get).toArray();
                var truth = point.get("income") / 5_000 - point.get("debt") > 0 ? "1" : "0";
                right += served.score(values).label().equals(truth) ? 1 : 0;
            }
            assertThat(right / (double) n).isGreaterThan(0.9);
        }
    }

    @Test
    void theSameRowsGiveTheSameModel() {
        var rows = new double[][] {{0}, {1}, {2}, {3}, {4}, {5}};
        var labels = new String[] {"a", "a", "a", "b", "b", "b"};

        try (var first = ServableModel.read(
                        ArtifactFormat.TRIBUO,
                        ModelTrainer.classifier(List.of("x"), rows, labels),
                        List.of(),
                        List.of());
                var second = ServableModel.read(
                        ArtifactFormat.TRIBUO,
                        ModelTrainer.classifier(List.of("x"), rows, labels),
                        List.of(),
                        List.of())) {
            for (double x = -1; x <= 6; x += 0.5) {
                assertThat(second.score(new double[] {x}).scores())
                        .isEqualTo(first.score(new double[] {x}).scores());
            }
        }
    }

    @Test
    void aRegressionLearnsALinearTarget() {
        var random = new Random(5);
        int n = 1_000;
        var rows = new double[n][];
        var values = new double[n];
        for (int i = 0; i < n; i++) {
            double x = 100 * random.nextDouble();
            rows[i] = new double[] {x};
            values[i] = 3 * x + 10;
        }

        var artifact = ModelTrainer.regressor(List.of("x"), rows, "price", values);

        try (var served = ServableModel.read(ArtifactFormat.TRIBUO, artifact, List.of(), List.of())) {
            assertThat(served.classifier()).isFalse();
            assertThat(served.score(new double[] {50}).value()).isCloseTo(160.0, within(3.0));
            assertThat(served.score(new double[] {90}).value()).isCloseTo(280.0, within(3.0));
        }
    }

    @Test
    void aTargetInMillionsIsLearntAsWell() {
        var rows = new double[500][];
        var values = new double[500];
        for (int i = 0; i < 500; i++) {
            rows[i] = new double[] {i};
            values[i] = 2_000_000 + 10_000.0 * i;
        }

        var artifact = ModelTrainer.regressor(List.of("x"), rows, "price", values);

        try (var served = ServableModel.read(ArtifactFormat.TRIBUO, artifact, List.of(), List.of())) {
            assertThat(served.score(new double[] {250}).value()).isCloseTo(4_500_000.0, within(50_000.0));
        }
    }

    @Test
    void oneClassIsNothingToLearn() {
        assertThatThrownBy(() ->
                        ModelTrainer.classifier(List.of("x"), new double[][] {{1}, {2}}, new String[] {"yes", "yes"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one class");
    }
}
