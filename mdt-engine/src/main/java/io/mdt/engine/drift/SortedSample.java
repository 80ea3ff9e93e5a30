package io.mdt.engine.drift;

/**
 * The finite values of one side of a numerical column, sorted once and shared by every test that
 * works on order statistics (KS, Wasserstein, energy distance, Cramer-von Mises, Anderson-Darling,
 * Mann-Whitney, binning). Missing values (NaN) and infinities are dropped and counted, as Evidently
 * drops missing values before a test.
 *
 * @param values finite values in ascending order
 * @param missing NaN values dropped
 * @param infinite infinite values dropped
 */
public record SortedSample(double[] values, long missing, long infinite) {

    /** Copies, filters and sorts {@code raw}; the input array is left untouched. */
    public static SortedSample of(double[] raw) {
        long missing = 0;
        long infinite = 0;
        for (double value : raw) {
            if (Double.isNaN(value)) {
                missing++;
            } else if (Double.isInfinite(value)) {
                infinite++;
            }
        }
        int finite = (int) (raw.length - missing - infinite);
        return new SortedSample(NumericSort.sortedFinite(raw, finite), missing, infinite);
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    public double min() {
        return values[0];
    }

    public double max() {
        return values[values.length - 1];
    }

    public double mean() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Population variance, two-pass as NumPy's {@code var}. */
    public double variance() {
        double mean = mean();
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / values.length;
    }

    /** Number of distinct values, counting no further than {@code limit}. */
    public int distinct(int limit) {
        int count = values.length == 0 ? 0 : 1;
        for (int i = 1; i < values.length && count < limit; i++) {
            if (values[i] != values[i - 1]) {
                count++;
            }
        }
        return count;
    }

    /** Count of values &lt;= x (NumPy {@code searchsorted(side="right")}). */
    public int countAtMost(double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Count of values &lt; x (NumPy {@code searchsorted(side="left")}). */
    public int countBelow(double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
