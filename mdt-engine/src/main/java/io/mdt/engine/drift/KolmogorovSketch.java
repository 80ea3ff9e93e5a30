package io.mdt.engine.drift;

import java.util.Arrays;

/**
 * The two-sample KS statistic D = max |F - G| of two large unsorted samples from counts alone: the
 * fast first try before {@link BucketSketch}. Counting into 2^15 equal-width buckets needs only two
 * ints per bucket, a table small enough for the per-core cache. |F - G| after each bucket is exact
 * and bounds D from below; only buckets whose interior bound exceeds that are gathered, sorted and
 * scanned. Returns NaN when more than an eighth of the values would need scanning (ties or skewed
 * data), and the caller tries the richer sketch.
 */
final class KolmogorovSketch {

    private static final int BUCKETS = 1 << 15;

    private KolmogorovSketch() {}

    static double statistic(double[] x, double[] y, RawSummary rx, RawSummary ry) {
        double low = Math.min(rx.min(), ry.min());
        double range = Math.max(rx.max(), ry.max()) - low;
        if (!(range > 0) || !Double.isFinite(range)) {
            return Double.NaN;
        }
        double n1 = rx.finite();
        double n2 = ry.finite();
        int buckets = Math.max(1, Math.min(BUCKETS, (int) ((n1 + n2) / 4)));
        double scale = buckets / range * (1 - 1e-12);
        int[] counts = new int[2 * buckets];
        count(x, counts, 0, low, scale, buckets);
        count(y, counts, 1, low, scale, buckets);
        double lower = 0;
        long i = 0;
        long j = 0;
        for (int b = 0; b < buckets; b++) {
            i += counts[2 * b];
            j += counts[2 * b + 1];
            lower = Math.max(lower, Math.abs(i / n1 - j / n2));
        }
        boolean[] open = new boolean[buckets];
        long gathered = 0;
        i = 0;
        j = 0;
        for (int b = 0; b < buckets; b++) {
            double h0 = i / n1 - j / n2;
            int cx = counts[2 * b];
            int cy = counts[2 * b + 1];
            double bound = Math.max(Math.abs(h0 - cy / n2), Math.abs(h0 + cx / n1));
            open[b] = cx + cy > 1 && bound + 1e-12 > lower;
            gathered += open[b] ? cx + cy : 0;
            i += cx;
            j += cy;
        }
        if (gathered > (n1 + n2) / 8) {
            return Double.NaN;
        }
        return Math.max(lower, scanOpen(x, y, counts, open, low, scale, buckets, n1, n2));
    }

    private static void count(double[] values, int[] counts, int side, double low, double scale, int buckets) {
        for (double v : values) {
            if (v - v == 0) {
                counts[2 * Math.min(buckets - 1, (int) ((v - low) * scale)) + side]++;
            }
        }
    }

    private static double scanOpen(
            double[] x,
            double[] y,
            int[] counts,
            boolean[] open,
            double low,
            double scale,
            int buckets,
            double n1,
            double n2) {
        int[] startX = new int[buckets + 1];
        int[] startY = new int[buckets + 1];
        for (int b = 0; b < buckets; b++) {
            startX[b + 1] = startX[b] + (open[b] ? counts[2 * b] : 0);
            startY[b + 1] = startY[b] + (open[b] ? counts[2 * b + 1] : 0);
        }
        double[] vx = gather(x, open, startX, low, scale, buckets);
        double[] vy = gather(y, open, startY, low, scale, buckets);
        double d = 0;
        long ci = 0;
        long cj = 0;
        for (int b = 0; b < buckets; b++) {
            if (open[b]) {
                int p = startX[b];
                int q = startY[b];
                long ii = ci;
                long jj = cj;
                while (p < startX[b + 1] || q < startY[b + 1]) {
                    double v = q >= startY[b + 1] || (p < startX[b + 1] && vx[p] <= vy[q]) ? vx[p] : vy[q];
                    while (p < startX[b + 1] && vx[p] == v) {
                        p++;
                        ii++;
                    }
                    while (q < startY[b + 1] && vy[q] == v) {
                        q++;
                        jj++;
                    }
                    d = Math.max(d, Math.abs(ii / n1 - jj / n2));
                }
            }
            ci += counts[2 * b];
            cj += counts[2 * b + 1];
        }
        return d;
    }

    private static double[] gather(double[] data, boolean[] open, int[] start, double low, double scale, int buckets) {
        double[] values = new double[start[buckets]];
        if (values.length == 0) {
            return values;
        }
        int[] next = Arrays.copyOf(start, buckets);
        for (double v : data) {
            if (v - v == 0) {
                int b = Math.min(buckets - 1, (int) ((v - low) * scale));
                if (open[b]) {
                    values[next[b]++] = v;
                }
            }
        }
        for (int b = 0; b < buckets; b++) {
            if (open[b]) {
                Arrays.sort(values, start[b], start[b + 1]);
            }
        }
        return values;
    }
}
