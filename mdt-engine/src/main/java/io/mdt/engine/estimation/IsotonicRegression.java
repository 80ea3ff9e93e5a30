package io.mdt.engine.estimation;

import java.util.Arrays;

/**
 * An increasing isotonic regression with scikit-learn's {@code IsotonicRegression(out_of_bounds='clip')}
 * semantics: inputs closer than {@link #RESOLUTION} to the first of their run are one input whose target
 * is their weighted mean, pool-adjacent-violators fits the step function, points inside a flat run are
 * dropped, and a prediction interpolates linearly between the remaining points, clipped to the range seen
 * in fitting.
 */
final class IsotonicRegression {

    /** numpy's {@code finfo(float64).resolution}, scikit-learn's tie tolerance in {@code _make_unique}. */
    static final double RESOLUTION = 1e-15;

    private final double[] xs;
    private final double[] ys;

    private IsotonicRegression(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /** Fits unweighted observations in any order. */
    static IsotonicRegression fit(double[] x, double[] y) {
        double[][] pairs = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            pairs[i] = new double[] {x[i], y[i]};
        }
        Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        double[] xs = new double[x.length];
        double[] weights = new double[x.length];
        double[] sums = new double[x.length];
        int groups = 0;
        for (double[] pair : pairs) {
            if (groups == 0 || pair[0] - xs[groups - 1] >= RESOLUTION) {
                xs[groups++] = pair[0];
            }
            weights[groups - 1]++;
            sums[groups - 1] += pair[1];
        }
        return fitGroups(xs, weights, sums, groups);
    }

    /**
     * Fits observations already merged into distinct increasing inputs: {@code xs[i]} with total weight
     * {@code weights[i]} and weighted target sum {@code sums[i]}; groups of zero weight are skipped.
     */
    static IsotonicRegression fitGroups(double[] xs, double[] weights, double[] sums, int groups) {
        double[] blockMean = new double[groups];
        double[] blockWeight = new double[groups];
        int[] blockEnd = new int[groups];
        double[] inputs = new double[groups];
        int used = 0;
        int blocks = 0;
        for (int g = 0; g < groups; g++) {
            if (weights[g] <= 0) {
                continue;
            }
            inputs[used] = xs[g];
            double weight = weights[g];
            double mean = sums[g] / weight;
            while (blocks > 0 && blockMean[blocks - 1] >= mean) {
                blocks--;
                double merged = blockWeight[blocks] + weight;
                mean = (blockMean[blocks] * blockWeight[blocks] + mean * weight) / merged;
                weight = merged;
            }
            blockMean[blocks] = mean;
            blockWeight[blocks] = weight;
            blockEnd[blocks++] = used++;
        }
        if (used == 0) {
            throw new IllegalArgumentException("isotonic regression needs at least one observation");
        }
        return trimmed(inputs, expand(blockMean, blockEnd, blocks, used), used);
    }

    private static double[] expand(double[] blockMean, int[] blockEnd, int blocks, int used) {
        double[] fitted = new double[used];
        int start = 0;
        for (int b = 0; b < blocks; b++) {
            Arrays.fill(fitted, start, blockEnd[b] + 1, blockMean[b]);
            start = blockEnd[b] + 1;
        }
        return fitted;
    }

    /** Keeps the first and last point of each flat run, as scikit-learn's {@code trim_duplicates}. */
    private static IsotonicRegression trimmed(double[] x, double[] y, int n) {
        double[] keptX = new double[n];
        double[] keptY = new double[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            boolean inside = i > 0 && i < n - 1 && y[i] == y[i - 1] && y[i] == y[i + 1];
            if (!inside) {
                keptX[kept] = x[i];
                keptY[kept++] = y[i];
            }
        }
        return new IsotonicRegression(Arrays.copyOf(keptX, kept), Arrays.copyOf(keptY, kept));
    }

    /** The fitted value at {@code x}: linear between fitted points, constant beyond them. */
    double predict(double x) {
        int last = xs.length - 1;
        if (x <= xs[0] || last == 0) {
            return ys[0];
        }
        if (x >= xs[last]) {
            return ys[last];
        }
        int i = Arrays.binarySearch(xs, x);
        if (i >= 0) {
            return ys[i];
        }
        int right = -i - 1;
        int left = right - 1;
        double slope = (ys[right] - ys[left]) / (xs[right] - xs[left]);
        return ys[left] + slope * (x - xs[left]);
    }
}
