package io.mdt.engine.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.Estimate;
import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The umbrella estimator: the task picks the method; invalid references and scores are rejected. */
class PerformanceEstimatorTest {

    private static final PerformanceSpec BINARY = new PerformanceSpec(Task.BINARY, "1", 0.5, List.of("1"));

    @Test
    void binaryMetricsInOrderAndMissingTargetsIgnored() {
        Synthetic.Sample reference = Synthetic.sample(1, 2_000, 0, 0, Synthetic.MODEL, p -> p);
        double[] labels = reference.labels().clone();
        Arrays.fill(labels, 0, 500, Double.NaN);
        var estimator = PerformanceEstimator.fit(
                BINARY, List.of(), new NumericalColumn("y", labels), null, List.of(reference.score()));
        Map<String, Estimate> estimates = estimator.estimate(List.of(), null, List.of(reference.score()));
        assertThat(estimates.keySet())
                .containsExactly("accuracy", "precision", "recall", "f1", "specificity", "roc_auc");
        estimates.values().forEach(e -> assertThat(e.lower()).isBetween(0.0, e.value()));
    }

    @Test
    void multiclassCoversTheRealizedAccuracyUnderCovariateShift() {
        List<String> classes = List.of("a", "b", "c");
        var spec = new PerformanceSpec(Task.MULTICLASS, null, 0.5, classes);
        Object[] reference = softmaxSample(1, 20_000, 0);
        var estimator = PerformanceEstimator.fit(spec, List.of(), (Column) reference[0], null, scores(reference));
        int covered = 0;
        for (int c = 0; c < 20; c++) {
            Object[] chunk = softmaxSample(50 + c, 5_000, c / 19.0);
            Map<String, Estimate> e = estimator.estimate(List.of(), null, scores(chunk));
            assertThat(e.keySet())
                    .containsExactly("accuracy", "precision_macro", "recall_macro", "f1_macro", "roc_auc_ovr");
            double realized = (double) chunk[2];
            covered += e.get("accuracy").lower() <= realized
                            && realized <= e.get("accuracy").upper()
                    ? 1
                    : 0;
        }
        assertThat(covered).isGreaterThanOrEqualTo(18);
    }

    /** Three classes with softmax probabilities of (x, -x, 0); the model predicts the most probable. */
    private static Object[] softmaxSample(long seed, int n, double shift) {
        Random random = new Random(seed);
        int[] codes = new int[n];
        double[][] p = new double[3][n];
        int correct = 0;
        for (int i = 0; i < n; i++) {
            double x = shift + random.nextGaussian();
            double[] e = {Math.exp(x), Math.exp(-x), 1};
            double sum = e[0] + e[1] + e[2];
            double u = random.nextDouble() * sum;
            codes[i] = u < e[0] ? 0 : u < e[0] + e[1] ? 1 : 2;
            int best = 0;
            for (int k = 0; k < 3; k++) {
                p[k][i] = e[k] / sum;
                best = p[k][i] > p[best][i] ? k : best;
            }
            correct += best == codes[i] ? 1 : 0;
        }
        return new Object[] {new CategoricalColumn("y", codes, new String[] {"a", "b", "c"}), p, (double) correct / n};
    }

    private static List<NumericalColumn> scores(Object[] sample) {
        double[][] p = (double[][]) sample[1];
        return List.of(
                new NumericalColumn("pa", p[0]), new NumericalColumn("pb", p[1]), new NumericalColumn("pc", p[2]));
    }

    @Test
    void rejectsInvalidScoresAndReferences() {
        Synthetic.Sample reference = Synthetic.sample(1, 500, 0, 0, Synthetic.MODEL, p -> p);
        double[] bad = reference.scores().clone();
        bad[3] = Double.NaN;
        assertThatThrownBy(() -> PerformanceEstimator.fit(
                        BINARY, List.of(), reference.target(), null, List.of(new NumericalColumn("s", bad))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 3 is missing");
        var estimator =
                PerformanceEstimator.fit(BINARY, List.of(), reference.target(), null, List.of(reference.score()));
        assertThatThrownBy(() ->
                        estimator.estimate(List.of(), null, List.of(new NumericalColumn("s", new double[] {1.5}))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside [0, 1]");
        double[] ones = new double[500];
        Arrays.fill(ones, 1);
        assertThatThrownBy(() -> PerformanceEstimator.fit(
                        BINARY, List.of(), new NumericalColumn("y", ones), null, List.of(reference.score())))
                .hasMessageContaining("single class");
        assertThatThrownBy(() -> PerformanceEstimator.fit(
                        BINARY,
                        List.of(),
                        new NumericalColumn("y", Arrays.copyOf(reference.labels(), 50)),
                        null,
                        List.of(new NumericalColumn("s", Arrays.copyOf(reference.scores(), 50)))))
                .hasMessageContaining("at least 100");
    }
}
