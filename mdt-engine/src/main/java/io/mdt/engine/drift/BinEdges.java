package io.mdt.engine.drift;

/**
 * Equal-width and quantile bin edges, computed the way NumPy's {@code histogram_bin_edges} does so
 * that bin membership matches to the last bit: n bins over [min, max] (widened by 0.5 on each side
 * when min = max), edge i = min + i (max - min) / n with the last edge set to max.
 */
final class BinEdges {

    private BinEdges() {}

    /**
     * Sturges' rule as NumPy applies it: width = (max - min) / (log2 n + 1), bins = ceil((max -
     * min) / width).
     */
    static double[] sturges(double min, double max, long n) {
        double width = (max - min) / (log2(n) + 1.0);
        int bins = width > 0 ? (int) Math.ceil((max - min) / width) : 1;
        return equalWidth(min, max, bins);
    }

    /** Doane's rule: width = (max - min) / (1 + log2 n + log2(1 + |g1| / sigma_g1)). */
    static double[] doane(SortedSample sample) {
        double[] x = sample.values();
        long n = x.length;
        double mean = sample.mean();
        double sd = Math.sqrt(sample.variance());
        double skew = 0;
        if (sd > 0) {
            for (double v : x) {
                double z = (v - mean) / sd;
                skew += z * z * z;
            }
            skew /= n;
        }
        double sigma = n > 2 ? Math.sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3.0))) : 1;
        double width =
                (sample.max() - sample.min()) / (1 + log2(n) + Math.log(1 + Math.abs(skew) / sigma) / Math.log(2));
        int bins = width > 0 ? (int) Math.ceil((sample.max() - sample.min()) / width) : 1;
        return equalWidth(sample.min(), sample.max(), bins);
    }

    static double[] equalWidth(double min, double max, int bins) {
        double first = min;
        double last = max;
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        double[] edges = new double[bins + 1];
        double step = (last - first) / bins;
        for (int i = 0; i <= bins; i++) {
            edges[i] = i * step + first;
        }
        edges[bins] = last;
        return edges;
    }

    /** Edges at the reference quantiles 0, 1/k, ..., 1, duplicates removed. */
    static double[] quantiles(SortedSample reference, int bins) {
        double[] edges = new double[bins + 1];
        int size = 0;
        for (int i = 0; i <= bins; i++) {
            double q = Quantiles.linear(reference.values(), (double) i / bins);
            if (size == 0 || q > edges[size - 1]) {
                edges[size++] = q;
            }
        }
        return size >= 2 ? java.util.Arrays.copyOf(edges, size) : equalWidth(edges[0], edges[0], 1);
    }

    /** log2 exact for powers of two, as NumPy's {@code log2}. */
    static double log2(long n) {
        if (Long.bitCount(n) == 1) {
            return Long.numberOfTrailingZeros(n);
        }
        return Math.log(n) / Math.log(2);
    }

    /**
     * Counts per bin with NumPy's convention: [e_i, e_i+1) and the last bin closed. With {@code
     * open}, the outer bins also take the values below the first and above the last edge.
     */
    static long[] counts(SortedSample sample, double[] edges, boolean open) {
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        for (int i = 0; i < bins; i++) {
            int lo = i == 0 && open ? 0 : sample.countBelow(edges[i]);
            int hi = i < bins - 1
                    ? sample.countBelow(edges[i + 1])
                    : open ? sample.size() : sample.countAtMost(edges[i + 1]);
            counts[i] = hi - lo;
        }
        return counts;
    }
}
