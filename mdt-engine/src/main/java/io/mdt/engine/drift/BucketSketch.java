package io.mdt.engine.drift;

import java.util.Arrays;

/**
 * Exact ECDF statistics of two large unsorted samples without sorting them: the Wasserstein-1
 * distance integral |F - G| dv and the Kolmogorov-Smirnov statistic max |F - G|.
 *
 * <p>Both samples are counted into at most 32,768 ordered buckets over the pooled range, keeping per
 * bucket the count and the sum of (v - min) of each side and the smallest and largest value. Bucket
 * order is value order, so cumulative counts give H = F - G exactly between buckets, and bound it
 * inside each bucket. Only the buckets where the bounds leave the answer open are resolved value by
 * value, after gathering and sorting just their values:
 *
 * <ul>
 *   <li>Wasserstein: over a bucket where H cannot change sign (and the gap before it), integral |H|
 *       = |integral H|, which the counts, sums and largest value give exactly; a bucket holding one
 *       distinct value has no gap inside. Buckets where H may cross zero are integrated exactly.
 *   <li>KS: |H| after each bucket is exact and bounds D from below; a bucket whose interior bound
 *       exceeds it is scanned exactly.
 * </ul>
 *
 * One or two sequential passes replace two sorts; the results equal those of the sorted merge to
 * rounding. When too many values would need resolving the methods return NaN and the caller sorts.
 */
final class BucketSketch {

    /**
     * At most 2^15 buckets: few enough for their table to stay in cache (the counting pass is a
     * random read-modify-write per value), many enough to keep the undecided buckets few (measured:
     * 2^13 and 2^16 are slower on a million values per side).
     */
    private static final int BUCKET_BITS = 15;

    private static final int SLOTS = 6;
    private static final int COUNT_X = 0;
    private static final int COUNT_Y = 1;
    private static final int SUM_X = 2;
    private static final int SUM_Y = 3;
    private static final int MIN = 4;
    private static final int MAX = 5;

    private final double[] x;
    private final double[] y;
    private final double n1;
    private final double n2;
    private final double low;
    private final boolean byBits;
    private final int buckets;
    private final double scale;
    private final long keyLow;
    private final int shift;
    private final double[] stats;

    private BucketSketch(double[] x, double[] y, RawSummary rx, RawSummary ry, boolean byBits) {
        this.x = x;
        this.y = y;
        this.n1 = rx.finite();
        this.n2 = ry.finite();
        this.low = Math.min(rx.min(), ry.min());
        double high = Math.max(rx.max(), ry.max());
        this.byBits = byBits;
        this.keyLow = key(low);
        long span = key(high) - keyLow;
        this.shift = Math.max(0, 64 - Long.numberOfLeadingZeros(span) - BUCKET_BITS);
        this.buckets =
                byBits ? (int) (span >>> shift) + 1 : Math.max(1, Math.min(1 << BUCKET_BITS, (int) (n1 + n2) / 4));
        this.scale = buckets / (high - low) * (1 - 1e-12);
        this.stats = new double[SLOTS * buckets];
        for (int b = 0; b < buckets; b++) {
            stats[SLOTS * b + MIN] = Double.POSITIVE_INFINITY;
            stats[SLOTS * b + MAX] = Double.NEGATIVE_INFINITY;
        }
        count(x, COUNT_X, SUM_X);
        count(y, COUNT_Y, SUM_Y);
    }

    /** W1 of the finite values, or NaN when the sketch does not apply (then sort and merge). */
    static double wasserstein(double[] x, double[] y, RawSummary rx, RawSummary ry) {
        return attempt(x, y, rx, ry, BucketSketch::wasserstein);
    }

    /** The KS statistic D of the finite values, or NaN when the sketch does not apply. */
    static double ksStatistic(double[] x, double[] y, RawSummary rx, RawSummary ry) {
        return attempt(x, y, rx, ry, BucketSketch::ksStatistic);
    }

    private static double attempt(
            double[] x, double[] y, RawSummary rx, RawSummary ry, java.util.function.ToDoubleFunction<BucketSketch> f) {
        double range = Math.max(rx.max(), ry.max()) - Math.min(rx.min(), ry.min());
        if (!(range > 0) || !Double.isFinite(range)) {
            return Double.NaN;
        }
        boolean skewed = skewed(rx, ry);
        double result = f.applyAsDouble(new BucketSketch(x, y, rx, ry, skewed));
        return Double.isNaN(result) ? f.applyAsDouble(new BucketSketch(x, y, rx, ry, !skewed)) : result;
    }

