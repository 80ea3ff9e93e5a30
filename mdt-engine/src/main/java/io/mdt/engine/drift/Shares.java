package io.mdt.engine.drift;

/**
 * The share of each side's values in each bin or category, the common input of PSI, KL, Jensen-Shannon
 * and Hellinger.
 *
 * @param reference reference shares, summing to 1 (or 0 for an empty side)
 * @param current current shares
 */
public record Shares(double[] reference, double[] current) {

    /**
     * Evidently's zero filling for PSI and KL, which are infinite on empty bins: a zero share
     * becomes (smallest non-zero share of that side) / 10^6 if that share is &lt;= 0.0001, else
     * 0.0001, without renormalising.
     */
    Shares withoutZeros() {
        return new Shares(fill(reference), fill(current));
    }

    private static double[] fill(double[] shares) {
        double smallest = Double.POSITIVE_INFINITY;
        for (double s : shares) {
            if (s > 0) {
                smallest = Math.min(smallest, s);
            }
        }
        double replacement = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
        double[] filled = shares.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] == 0) {
                filled[i] = replacement;
            }
        }
        return filled;
    }
}
