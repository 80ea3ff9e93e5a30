package io.mdt.engine.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sketch must give the Wasserstein distance of the sorted merge to rounding, and exactly its KS
 * statistic, on any data, or decline (NaN) so that the caller sorts: identical samples, where F - G
 * is zero everywhere, decline.
 */
class BucketSketchTest {

    private static double[] sample(int n, long seed, DoubleUnaryOperator shape) {
        return Arrays.stream(TestData.normal(n, 0, 1, seed)).map(shape).toArray();
    }

    private static double sketch(double[] x, double[] y) {
        return BucketSketch.wasserstein(x, y, RawSummary.of(x), RawSummary.of(y));
    }

    private static void sameAsMerge(double[] x, double[] y) {
        double sketch = sketch(x, y);
        double merge = CdfDistance.wasserstein(SortedSample.of(x), SortedSample.of(y));
        if (!Double.isNaN(sketch)) {
            assertThat(sketch).isCloseTo(merge, within(1e-9 * Math.max(merge, 1e-6)));
        }
        double exact = KolmogorovSmirnovTest.statistic(SortedSample.of(x), SortedSample.of(y));
        for (double d : new double[] {
            BucketSketch.ksStatistic(x, y, RawSummary.of(x), RawSummary.of(y)),
            KolmogorovSketch.statistic(x, y, RawSummary.of(x), RawSummary.of(y))
        }) {
            if (!Double.isNaN(d)) {
                assertThat(d).isEqualTo(exact);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void continuousData(long seed) {
        double[] x = sample(200_000, seed, v -> v);
        double[] y = sample(150_000, seed + 10, v -> v);
        assertThat(sketch(x, y)).isNotNaN();
        assertThat(BucketSketch.ksStatistic(x, y, RawSummary.of(x), RawSummary.of(y)))
                .isNotNaN();
        sameAsMerge(sample(200_000, seed, v -> 10 + 2 * v), sample(150_000, seed + 10, v -> 10 + 2 * v));
        sameAsMerge(sample(200_000, seed, v -> 10 + 2 * v), sample(180_000, seed + 20, v -> 10.1 + 2 * v));
        sameAsMerge(sample(120_000, seed, Math::exp), sample(90_000, seed + 30, v -> Math.exp(0.9 * v)));
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void tiesAndIdenticalSamples(long seed) {
        double[] rounded = sample(100_000, seed, v -> Math.round(v * 10) / 10.0);
        assertThat(sketch(rounded, sample(100_000, seed + 1, v -> Math.round(v * 10) / 10.0)))
                .isNotNaN();
        sameAsMerge(rounded, sample(100_000, seed + 1, v -> Math.round(v * 10) / 10.0));
        sameAsMerge(rounded, rounded.clone());
        double[] x = sample(100_000, seed, v -> v * 1e6 + 1e9);
        sameAsMerge(x, sample(100_000, seed + 2, v -> v * 1e6 + 1e9));
    }

    @ParameterizedTest
    @ValueSource(longs = {6, 7})
    void outliersMissingAndInfinities(long seed) {
        double[] x = sample(100_000, seed, v -> v);
        double[] y = sample(100_000, seed + 1, v -> v + 0.05);
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 500; k++) {
            x[random.nextInt(x.length)] = Double.NaN;
            y[random.nextInt(y.length)] = random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        x[3] = 1e12;
        sameAsMerge(x, y);
        y[5] = -1e6;
        sameAsMerge(x, y);
    }
}
