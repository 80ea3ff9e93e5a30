package io.mdt.engine.estimation;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

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
    /** {@code start[c]}: the first fitted point whose {@link #cell} is at least {@code c}. */
    private final int[] start;

    private final double scale;

    private IsotonicRegression(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        int cells = Integer.highestOneBit(Math.max(1, xs.length - 1)) * 2;
        this.scale = xs.length > 1 ? cells / (xs[xs.length - 1] - xs[0]) : 0;
        this.start = new int[cells + 1];
        Arrays.fill(start, xs.length);
        for (int i = xs.length - 1; i >= 0; i--) {
            start[cell(xs[i])] = i;
        }
        for (int c = cells - 1; c >= 0; c--) {
            start[c] = Math.min(start[c], start[c + 1]);
        }
    }

    /** A grid cell of about one fitted point on average: non-decreasing in {@code x}, so it brackets a search. */
    private int cell(double x) {
        return Math.min(start.length - 2, (int) ((x - xs[0]) * scale));
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
        Workspace work = Workspace.borrow(groups);
        try {
            return fitGroups(xs, weights, sums, groups, work);
        } finally {
            work.release();
        }
    }

    /** The same, in a workspace reused across fits. */
    static IsotonicRegression fitGroups(double[] xs, double[] weights, double[] sums, int groups, Workspace work) {
        return fitGroups(xs, weights, sums, groups, new int[0], new int[0], work);
    }

    /**
     * The same without some unit-weight observations, as cross-validation holds them out: one of target 1
     * in group {@code heldOnes[i]} for each {@code i}, one of target 0 in each {@code heldZeros[i]}, both
     * in ascending order. The inputs are only read, so fits of different held-out sets can run at once,
     * each in its own workspace; the weights and sums are the same whole numbers as if the held-out rows
     * had been subtracted from the arrays.
     */
    static IsotonicRegression fitGroups(
            double[] xs, double[] weights, double[] sums, int groups, int[] heldOnes, int[] heldZeros, Workspace work) {
        double[] mean = work.mean;
        double[] weight = work.weight;
        double[] first = work.first;
        double[] last = work.last;
        int blocks = 0;
        int a = 0;
        int b = 0;
        for (int g = 0; g < groups; g++) {
            double w = weights[g];
            double sum = sums[g];
            for (; a < heldOnes.length && heldOnes[a] == g; a++) {
                w--;
                sum--;
            }
            for (; b < heldZeros.length && heldZeros[b] == g; b++) {
                w--;
            }
            if (w <= 0) {
                continue;
            }
            double m = sum / w;
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

    /**
     * The block stack of pool-adjacent-violators, one slot per group. Arrays of a million groups are
     * large enough for the collector to place them outside the young generation, where allocating
     * them anew for each fit costs more than the fit; so workspaces are lent from a small pool (one per
     * core at most, held softly so that the collector may reclaim them) and returned after the fit.
     * Their contents never carry over: a fit writes every slot it reads.
     */
    static final class Workspace {
        private static final ConcurrentLinkedQueue<SoftReference<Workspace>> POOL = new ConcurrentLinkedQueue<>();
        private static final int POOLED = Runtime.getRuntime().availableProcessors();

        private final double[] mean;
        private final double[] weight;
        private final double[] first;
        private final double[] last;

        Workspace(int groups) {
            mean = new double[groups];
            weight = new double[groups];
            first = new double[groups];
            last = new double[groups];
        }

        /** A pooled workspace of at least {@code groups} slots, or a new one. */
        static Workspace borrow(int groups) {
            for (SoftReference<Workspace> ref; (ref = POOL.poll()) != null; ) {
                Workspace work = ref.get();
                if (work != null && work.mean.length >= groups) {
                    return work;
                }
            }
            return new Workspace(groups);
        }

        /** Returns a workspace to the pool, unless the pool is full. */
        void release() {
            if (POOL.size() < POOLED) {
                POOL.offer(new SoftReference<>(this));
            }
        }
    }

    /**
     * The fitted value at {@code x}: linear between fitted points, constant beyond them. The points
     * around {@code x} are searched for in its grid cell only: every point of an earlier cell is below
     * {@code x} and every point of a later one above it, since the cell does not decrease with the value.
     */
    double predict(double x) {
        int last = xs.length - 1;
        if (x <= xs[0] || last == 0) {
            return ys[0];
        }
        if (x >= xs[last]) {
            return ys[last];
        }
        int c = cell(x);
        int i = Arrays.binarySearch(xs, start[c], Math.min(xs.length, start[c + 1] + 1), x);
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