    /**
     * Whether the pooled mean sits in the outer fifth of the range, a cheap sign that equal-width
     * buckets would crowd most values into a few of them: then the bit-pattern buckets go first.
     */
    private static boolean skewed(RawSummary rx, RawSummary ry) {
        double low = Math.min(rx.min(), ry.min());
        double high = Math.max(rx.max(), ry.max());
        double position = ((rx.sum() + ry.sum()) / ((double) rx.finite() + ry.finite()) - low) / (high - low);
        return position < 0.2 || position > 0.8;
    }

    /**
     * Equal-width buckets first; if the data is too concentrated for them, buckets that cut the
     * IEEE-754 bit patterns (mapped to order-preserving integers) into equal ranges: monotone in the
     * value too, but roughly logarithmic, so skewed data (a log-normal, a long tail) still spreads.
     */
    private int bucket(double v) {
        return byBits ? (int) ((key(v) - keyLow) >>> shift) : Math.min(buckets - 1, (int) ((v - low) * scale));
    }

    private static long key(double v) {
        long bits = Double.doubleToRawLongBits(v + 0.0);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private double wasserstein() {
        boolean[] mixed = mixed();
        Gathered gathered = gather(mixed);
        return gathered == null ? Double.NaN : integrate(mixed, gathered);
    }

    private double ksStatistic() {
        double lower = 0;
        double i = 0;
        double j = 0;
        for (int b = 0; b < buckets; b++) {
            i += stats[SLOTS * b + COUNT_X];
            j += stats[SLOTS * b + COUNT_Y];
            lower = Math.max(lower, Math.abs(i / n1 - j / n2));
        }
        boolean[] open = new boolean[buckets];
        i = 0;
        j = 0;
        for (int b = 0; b < buckets; b++) {
            int at = SLOTS * b;
            double h0 = i / n1 - j / n2;
            double bound = Math.max(Math.abs(h0 - stats[at + COUNT_Y] / n2), Math.abs(h0 + stats[at + COUNT_X] / n1));
            open[b] = stats[at + MIN] < stats[at + MAX] && bound + 1e-12 > lower;
            i += stats[at + COUNT_X];
            j += stats[at + COUNT_Y];
        }
        Gathered g = gather(open);
        if (g == null) {
            return Double.NaN;
        }
        double d = lower;
        long ci = 0;
        long cj = 0;
        for (int b = 0; b < buckets; b++) {
            int at = SLOTS * b;
            if (open[b]) {
                d = Math.max(d, scan(g, b, ci, cj));
            }
            ci += (long) stats[at + COUNT_X];
            cj += (long) stats[at + COUNT_Y];
        }
        return d;
    }

    /** Largest |F - G| at the distinct values of one bucket, starting from cumulative counts. */
    private double scan(Gathered g, int b, long i0, long j0) {
        double[] vx = g.valuesX();
        double[] vy = g.valuesY();
        int i = g.startX()[b];
        int j = g.startY()[b];
        int endX = g.startX()[b + 1];
        int endY = g.startY()[b + 1];
        long ci = i0;
        long cj = j0;
        double d = 0;
        while (i < endX || j < endY) {
            double v = j >= endY || (i < endX && vx[i] <= vy[j]) ? vx[i] : vy[j];
            while (i < endX && vx[i] == v) {
                i++;
                ci++;
            }
            while (j < endY && vy[j] == v) {
                j++;
                cj++;
            }
            d = Math.max(d, Math.abs(ci / n1 - cj / n2));
        }
        return d;
    }

    private void count(double[] values, int countSlot, int sumSlot) {
        double[] s = stats;
        for (double v : values) {
            if (v - v == 0) {
                int at = SLOTS * bucket(v);
                double shifted = v - low;
                s[at + countSlot]++;
                s[at + sumSlot] += shifted;
                if (shifted < s[at + MIN]) {
                    s[at + MIN] = shifted;
                }
                if (shifted > s[at + MAX]) {
                    s[at + MAX] = shifted;
                }
            }
        }
    }

    private boolean empty(int b) {
        return stats[SLOTS * b + COUNT_X] + stats[SLOTS * b + COUNT_Y] == 0;
    }

    /**
     * Buckets with distinct values inside which H may change sign: only those need their values.
     * Elsewhere the sign of H over the bucket and the gap before it is that of H before it.
     */
    private boolean[] mixed() {
        boolean[] mixed = new boolean[buckets];
        double i = 0;
        double j = 0;
        for (int b = 0; b < buckets; b++) {
            int at = SLOTS * b;
            if (empty(b)) {
                continue;
            }
            double h0 = i / n1 - j / n2;
            double lowest = h0 - stats[at + COUNT_Y] / n2;
            double highest = h0 + stats[at + COUNT_X] / n1;
            mixed[b] = stats[at + MIN] < stats[at + MAX] && lowest < 0 && highest > 0;
            i += stats[at + COUNT_X];
            j += stats[at + COUNT_Y];
        }
        return mixed;
    }

    /** Values of the selected buckets, sorted within each bucket, for each side. */
    private record Gathered(int[] startX, double[] valuesX, int[] startY, double[] valuesY) {}

    private Gathered gather(boolean[] selected) {
        int[] startX = new int[buckets + 1];
        int[] startY = new int[buckets + 1];
        for (int b = 0; b < buckets; b++) {
            startX[b + 1] = startX[b] + (selected[b] ? (int) stats[SLOTS * b + COUNT_X] : 0);
            startY[b + 1] = startY[b] + (selected[b] ? (int) stats[SLOTS * b + COUNT_Y] : 0);
        }
        if (startX[buckets] + startY[buckets] > (n1 + n2) / 2) {
            return null;
        }
        double[] valuesX = collect(x, selected, startX);
        double[] valuesY = collect(y, selected, startY);
        return new Gathered(startX, valuesX, startY, valuesY);
    }

    private double[] collect(double[] data, boolean[] mixed, int[] start) {
        double[] values = new double[start[buckets]];
        if (values.length == 0) {
            return values;
        }
        int[] next = Arrays.copyOf(start, buckets);
        for (double v : data) {
            if (v - v == 0) {
                int b = bucket(v);
                if (mixed[b]) {
                    values[next[b]++] = v - low;
                }
            }
        }
        for (int b = 0; b < buckets; b++) {
            if (mixed[b]) {
                Arrays.sort(values, start[b], start[b + 1]);
            }
        }
        return values;
    }

    /**
     * Sums, bucket by bucket, the integral of |H| from the previous bucket's largest value to this
     * bucket's largest value. Where H keeps its sign that is |integral H| = |h0 (max - previous) +
     * sum(max - x_i) / n - sum(max - y_j) / m|, local quantities free of cancellation; mixed buckets
     * are integrated value by value.
     */
    private double integrate(boolean[] mixed, Gathered g) {
        double i = 0;
        double j = 0;
        double previous = 0;
        double w = 0;
        for (int b = 0; b < buckets; b++) {
            if (empty(b)) {
                continue;
            }
            int at = SLOTS * b;
            double h0 = i / n1 - j / n2;
            double max = stats[at + MAX];
            if (mixed[b]) {
                w += exactly(g, b, previous, h0);
            } else {
                double insideX = stats[at + COUNT_X] * max - stats[at + SUM_X];
                double insideY = stats[at + COUNT_Y] * max - stats[at + SUM_Y];
                w += Math.abs(h0 * (max - previous) + insideX / n1 - insideY / n2);
            }
            i += stats[at + COUNT_X];
            j += stats[at + COUNT_Y];
            previous = max;
        }
        return w;
    }

    /** Integral of |H| from {@code start} over a mixed bucket, merging its sorted values. */
    private double exactly(Gathered g, int b, double start, double h0) {
        double[] vx = g.valuesX();
        double[] vy = g.valuesY();
        int i = g.startX()[b];
        int j = g.startY()[b];
        int endX = g.startX()[b + 1];
        int endY = g.startY()[b + 1];
        double h = h0;
        double previous = start;
        double w = 0;
        while (i < endX || j < endY) {
            boolean fromX = j >= endY || (i < endX && vx[i] <= vy[j]);
            double v = fromX ? vx[i++] : vy[j++];
            w += Math.abs(h) * (v - previous);
            h += fromX ? 1 / n1 : -1 / n2;
            previous = v;
        }
        return w;
    }
}
