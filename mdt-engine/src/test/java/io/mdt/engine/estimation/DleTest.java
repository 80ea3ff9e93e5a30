package io.mdt.engine.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.Estimate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DLE against the truth: {@code y = sin(x1) + x2^2 + noise} whose spread grows with {@code |x1|} and
 * depends on a category ({@code a}, {@code b}, {@code c} scale it by 1, 2, 0.5), a model predicting
 * {@code sin(x1) + x2^2}, a reference of 20,000 rows with {@code x1 ~ N(0, 1)}, and 15 chunks of 3,000
 * rows whose mean of {@code x1} moves to 1.5, so the realized MAE grows by about half. The estimated MAE
 * is within 5% of the realized one on average and within 10% in every chunk.
 */
class DleTest {

    private static final String[] CATEGORIES = {"a", "b", "c"};
    private static final double[] SCALE = {1, 2, 0.5};

    /** One sample: features (x1, x2, group), prediction and target. */
    record Sample(List<Column> features, NumericalColumn prediction, NumericalColumn target) {}

    static Sample sample(long seed, int n, double shift) {
        Random random = new Random(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] group = new int[n];
        double[] prediction = new double[n];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = shift + random.nextGaussian();
            x2[i] = random.nextDouble();
            group[i] = random.nextInt(3);
            prediction[i] = Math.sin(x1[i]) + x2[i] * x2[i];
            double spread = (0.2 + 0.5 * Math.abs(x1[i])) * SCALE[group[i]];
            target[i] = prediction[i] + spread * random.nextGaussian();
        }
        List<Column> features = List.of(
                new NumericalColumn("x1", x1),
                new NumericalColumn("x2", x2),
                new CategoricalColumn("group", group, CATEGORIES));
        return new Sample(features, new NumericalColumn("prediction", prediction), new NumericalColumn("y", target));
    }

    @Test
    void tracksTheMeanAbsoluteErrorUnderCovariateShift() {
        Sample reference = sample(1, 20_000, 0);
        Dle dle = Dle.fit(reference.features(), reference.prediction(), reference.target());
        int chunks = 15;
        double relativeError = 0;
        double covered = 0;
        for (int c = 0; c < chunks; c++) {
            Sample chunk = sample(100 + c, 3_000, 1.5 * c / (chunks - 1));
            Map<String, Estimate> estimates = dle.estimate(chunk.features(), chunk.prediction());
            double realized = realizedMae(chunk);
            Estimate mae = estimates.get("mae");
            assertThat(mae.value()).isCloseTo(realized, org.assertj.core.api.Assertions.withinPercentage(10));
            relativeError += Math.abs(mae.value() - realized) / realized / chunks;
            covered += mae.lower() <= realized && realized <= mae.upper() ? 1.0 / chunks : 0;
            assertThat(estimates.keySet()).containsExactly("mae", "mse", "rmse");
            assertThat(estimates.get("rmse").value())
                    .isCloseTo(Math.sqrt(estimates.get("mse").value()), org.assertj.core.api.Assertions.within(1e-12));
        }
        System.out.println(
                "DLE, covariate shift: mean relative error of MAE " + relativeError + ", band coverage " + covered);
        assertThat(relativeError).isLessThan(0.05);
        assertThat(covered).isGreaterThanOrEqualTo(0.9);
    }

    private static double realizedMae(Sample s) {
        double sum = 0;
        double[] y = s.target().values();
        double[] p = s.prediction().values();
        for (int i = 0; i < y.length; i++) {
            sum += Math.abs(y[i] - p[i]);
        }
        return sum / y.length;
    }
}
