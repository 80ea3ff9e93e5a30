package io.mdt.engine.drift;

import java.util.SplittableRandom;

/**
 * Empirical maximum mean discrepancy (Gretton et al. 2012), the unbiased MMD^2 with a Gaussian kernel
 * k(x, y) = exp(-(x - y)^2 / (2 s^2)), s the median pairwise distance, and a permutation p-value
 * (Evidently's {@code empirical_mmd}). The estimate is quadratic in the sample size, so each side is
 * subsampled to at most 500 values; subsampling and permutations use {@link DriftOptions#seed()}.
 */
final class MaximumMeanDiscrepancyTest implements NumericalTest {

    private static final int MAX_PER_SIDE = 500;

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        SortedSample reference = pair.reference();
        SortedSample current = pair.current();
        Samples.requireValues(reference, current, 2);
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] x = subsample(reference.values(), random);
        double[] y = subsample(current.values(), random);
        double[] pooled = new double[x.length + y.length];
        System.arraycopy(x, 0, pooled, 0, x.length);
        System.arraycopy(y, 0, pooled, x.length, y.length);
        double[][] kernel = kernel(pooled);
        int[] labels = new int[pooled.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i;
        }
        double observed = mmd2(kernel, labels, x.length);
        int atLeast = 0;
        for (int iteration = 0; iteration < options.permutations(); iteration++) {
            Permutations.shuffle(labels, x.length, random);
            if (mmd2(kernel, labels, x.length) >= observed) {
                atLeast++;
            }
        }
        return new TestOutcome((double) atLeast / options.permutations(), observed);
    }

    private static double[] subsample(double[] values, SplittableRandom random) {
        if (values.length <= MAX_PER_SIDE) {
            return values;
        }
        double[] sample = new double[MAX_PER_SIDE];
        for (int i = 0; i < MAX_PER_SIDE; i++) {
            sample[i] = values[random.nextInt(values.length)];
        }
        return sample;
    }

    private static double[][] kernel(double[] z) {
        int n = z.length;
        double[] distances = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                distances[k++] = Math.abs(z[i] - z[j]);
            }
        }
        java.util.Arrays.sort(distances);
        double median = Quantiles.linear(distances, 0.5);
        double scale = median > 0 ? median : 1.0;
        double[][] kernel = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = (z[i] - z[j]) / scale;
                kernel[i][j] = Math.exp(-d * d / 2);
            }
        }
        return kernel;
    }

    /** Unbiased MMD^2 = mean k(x, x') + mean k(y, y') - 2 mean k(x, y), diagonals excluded. */
    private static double mmd2(double[][] kernel, int[] labels, int m) {
        int n = labels.length - m;
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (int i = 0; i < labels.length; i++) {
            double[] row = kernel[labels[i]];
            for (int j = 0; j < labels.length; j++) {
                if (i == j) {
                    continue;
                }
                double v = row[labels[j]];
                if (i < m && j < m) {
                    xx += v;
                } else if (i >= m && j >= m) {
                    yy += v;
                } else {
                    xy += v;
                }
            }
        }
        return xx / ((double) m * (m - 1)) + yy / ((double) n * (n - 1)) - xy / ((double) m * n);
    }
}
