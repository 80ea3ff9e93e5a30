package io.mdt.engine.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Performance#evaluate} on columns: what is skipped, what is refused, how labels are matched. */
class PerformanceTest {

    private static final PerformanceSpec BINARY = new PerformanceSpec(Task.BINARY, "1", 0.5, List.of("1"));

    private static NumericalColumn numbers(String name, double... values) {
        return new NumericalColumn(name, values);
    }

    private static Column categories(String name, String... values) {
        CategoricalColumn.Builder builder = CategoricalColumn.builder(name);
        for (String v : values) {
            builder.add(v);
        }
        return builder.build();
    }

    @Test
    void nanOrOutOfRangeScoreOnALabelledRowIsRefused() {
        var target = numbers("y", 0, 1, 1);
        var prediction = numbers("p", 0, 1, 0);
        assertThatThrownBy(() ->
                        Performance.evaluate(BINARY, target, prediction, List.of(numbers("s", 0.1, Double.NaN, 0.3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column s, row 2");
        assertThatThrownBy(() -> Performance.evaluate(BINARY, target, prediction, List.of(numbers("s", 0.1, 1.5, 0.3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside [0, 1]");
        assertThatThrownBy(() -> Performance.evaluate(
                        BINARY, target, prediction, List.of(numbers("s", 0.1, Double.POSITIVE_INFINITY, 0.3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a finite number");
    }

    @Test
    void missingPredictionOnALabelledRowIsRefused() {
        assertThatThrownBy(
                        () -> Performance.evaluate(BINARY, numbers("y", 0, 1), categories("p", "0", null), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column p, row 2");
    }

    @Test
    void rowsWithoutActualAreSkipped() {
        var withGaps = Performance.evaluate(
                BINARY,
                numbers("y", 0, Double.NaN, 1, 1, Double.NaN),
                numbers("p", 0, 1, 1, 0, Double.NaN),
                List.of(numbers("s", 0.2, Double.NaN, 0.9, 0.4, 7)));
        var labelled = Performance.evaluate(
                BINARY, numbers("y", 0, 1, 1), numbers("p", 0, 1, 0), List.of(numbers("s", 0.2, 0.9, 0.4)));

        assertThat(withGaps.rows()).isEqualTo(3);
        assertThat(withGaps.metrics()).isEqualTo(labelled.metrics());
    }

    @Test
    void positiveLabelMatchesAsNumberOrCategory() {
        var numeric = Performance.evaluate(BINARY, numbers("y", 0, 1, 1, 0), numbers("p", 1, 1, 0, 0), List.of());
        var textual = Performance.evaluate(
                new PerformanceSpec(Task.BINARY, "1.0", 0.5, List.of()),
                categories("y", "0", "1", "1.0", "0.0"),
                categories("p", "1", "1.0", "0", "0"),
                List.of());

        assertThat(textual.metrics()).isEqualTo(numeric.metrics());
        assertThat(numeric.metrics()).containsEntry("precision", 0.5).containsEntry("recall", 0.5);
        assertThat(textual.confusionMatrix().labels()).containsExactly("0", "1");
        assertThat(textual.confusionMatrix().matrix()).isEqualTo(new long[][] {{1, 1}, {1, 1}});
    }

    @Test
    void scoreAloneIsThresholded() {
        var report = Performance.evaluate(
                new PerformanceSpec(Task.BINARY, "yes", 0.7, List.of("yes")),
                categories("y", "no", "yes", "yes"),
                null,
                List.of(numbers("s", 0.7, 0.69, 0.9)));

        assertThat(report.confusionMatrix().labels()).containsExactly("no", "yes");
        assertThat(report.confusionMatrix().matrix()).isEqualTo(new long[][] {{0, 1}, {1, 1}});
    }

    @Test
    void severalNegativeLabelsAreOneRestClass() {
        var report = Performance.evaluate(
                new PerformanceSpec(Task.BINARY, "a", 0.5, List.of()),
                categories("y", "a", "b", "c"),
                categories("p", "a", "c", "c"),
                List.of());

        assertThat(report.confusionMatrix().labels()).containsExactly("not a", "a");
        assertThat(report.metrics()).containsEntry("accuracy", 1.0);
    }

    @Test
    void undefinedMetricsCarryAReason() {
        var report = Performance.evaluate(BINARY, numbers("y", 0, 0), numbers("p", 0, 1), List.of());

        assertThat(report.metrics().get("precision")).isEqualTo(0.0);
        assertThat(report.metrics().get("recall")).isNull();
        assertThat(report.undefined())
                .containsEntry("recall", "no actual is positive")
                .containsEntry("roc_auc", "no score column")
                .containsKeys("mcc", "balanced_accuracy", "average_precision", "log_loss", "brier")
                .doesNotContainKeys("accuracy", "precision", "f1", "specificity");
    }

    @Test
    void withoutLabelledRowsEveryMetricIsUndefined() {
        var report = Performance.evaluate(
                PerformanceSpec.regression(), numbers("y", Double.NaN), numbers("p", 3), List.of());

        assertThat(report.rows()).isZero();
        assertThat(report.metrics()).containsOnlyKeys(Performance.names(Task.REGRESSION));
        assertThat(report.metrics().values()).containsOnlyNulls();
        assertThat(report.undefined()).hasSize(9).containsValue("there is no labelled row");
        assertThat(report.confusionMatrix()).isNull();
    }

    @Test
    void multiclassListsEveryClassOnce() {
        var report = Performance.evaluate(
                new PerformanceSpec(Task.MULTICLASS, null, 0.5, List.of("10", "2", "1")),
                numbers("y", 1, 2, 10, 2),
                categories("p", "1", "2", "2", "3"),
                List.of(
                        numbers("s10", 0.1, 0.2, 0.5, 0),
                        numbers("s2", 0.1, 0.8, 0.5, 1),
                        numbers("s1", 0.8, 0, 0, 0)));

        assertThat(report.confusionMatrix().labels()).containsExactly("1", "2", "3", "10");
        assertThat(report.perClass()).containsOnlyKeys("1", "2", "3", "10");
        assertThat(report.perClass().get("3")).isEqualTo(new ClassMetrics(0.0, null, 0.0));
        assertThat(report.undefined()).containsKeys("recall_macro", "balanced_accuracy");
    }

    @Test
    void namesDirectionsAndRanges() {
        assertThat(Performance.names(Task.BINARY))
                .containsExactly(
                        "accuracy",
                        "balanced_accuracy",
                        "precision",
                        "recall",
                        "f1",
                        "specificity",
                        "mcc",
                        "roc_auc",
                        "average_precision",
                        "log_loss",
                        "brier");
        assertThat(Performance.direction("log_loss")).isEqualTo(Performance.Direction.LOWER_IS_BETTER);
        assertThat(Performance.direction("r2")).isEqualTo(Performance.Direction.HIGHER_IS_BETTER);
        assertThat(Performance.range("mcc")).containsExactly(-1, 1);
        assertThat(Performance.range("mean_error")).containsExactly(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> Performance.range("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arrayEntryPointGivesTheSameAnswer() {
        var report = BinaryMetrics.of(
                new boolean[] {false, true, true}, new boolean[] {false, true, false}, new double[] {0.2, 0.9, 0.4});

        assertThat(report.metrics().get("roc_auc")).isEqualTo(1.0);
        assertThat(report.confusionMatrix().matrix()).isEqualTo(new long[][] {{1, 0}, {1, 1}});
    }
}
