package io.mdt.engine.drift;

/** Quantiles of sorted data. */
final class Quantiles {

    private Quantiles() {}

    /**
     * NumPy's default ("linear", type 7 of Hyndman and Fan 1996): h = (n - 1) q, x[floor h] + (h -
     * floor h) (x[floor h + 1] - x[floor h]).
     */
    static double linear(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
