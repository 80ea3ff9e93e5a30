package io.mdt.engine.drift;

/**
 * One pass over an unsorted numerical column: what the report and {@code auto} need before, or
 * instead of, sorting it.
 *
 * @param finite finite values
 * @param missing NaN values
 * @param infinite infinite values
 * @param min smallest finite value (+infinity when there is none)
 * @param max largest finite value (-infinity when there is none)
 * @param sum sum of the finite values
 */
record RawSummary(int finite, long missing, long infinite, double min, double max, double sum) {

    static RawSummary of(double[] raw) {
        long missing = 0;
        long infinite = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double v : raw) {
            if (v < min && v > Double.NEGATIVE_INFINITY) {
                min = v;
            }
            if (v > max && v < Double.POSITIVE_INFINITY) {
                max = v;
            }
            if (v != v) {
                missing++;
            } else if (v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
                infinite++;
            } else {
                sum += v;
            }
        }
        return new RawSummary((int) (raw.length - missing - infinite), missing, infinite, min, max, sum);
    }

    /** Finite values of {@code raw} outside [low, high]. */
    static int outside(double[] raw, double low, double high) {
        int count = 0;
        for (double v : raw) {
            if ((v < low && v > Double.NEGATIVE_INFINITY) || (v > high && v < Double.POSITIVE_INFINITY)) {
                count++;
            }
        }
        return count;
    }

    /** Population variance of the finite values, around the mean from the summary's sum. */
    double variance(double[] raw) {
        double mean = sum / finite;
        double squares = 0;
        for (double v : raw) {
            if (v - v == 0) {
                squares += (v - mean) * (v - mean);
            }
        }
        return squares / finite;
    }

    /** Distinct finite values over both arrays, counting no further than {@code limit}. */
    static int distinct(double[] first, double[] second, int limit) {
        double[] seen = new double[limit];
        int count = 0;
        for (double[] raw : new double[][] {first, second}) {
            for (double v : raw) {
                if (v - v != 0) {
                    continue;
                }
                boolean known = false;
                for (int k = 0; k < count && !known; k++) {
                    known = seen[k] == v;
                }
                if (!known) {
                    seen[count++] = v;
                    if (count == limit) {
                        return limit;
                    }
                }
            }
        }
        return count;
    }
}
