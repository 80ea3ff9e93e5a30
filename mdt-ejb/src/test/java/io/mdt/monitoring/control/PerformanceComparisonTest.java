package io.mdt.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.LabelledOutputs;
import io.mdt.engine.performance.Performance;
import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PerformanceComparisonTest {

    private static final PerformanceSpec BINARY = new PerformanceSpec(Task.BINARY, "1", 0.5, List.of("1"));
    private static final List<String> METRICS = Performance.names(Task.BINARY);

    /** A model that is right with probability {@code skill} on each row, its score on the side it chose. */
    private static LabelledOutputs model(double[] actual, double skill, long seed) {
        var random = new Random(seed);
        double[] predicted = new double[actual.length];
        double[] score = new double[actual.length];
        for (int i = 0; i < actual.length; i++) {
            predicted[i] = random.nextDouble() < skill ? actual[i] : 1 - actual[i];
            double confidence = 0.5 + 0.5 * random.nextDouble();
            score[i] = predicted[i] == 1 ? confidence : 1 - confidence;
        }
        return LabelledOutputs.of(
                BINARY,
                new NumericalColumn("outcome", actual),
                new NumericalColumn("label", predicted),
                List.of(new NumericalColumn("p1", score)));
    }

    private static double[] actuals(int rows, long seed) {
        var random = new Random(seed);
        double[] actual = new double[rows];
        for (int i = 0; i < rows; i++) {
            actual[i] = random.nextBoolean() ? 1 : 0;
        }
        return actual;
    }

    private static ComparedMetric metric(List<ComparedMetric> table, String name) {
        return table.stream().filter(m -> m.metric().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void identicalPredictionsDifferByNothing() {
        var model = model(actuals(2_000, 1), 0.8, 2);
        var table = PerformanceComparison.paired(model, model, METRICS);
        assertThat(table).extracting(ComparedMetric::metric).containsExactlyElementsOf(METRICS);
        for (var compared : table) {
            assertThat(compared.difference().difference()).isZero();
            assertThat(compared.difference().lower()).isZero();
            assertThat(compared.difference().upper()).isZero();
            assertThat(compared.significant()).isFalse();
            assertThat(compared.undefinedReason()).isNull();
        }
        var mcnemar = metric(table, "accuracy").mcnemar();
        assertThat(mcnemar.b()).isZero();
        assertThat(mcnemar.c()).isZero();
        assertThat(mcnemar.pValue()).isEqualTo(1.0);
    }

    @Test
    void aClearlyBetterSecondModelIsSignificant() {
        double[] actual = actuals(3_000, 3);
        var table = PerformanceComparison.paired(model(actual, 0.7, 4), model(actual, 0.85, 5), METRICS);
        var accuracy = metric(table, "accuracy");
        assertThat(accuracy.difference().difference()).isBetween(0.1, 0.2);
        assertThat(accuracy.mcnemar().c()).isGreaterThan(accuracy.mcnemar().b());
        assertThat(accuracy.mcnemar().pValue()).isLessThan(0.001);
        assertThat(accuracy.significant()).isTrue();
        assertThat(accuracy.difference().resamples()).isEqualTo(PerformanceComparison.RESAMPLES);
        var auc = metric(table, "roc_auc");
        assertThat(auc.difference().difference()).isPositive();
        assertThat(auc.significant()).isTrue();
        assertThat(auc.mcnemar()).isNull();
        assertThat(auc.difference().resamples()).isEqualTo(PerformanceComparison.SCORE_RESAMPLES);
        assertThat(metric(table, "log_loss").difference().difference()).isNegative();
    }

    @Test
    void periodsAreComparedUnpairedWithoutMcNemar() {
        var before = model(actuals(2_000, 6), 0.9, 7);
        var after = model(actuals(1_500, 8), 0.7, 9);
        var table = PerformanceComparison.independent(before, after, List.of("accuracy", "roc_auc"));
        var accuracy = metric(table, "accuracy");
        assertThat(accuracy.mcnemar()).isNull();
        assertThat(accuracy.difference().difference()).isBetween(-0.25, -0.15);
        assertThat(accuracy.difference().upper()).isNegative();
        assertThat(accuracy.significant()).isTrue();
    }

    @Test
    void aWindowWithoutRowsHasNoValues() {
        var model = model(actuals(100, 10), 0.8, 11);
        var table = PerformanceComparison.window(model, model, List.of("accuracy"), new int[0]);
        assertThat(table).singleElement().satisfies(m -> {
            assertThat(m.difference()).isNull();
            assertThat(m.significant()).isFalse();
            assertThat(m.undefinedReason()).isEqualTo(PerformanceComparison.NO_ROWS);
        });
    }

    @Test
    void anUndefinedMetricSaysWhy() {
        double[] actual = new double[50];
        var onlyNegatives = LabelledOutputs.of(
                BINARY,
                new NumericalColumn("outcome", actual),
                new NumericalColumn("label", new double[50]),
                List.of(new NumericalColumn("p1", new double[50])));
        var recall = metric(PerformanceComparison.paired(onlyNegatives, onlyNegatives, METRICS), "recall");
        assertThat(recall.difference().difference()).isNaN();
        assertThat(recall.significant()).isFalse();
        assertThat(recall.undefinedReason()).isEqualTo("first: no actual is positive; second: no actual is positive");
    }

    @Test
    void windowsSplitRowsByEventTime() {
        double[] times = {100, 159.9, 160, 230, 99, 280};
        int[][] windows = ComparisonWindows.split(times, 100, 60, 3);
        assertThat(windows[0]).containsExactly(0, 1);
        assertThat(windows[1]).containsExactly(2);
        assertThat(windows[2]).containsExactly(3);
    }

    /** The bound the resample counts are chosen for: 100,000 paired rows of every binary metric. */
    @Test
    void oneHundredThousandRowsCompareInSeconds() {
        double[] actual = actuals(100_000, 12);
        var first = model(actual, 0.8, 13);
        var second = model(actual, 0.81, 14);
        long start = System.nanoTime();
        var table = PerformanceComparison.paired(first, second, METRICS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("100,000 paired rows, %d metrics: %.1f s%n", table.size(), seconds);
        assertThat(seconds).isLessThan(30);
    }
}
