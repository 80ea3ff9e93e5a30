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
     * Pool-adjacent-violators keeps a stack of blocks with strictly increasing means (equal neighbours
     * are pooled, as scikit-learn pools them); each block is one flat run, so its first and last input
     * are the points scikit-learn keeps.
     */
    static IsotonicRegression fitGroups(double[] xs, double[] weights, double[] sums, int groups) {
        double[] mean = new double[groups];
        double[] weight = new double[groups];
        double[] first = new double[groups];
        double[] last = new double[groups];
        int blocks = 0;
        for (int g = 0; g < groups; g++) {
            if (weights[g] <= 0) {
                continue;
            }
            double w = weights[g];
            double m = sums[g] / w;
            double start = xs[g];
            while (blocks > 0 && mean[blocks - 1] >= m) {
                blocks--;
                double merged = weight[blocks] + w;
                m = (mean[blocks] * weight[blocks] + m * w) / merged;
                w = merged;
                start = first[blocks];
            }
            mean[blocks] = m;
            weight[blocks] = w;
            first[blocks] = start;
            last[blocks++] = xs[g];
        }
        if (blocks == 0) {
            throw new IllegalArgumentException("isotonic regression needs at least one observation");
        }
        return points(mean, first, last, blocks);
    }

    private static IsotonicRegression points(double[] mean, double[] first, double[] last, int blocks) {
        double[] x = new double[2 * blocks];
        double[] y = new double[2 * blocks];
        int n = 0;
        for (int b = 0; b < blocks; b++) {
            x[n] = first[b];
            y[n++] = mean[b];
            if (last[b] != first[b]) {
                x[n] = last[b];
                y[n++] = mean[b];
            }
        }
        return new IsotonicRegression(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
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
        return between(-i - 2, -i - 1, x);
    }

    /**
     * {@link #predict} for ascending inputs {@code x[from..from+count)}, into the same positions of
     * {@code out}: one walk along the fitted points instead of a binary search per input.
     */
    void predictAscending(double[] x, int from, int count, double[] out) {
        int last = xs.length - 1;
        int right = 0;
        for (int i = from; i < from + count; i++) {
            double q = x[i];
            if (q <= xs[0] || last == 0) {
                out[i] = ys[0];
            } else if (q >= xs[last]) {
                out[i] = ys[last];
            } else {
                while (xs[right] < q) {
                    right++;
                }
                out[i] = xs[right] == q ? ys[right] : between(right - 1, right, q);
            }
        }
    }

    private double between(int left, int right, double x) {
        double slope = (ys[right] - ys[left]) / (xs[right] - xs[left]);
        return ys[left] + slope * (x - xs[left]);
    }
}
